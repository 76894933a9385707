// Which conversations are worth reading, and which ask the company something: ranked, then spread so one loud
// source or one big theme does not fill the list. Pure functions over the window's items.
import type { BriefItem, BriefQuestion, BriefWorthReading } from '../../../shared/brief';
import { count } from '../../../shared/words';
import type { WindowItem } from './tones';

export const MAX_WORTH_READING = 7;
export const MAX_QUESTIONS = 5;
/** How much each item already picked from the same source or theme lowers the next one's score. */
const SPREAD_PENALTY = 1.6;
/** …and from the same reasons, so the list is not seven times the same kind of post. */
const SAME_REASONS_PENALTY = 0.8;
/** Conversations in no theme are spread as if they were one theme of their own. */
const NO_THEME = '\u0000none';

export interface RankContext {
  /** Theme key of each conversation in a theme. */
  themeOf: Map<string, string>;
  /** Themes that the previous brief did not have. */
  newThemes: Set<string>;
  /** Conversations that ask the company something directly. */
  asking: Set<string>;
}

interface Scored {
  item: WindowItem;
  score: number;
  reasons: string[];
}

export function toBriefItem(item: WindowItem): BriefItem {
  return {
    id: item.id,
    title: item.title,
    link: item.link,
    source: item.source,
    author: item.author,
    publishedAt: item.publishedAt,
    tone: item.tone,
  };
}

function scoreItem(item: WindowItem, ctx: RankContext): Scored {
  let score = 0;
  const reasons: string[] = [];
  if (item.tone === 'unhappy') {
    score += 3;
    reasons.push('unhappy');
  } else if (item.tone === 'pleased') {
    score += 0.5;
    reasons.push('pleased');
  }
  if (item.replyCount >= 2) {
    score += Math.min(4, Math.log2(1 + item.replyCount));
    reasons.push(count(item.replyCount, 'reply', 'replies'));
  }
  if (ctx.asking.has(item.id)) {
    score += 2;
    reasons.push('a question for you');
  }
  if (item.widelyRead) {
    score += 1.5;
    reasons.push('on a widely read site');
  }
  const theme = ctx.themeOf.get(item.id);
  if (theme && ctx.newThemes.has(theme)) {
    score += 1;
    reasons.push('a new subject');
  } else if (theme) score += 0.5; // an example of what many are saying
  return { item, score, reasons };
}

/**
 * Picks one at a time: the best score after a penalty for each item already taken from the same source or
 * theme. Ties go to the newer item, then the id, so the same store gives the same brief.
 */
function spreadPick(scored: Scored[], max: number, themeOf: Map<string, string>): Scored[] {
  const pool = [...scored].sort((a, b) => b.score - a.score || b.item.publishedAt - a.item.publishedAt || (a.item.id < b.item.id ? -1 : 1));
  const taken = new Map<string, number>();
  const bump = (key: string) => taken.set(key, (taken.get(key) ?? 0) + 1);
  const keysOf = (s: Scored) => [`s:${s.item.sourceId}`, `t:${themeOf.get(s.item.id) ?? NO_THEME}`, `r:${s.reasons.join(',')}`];
  const picked: Scored[] = [];
  const head = pool.slice(0, Math.max(max * 20, 200)); // the rest cannot win against these
  while (picked.length < max && head.length) {
    let best = 0;
    let bestValue = -Infinity;
    for (let i = 0; i < head.length; i++) {
      const s = head[i]!;
      const [source, theme, reasons] = keysOf(s);
      const value = s.score - SPREAD_PENALTY * ((taken.get(source!) ?? 0) + (taken.get(theme!) ?? 0)) -
        SAME_REASONS_PENALTY * (taken.get(reasons!) ?? 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    const [chosen] = head.splice(best, 1);
    picked.push(chosen!);
    keysOf(chosen!).forEach(bump);
  }
  return picked;
}

export function worthReading(items: WindowItem[], ctx: RankContext, max = MAX_WORTH_READING): BriefWorthReading[] {
  const scored = items.map((item) => scoreItem(item, ctx)).filter((s) => s.score > 0);
  return spreadPick(scored, max, ctx.themeOf).map((s) => ({
    ...toBriefItem(s.item),
    why: s.reasons.join(', ') || 'worth a look',
    themeKey: ctx.themeOf.get(s.item.id) ?? null,
  }));
}

/** Questions put to the company, the most discussed first, spread across sources; the asking sentence kept. */
export function questionsFor(
  items: WindowItem[],
  asking: Set<string>,
  sentenceOf: (text: string) => string | null,
  skip: Set<string>,
  max = MAX_QUESTIONS,
): BriefQuestion[] {
  const scored: Scored[] = items
    .filter((i) => asking.has(i.id) && !skip.has(i.id))
    .map((item) => ({ item, score: 1 + Math.log2(1 + item.replyCount) + (item.tone === 'unhappy' ? 0.5 : 0), reasons: [] }));
  const questions: BriefQuestion[] = [];
  const seen = new Set<string>();
  for (const s of spreadPick(scored, max * 2, new Map())) {
    const sentence = sentenceOf(s.item.text);
    if (!sentence || seen.has(sentence.toLowerCase())) continue;
    seen.add(sentence.toLowerCase());
    questions.push({ ...toBriefItem(s.item), sentence });
    if (questions.length >= max) break;
  }
  return questions;
}
