// The brief's themes: what listening found, each with a plain summary, one quote in the customers' own words,
// and the links to its conversations.
import type { BriefTheme } from '../../../shared/brief';
import type { FoundTheme } from './listen-parts';
import { pickQuote } from './quote';
import type { WindowItem } from './tones';
import { themeSummary } from './words';

export const MAX_THEMES = 5;

export function briefThemes(found: FoundTheme[], items: WindowItem[], previousKeys: Set<string>, seed: string): BriefTheme[] {
  const byId = new Map(items.map((i) => [i.id, i]));
  const quoted = new Set<string>();
  return found.slice(0, MAX_THEMES).map((t, index) => {
    const quote = pickQuote(t, byId, quoted);
    if (quote) quoted.add(quote.conversationId);
    // The quoted conversation leads its theme's list, counted once among the theme's conversations: the screen
    // shows it as the quote and lists titles from the rest.
    const rest = t.conversationIds.filter((id) => byId.has(id) && id !== quote?.conversationId);
    const members = quote ? [quote.conversationId, ...rest] : rest;
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
