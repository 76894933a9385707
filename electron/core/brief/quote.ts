// The one quote a theme is shown with: the sentence of its conversations that says most about it, in the
// customer's own words. Pure: the theme and its conversations are passed in.
import type { BriefQuote } from '../../../shared/brief';
import type { FoundTheme } from './listen-parts';
import { cleanQuote } from './markdown';
import type { WindowItem } from './tones';

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

/** The same words, whatever the case, spacing and punctuation around them. */
function words(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

// What makes a sentence say something, beyond naming the subject. Each kind counts once.
/** A fact: a number, a price, a temperature, a day. */
const FACT = /\d|[€$£%°]|\b(?:two|three|four|five|six|seven|eight|nine|ten|twice|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter)\b/i;
/** An outcome: what happened, what the company said or did. */
const OUTCOME = /\b(?:fixed|fix(?:es)?|replaced|replacement|refund(?:ed)?|cancell?ed|broke|broken|died|failed|stopped|stuck|froze|jammed|missed|lost|arrived|sent|returned|answer(?:ed)?|repl(?:y|ied)|said|says|told|promised|announced|known issue|(?:is|are) coming|no longer|doesn't work|does not work|won't|wouldn't|can't|couldn't|never)\b/i;
/** A feeling, often about the company. */
const FEELING = /\b(?:love[ds]?|hate[ds]?|disappointed|annoyed|angry|furious|frustrat\w*|fed up|done being|regret\w*|relieved|glad|happy|unhappy|grateful|thanks?|thank you|recommend\w*|impressed|excellent|brilliant|great|terrible|awful|ridiculous|unacceptable|not ok|worried|fair play|should be|silly|nervous)\b/i;

/** How much a sentence says: one point for each kind of thing it tells (a fact, an outcome, a feeling, a question). */
function substance(text: string): number {
  return [FACT, OUTCOME, FEELING].filter((re) => re.test(text)).length + (/\?\s*$/.test(text) ? 1 : 0);
}

interface Candidate {
  score: number;
  text: string;
  item: WindowItem;
}

/** The candidate sentences of one conversation, scored. */
function candidates(item: WindowItem, keys: string[], theme: FoundTheme): Candidate[] {
  const parts = sentences(item.text);
  const hitsOf = (text: string) => keys.filter((k) => text.toLowerCase().includes(k)).length;
  const hits = parts.map(hitsOf);
  const title = words(item.title);
  const out: Candidate[] = [];
  for (let i = 0; i < parts.length; i++) {
    let text = parts[i]!;
    let own = hits[i]!;
    if (text.length < 40 && parts[i + 1]) {
      text = `${text} ${parts[i + 1]}`;
      own += hits[i + 1]!;
    }
    // A sentence that does not name the subject may still be the one that says most about it when it follows or
    // leads into one that does ("I asked support about the lock. The answer was: a known issue, fixed in spring.").
    const near = (hits[i - 1] ?? 0) > 0 || (hits[i + 1] ?? 0) > 0;
    if (keys.length > 0 && own === 0 && !near) continue;
    if (text.replace(/[^\p{L}]/gu, '').length < 20) continue;
    let score = (own > 0 ? 2 + 0.5 * Math.min(own - 1, 2) : keys.length ? 1 : 0) + (item.tone === theme.tone ? 3 : 0);
    const says = substance(text);
    score += says === 0 ? -1 : 1.5 * Math.min(says, 2);
    // The title is shown beside the quote already: the quote is a sentence of the post itself, when there is one.
    const t = words(text);
    if (title && (t === title || t.startsWith(`${title} `))) score -= 4;
    if (text.length > QUOTE_MAX) score -= 2;
    if (/[A-Z]{6,}/.test(text)) score -= 1; // shouting reads badly out of context
    if (/@\w/.test(text)) score -= 0.5;
    out.push({ score, text, item });
  }
  return out;
}

/**
 * The sentence (or two) that says the theme best: from a conversation with the theme's tone, about the theme
 * (naming one of its key words, or next to a sentence that does), telling something — a fact, an outcome, a
 * feeling, the question — rather than the title again; neither a fragment nor a speech. A conversation another
 * theme already quotes (`avoid`) is left to that theme when this one has any other.
 */
export function pickQuote(theme: FoundTheme, items: Map<string, WindowItem>, avoid: ReadonlySet<string> = new Set()): BriefQuote | null {
  const keys = theme.keyWords.map((k) => k.toLowerCase()).filter(Boolean);
  let best: Candidate | null = null;
  for (const id of theme.conversationIds) {
    const item = items.get(id);
    if (!item || avoid.has(id)) continue;
    for (const c of candidates(item, keys, theme)) {
      if (!best || c.score > best.score || (c.score === best.score && c.item.id < best.item.id)) best = c;
    }
  }
  // Another theme quotes the only conversations worth quoting: quote it again rather than nothing.
  if (!best) return avoid.size ? pickQuote(theme, items) : null;
  return {
    text: cleanQuote(best.text, QUOTE_MAX),
    author: best.item.author,
    link: best.item.link,
    conversationId: best.item.id,
    asking: best.item.tone === 'asking',
  };
}
