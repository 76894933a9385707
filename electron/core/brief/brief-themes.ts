// The brief's themes: what listening found, each with a plain summary, one quote in the customers' own words,
// and the links to its conversations.
import type { BriefQuote, BriefTheme } from '../../../shared/brief';
import type { FoundTheme } from './listen-parts';
import { cleanQuote } from './markdown';
import type { WindowItem } from './tones';
import { themeSummary } from './words';

export const MAX_THEMES = 5;
const QUOTE_MAX = 200;

/** The sentences of a text, @handles at the start and addresses left out. */
function sentences(text: string): string[] {
  const clean = text
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/^(\s*[@#][\w.]+[:,]?)+\s*/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  // A full stop inside "1.2" or "kestrel.bike" does not end a sentence. A one-word label a post puts before a
  // point of a list ("App: …", "Ride: …") is not part of what was said.
  return clean
    .split(/(?<=[.!?…])\s+/)
    .map((s) => s.trim().replace(/^\p{Lu}\p{Ll}{1,11}:\s+(?=\S.{19})/u, ''))
    .filter(Boolean);
}

/**
 * The sentence (or two) that says the theme best: from a conversation with the theme's tone, containing the
 * most of its key words, neither a fragment nor a speech.
 */
export function pickQuote(theme: FoundTheme, items: Map<string, WindowItem>): BriefQuote | null {
  const keys = theme.keyWords.map((k) => k.toLowerCase()).filter(Boolean);
  let best: { score: number; text: string; item: WindowItem } | null = null;
  for (const id of theme.conversationIds) {
    const item = items.get(id);
    if (!item) continue;
    const parts = sentences(item.text);
    for (let i = 0; i < parts.length; i++) {
      let text = parts[i]!;
      if (text.length < 40 && parts[i + 1]) text = `${text} ${parts[i + 1]}`;
      const lower = text.toLowerCase();
      const hits = keys.filter((k) => lower.includes(k)).length;
      if (hits === 0 && keys.length > 0) continue;
      const letters = text.replace(/[^\p{L}]/gu, '').length;
      if (letters < 20) continue;
      let score = hits * 2 + (item.tone === theme.tone ? 3 : 0);
      if (text.length > QUOTE_MAX) score -= 2;
      if (/[A-Z]{6,}/.test(text)) score -= 1; // shouting reads badly out of context
      if (/@\w/.test(text)) score -= 0.5;
      if (!best || score > best.score || (score === best.score && item.id < best.item.id)) best = { score, text, item };
    }
  }
  if (!best) return null;
  return { text: cleanQuote(best.text, QUOTE_MAX), author: best.item.author, link: best.item.link, conversationId: best.item.id };
}

export function briefThemes(found: FoundTheme[], items: WindowItem[], previousKeys: Set<string>, seed: string): BriefTheme[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  return found.slice(0, MAX_THEMES).map((t, index) => {
    const quote = pickQuote(t, byId);
    // The quoted conversation leads its theme's list: a reader who sees the quote and the first titles counts it
    // once, among the theme's conversations, not again among the ones "more".
    const members = t.conversationIds.filter((id) => byId.has(id) && id !== quote?.conversationId);
    if (quote && byId.has(quote.conversationId)) members.unshift(quote.conversationId);
    const isNew = previousKeys.size > 0 && !previousKeys.has(t.key);
    const theme: BriefTheme = {
      key: t.key,
      label: t.label,
      summary: '',
      count: members.length,
      tone: t.tone,
      toneCounts: {
        pleased: t.toneCounts.pleased ?? 0,
        unhappy: t.toneCounts.unhappy ?? 0,
        asking: t.toneCounts.asking ?? 0,
        neutral: t.toneCounts.neutral ?? 0,
      },
      quote,
      links: members.map((id) => byId.get(id)!.link).filter((l): l is string => !!l),
      conversationIds: members,
      isNew,
    };
    theme.summary = themeSummary(theme, index, seed);
    return theme;
  });
}
