// Themes the vocabulary does not know: words and word pairs that many of the left-over conversations share but
// that are not everywhere in the window (those are the domain itself, like "flight" for an airline), grouped
// with the words that keep them company.
import { CUSTOMER_WORDS } from './tone-words';
import { STOP_STEMS } from './themes-stopwords';
import { stem, stemPhrase } from './themes-text';
import { CONCEPTS } from './themes-vocabulary';
import type { ThemeDoc } from './themes-concepts';

export interface FoundGroup {
  key: string;
  label: string;
  members: number[];
  keyWords: string[];
}

/** A word that says how someone feels (from the tone word list) is not a topic. */
const FEELING_STEMS = new Set(
  Object.entries(CUSTOMER_WORDS)
    .filter(([, v]) => Math.abs(v) >= 1)
    .map(([w]) => stem(w)),
);
/** Share of the whole window above which a word is background, not a theme. */
const BACKGROUND_SHARE = 0.3;
/** Fewer earlier conversations than this say too little about what is background. */
const MIN_BACKGROUND = 20;
/** Share of a group's members a word pair must cover to become its label instead of the single word. */
const PAIR_LABEL_SHARE = 0.5;
/** Another word joins a group when most of its conversations are already in it. */
const ABSORB_SHARE = 0.6;

/** Words of the vocabulary belong to its concepts; a concept too small to be a theme stays unnamed. */
const CONCEPT_STEMS = new Set(CONCEPTS.flatMap((c) => Object.keys(c.terms).map((t) => stemPhrase(t))).filter((t) => !t.includes(' ')));

function topical(s: string): boolean {
  return s.length >= 3 && !STOP_STEMS.has(s) && !FEELING_STEMS.has(s) && !CONCEPT_STEMS.has(s) && !/^\d+$/.test(s);
}

interface Term {
  key: string;
  docs: number[];
  surfaces: Map<string, number>;
}

function termsOf(docs: ThemeDoc[], pool: number[]): Map<string, Term> {
  const terms = new Map<string, Term>();
  const add = (key: string, surface: string, doc: number, seen: Set<string>): void => {
    if (seen.has(key)) return;
    seen.add(key);
    let t = terms.get(key);
    if (!t) {
      t = { key, docs: [], surfaces: new Map() };
      terms.set(key, t);
    }
    t.docs.push(doc);
    t.surfaces.set(surface, (t.surfaces.get(surface) ?? 0) + 1);
  };
  for (const i of pool) {
    const d = docs[i] as ThemeDoc;
    const seen = new Set<string>();
    for (let k = 0; k < d.tokens.length; k++) {
      const t = d.tokens[k];
      // Contractions ("don't", "it's") are grammar, never a topic.
      if (!t || d.ignored[k] || !topical(t.stem) || t.word.includes("'")) continue;
      add(t.stem, t.word, i, seen);
      const n = d.tokens[k + 1];
      if (n && !d.ignored[k + 1] && topical(n.stem) && !n.word.includes("'")) add(`${t.stem} ${n.stem}`, `${t.word} ${n.word}`, i, seen);
    }
  }
  return terms;
}

function mostUsed(surfaces: Map<string, number>): string {
  let best = '';
  let n = -1;
  for (const [s, c] of surfaces) if (c > n || (c === n && s < best)) [best, n] = [s, c];
  return best;
}

/**
 * Groups the conversations in `pool` (indexes into docs) around the words they share.
 * `windowDf` counts, over the whole window, how many conversations use each stem.
 */
export function discoverGroups(
  docs: ThemeDoc[],
  pool: number[],
  opts: { minSize: number; maxGroups: number; windowSize: number; previousKeys: ReadonlySet<string>; background?: ThemeDoc[] },
): FoundGroup[] {
  if (opts.maxGroups <= 0 || pool.length < opts.minSize) return [];
  const df = (list: ThemeDoc[]): Map<string, number> => {
    const counts = new Map<string, number>();
    for (const d of list) for (const s of d.stems) counts.set(s, (counts.get(s) ?? 0) + 1);
    return counts;
  };
  const windowDf = df(docs);
  // Earlier conversations, when there are enough of them, say what is talked about every day.
  const earlier = opts.background && opts.background.length >= MIN_BACKGROUND ? opts.background : [];
  const earlierDf = df(earlier);
  // In a small window one topic can fill most of it; there is too little to tell background from topic.
  const everywhere = (s: string): boolean =>
    (opts.windowSize >= 20 && (windowDf.get(s) ?? 0) > BACKGROUND_SHARE * opts.windowSize) ||
    (earlier.length > 0 && (earlierDf.get(s) ?? 0) > BACKGROUND_SHARE * earlier.length);
  const background = (key: string): boolean => key.split(' ').some(everywhere);
  const terms = [...termsOf(docs, pool).values()].filter((t) => t.docs.length >= opts.minSize && !background(t.key));
  // Pairs say more than single words; yesterday's names get a nudge so a theme keeps its name.
  const previousStems = new Set([...opts.previousKeys].filter((k) => k.startsWith('found:')).map((k) => stemPhrase(k.slice(6))));
  const weight = (t: Term): number =>
    t.docs.length * (t.key.includes(' ') ? 1.3 : 1) * (previousStems.has(t.key) ? 1.5 : 1);
  terms.sort((a, b) => weight(b) - weight(a) || (a.key < b.key ? -1 : 1));
  const taken = new Set<number>();
  const groups: FoundGroup[] = [];
  for (const head of terms) {
    if (groups.length >= opts.maxGroups) break;
    const members = head.docs.filter((d) => !taken.has(d));
    if (members.length < opts.minSize) continue;
    const memberSet = new Set(members);
    // The label: a pair covering most members beats the single word; yesterday's wording wins a tie.
    let labelTerm = head;
    if (!head.key.includes(' ')) {
      for (const t of terms) {
        if (!t.key.includes(' ') || !t.key.split(' ').includes(head.key)) continue;
        const inside = t.docs.filter((d) => memberSet.has(d)).length;
        if (inside >= PAIR_LABEL_SHARE * members.length && (labelTerm === head || inside > labelTerm.docs.length)) labelTerm = t;
      }
    }
    const keyWords = [mostUsed(head.surfaces)];
    for (const t of terms) {
      if (t === head || keyWords.length >= 5 || t.key.includes(' ')) continue;
      const inside = t.docs.filter((d) => memberSet.has(d)).length;
      if (inside >= ABSORB_SHARE * t.docs.length && inside >= 2) keyWords.push(mostUsed(t.surfaces));
    }
    const previous = [...opts.previousKeys].find((k) => k.startsWith('found:') && stemPhrase(k.slice(6)) === labelTerm.key);
    const label = previous ? previous.slice(6) : mostUsed(labelTerm.surfaces);
    for (const d of members) taken.add(d);
    groups.push({ key: `found:${label}`, label, members, keyWords });
  }
  return groups;
}
