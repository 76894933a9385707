// Themes: a window's conversations grouped into a handful of topics named in plain words ("late flights",
// "battery life"), most important first. Known topics come from a written vocabulary (themes-vocabulary.ts);
// the rest are discovered from words the left-over conversations share (themes-discover.ts).
import { CONCEPTS, TONE_WEIGHT, UNKNOWN_TONE_WEIGHT, type Concept } from './themes-vocabulary';
import { matchConcept, nameConcept, type ThemeDoc } from './themes-concepts';
import { discoverGroups } from './themes-discover';
import { stemPhrase, themeTokens } from './themes-text';

export type ThemeTone = 'pleased' | 'unhappy' | 'asking' | 'neutral';

export interface ThemeInput {
  id: string;
  title: string;
  text: string;
  tone: ThemeTone | null;
  link: string | null;
  sourceId: string;
  publishedAt: number;
}

export interface Theme {
  /** Stable across days: the same key always carries the same label. */
  key: string;
  label: string;
  conversationIds: string[];
  /** The tone most of its conversations have. */
  tone: ThemeTone;
  toneCounts: Record<string, number>;
  keyWords: string[];
}

export interface FindThemesOptions {
  /** At most this many themes (default 5). */
  max?: number;
  /** Watch words (company, handles): in every text, never a theme. */
  ignoreWords?: string[];
  /** Yesterday's theme keys: the same group keeps its name. */
  previousKeys?: string[];
  /** Texts from before the window: a word in many of them is the domain itself, not a theme (see discoverGroups). */
  background?: string[];
  /** Topics the listener asked to follow (watch words of kind topic): what names one is grouped under it first. */
  topics?: Array<{ word: string; aliases?: string[] }>;
}

const DEFAULT_MAX = 5;
const TONES: ThemeTone[] = ['unhappy', 'asking', 'neutral', 'pleased'];
/** At most this many discovered themes, so known topics are not crowded out. */
const MAX_FOUND = 3;
const FOUND_WEIGHT = 0.8;

/** The smallest group worth calling a theme: a few conversations, more in a big window. */
export function minThemeSize(windowSize: number): number {
  // In a quiet window two people saying the same thing is already a pattern.
  if (windowSize < 30) return 2;
  return Math.max(3, Math.ceil(windowSize * 0.005));
}

function ignoredStems(words: string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    // "@AcmeHelp" and "#AcmeHelp" are also written as the plain word "acmehelp".
    for (const t of themeTokens(w.replace(/^[@#]/, ''))) out.add(t.stem);
  }
  return out;
}

function toDoc(item: ThemeInput, index: number, ignore: Set<string>): ThemeDoc {
  // Headlines carry the topic of news items; posts often repeat their title in the text.
  const body = item.text ?? '';
  const text = item.title && !body.includes(item.title) ? `${item.title}. ${body}` : body;
  const tokens = themeTokens(text);
  const ignored = tokens.map((t) => ignore.has(t.stem));
  const stems = new Set<string>();
  tokens.forEach((t, i) => {
    if (!ignored[i]) stems.add(t.stem);
  });
  return { index, tokens, stems, ignored };
}

function summarize(items: ThemeInput[], members: number[]): { tone: ThemeTone; toneCounts: Record<string, number>; weight: number } {
  const toneCounts: Record<string, number> = { unhappy: 0, asking: 0, neutral: 0, pleased: 0 };
  let weight = 0;
  for (const i of members) {
    const tone = (items[i] as ThemeInput).tone;
    if (tone && tone in toneCounts) toneCounts[tone] = (toneCounts[tone] ?? 0) + 1;
    weight += tone ? (TONE_WEIGHT[tone] ?? UNKNOWN_TONE_WEIGHT) : UNKNOWN_TONE_WEIGHT;
  }
  let tone: ThemeTone = 'neutral';
  let most = 0;
  for (const t of TONES) {
    const n = toneCounts[t] ?? 0;
    if (n > most) [tone, most] = [t, n];
  }
  return { tone, toneCounts, weight };
}

function topWords(counts: Map<string, number>, n: number): string[] {
  return [...counts]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([w]) => w);
}

/**
 * A theme named after one side of its concept ("app sign-in" of "the app") leads its key words with that side's
 * words its members use, and its conversations with those that use them, so its quote and first links are about
 * what the name says.
 */
/** Whether a conversation uses any of these stems. */
function usesAny(doc: ThemeDoc, stems: Iterable<string>): boolean {
  for (const st of stems) if (doc.stems.has(st)) return true;
  return false;
}

function namedSide(concept: Concept, key: string, members: ThemeDoc[], words: string[]): { keyWords: string[]; lead: Set<string> } {
  const side = [...(concept.variants ?? []), ...(concept.facets ?? []).map((f) => ({ key: f.key, when: f.words }))].filter((v) =>
    key.slice(concept.key.length + 1).split('+').includes(v.key),
  );
  const used = new Set(members.flatMap((d) => [...d.stems]));
  const named = side.flatMap((v) => v.when).filter((w) => used.has(stemPhrase(w)));
  return { keyWords: [...new Set([...named, ...words])].slice(0, 5), lead: new Set(named.map(stemPhrase)) };
}

/** Where each of these word sequences (stems) is named in a conversation's words: the positions they end at. */
function mentions(tokens: ReadonlyArray<{ stem: string }>, terms: string[][]): Set<number> {
  const ends = new Set<number>();
  for (const words of terms) {
    for (let i = 0; i + words.length <= tokens.length; i++) {
      let k = 0;
      while (k < words.length && tokens[i + k]!.stem === words[k]) k++;
      if (k === words.length) ends.add(i + k - 1);
    }
  }
  return ends;
}

/** A conversation's lead: its title, or its first sentence when it has none. */
function leadOf(item: ThemeInput): string {
  const title = item.title && item.title !== 'Untitled' ? item.title : '';
  return title || (item.text ?? '').split(/(?<=[.!?…])\s+/)[0] || '';
}

/**
 * Whether a conversation that names a subject (a followed topic, the named side of a concept) is about it: it names
 * it in its lead or more than once. A review titled "Will there be Apple Watch support?" that says "solid app now
 * that login works… see battery and lock status" is about a watch app, not about the lock or signing in.
 */
function aboutSubject(doc: ThemeDoc, item: ThemeInput, terms: string[][]): boolean {
  if (mentions(doc.tokens, terms).size >= 2) return true;
  const lead = new Set(themeTokens(leadOf(item)).map((t) => t.stem));
  return terms.some((words) => words.every((w) => lead.has(w)));
}

/**
 * The topics the listener follows, each a theme of the conversations about it (in the order given; a
 * conversation goes to the first topic it is about). A topic named too rarely to be a theme lets its conversations
 * be grouped as usual.
 */
function watchedTopicGroups(
  docs: ThemeDoc[],
  items: ThemeInput[],
  topics: NonNullable<FindThemesOptions['topics']>,
  minSize: number,
): { groups: Array<{ key: string; label: string; members: number[]; keyWords: string[] }>; taken: Set<number> } {
  const taken = new Set<number>();
  const groups: Array<{ key: string; label: string; members: number[]; keyWords: string[] }> = [];
  for (const topic of topics) {
    const terms = [topic.word, ...(topic.aliases ?? [])].map((t) => stemPhrase(t.replace(/^[@#]/, '')).split(' ').filter(Boolean)).filter((t) => t.length);
    if (!terms.length) continue;
    const members = docs
      .filter((d) => !taken.has(d.index) && terms.some((words) => words.every((w) => d.stems.has(w))) && aboutSubject(d, items[d.index]!, terms))
      .map((d) => d.index);
    if (members.length < minSize) continue;
    for (const i of members) taken.add(i);
    groups.push({ key: `watch:${stemPhrase(topic.word)}`, label: topic.word, members, keyWords: [topic.word, ...(topic.aliases ?? [])].slice(0, 5) });
  }
  return { groups, taken };
}

export function findThemes(items: ThemeInput[], opts: FindThemesOptions = {}): Theme[] {
  const max = Math.max(0, Math.floor(opts.max ?? DEFAULT_MAX));
  if (!items.length || !max) return [];
  const ignore = ignoredStems(opts.ignoreWords ?? []);
  const previous = new Set(opts.previousKeys ?? []);
  const docs = items.map((item, i) => toDoc(item, i, ignore));
  const minSize = minThemeSize(items.length);

  const groups: Array<{ key: string; label: string; members: number[]; keyWords: string[]; discovered?: boolean; lead?: Set<string> }> = [];
  const watched = watchedTopicGroups(docs, items, opts.topics ?? [], minSize);
  groups.push(...watched.groups);

  const byConcept = new Map<number, { members: number[]; words: Map<string, number> }>();
  const leftover: number[] = [];
  for (const doc of docs) {
    if (watched.taken.has(doc.index)) continue;
    const m = matchConcept(doc);
    if (!m) {
      leftover.push(doc.index);
      continue;
    }
    const g = byConcept.get(m.concept) ?? { members: [], words: new Map<string, number>() };
    g.members.push(doc.index);
    for (const t of m.terms) g.words.set(t, (g.words.get(t) ?? 0) + 1);
    byConcept.set(m.concept, g);
  }

  for (const [concept, g] of byConcept) {
    const c = CONCEPTS[concept];
    if (!c) continue;
    if (g.members.length < minSize) {
      leftover.push(...g.members);
      continue;
    }
    let members = g.members;
    let name = nameConcept(c, members.map((i) => docs[i] as ThemeDoc), previous);
    const variant = c.variants?.find((v) => name.key === `${c.key}/${v.key}`);
    if (variant?.split) {
      // Only what says it is "app sign-in"; the rest of the app talk keeps the concept's own name, or is regrouped.
      const terms = variant.when.map((w) => stemPhrase(w).split(' '));
      const inside = members.filter((i) => aboutSubject(docs[i] as ThemeDoc, items[i]!, terms));
      const rest = members.filter((i) => !inside.includes(i));
      if (inside.length < minSize) name = { key: c.key, label: c.label };
      else {
        // The rest is not about the named side: a theme of its own under the concept's name when big enough,
        // otherwise regrouped with what is left over (never shown under a name that is not about it).
        members = inside;
        if (rest.length >= minSize) groups.push({ key: c.key, label: c.label, members: rest, keyWords: topWords(g.words, 5) });
        else leftover.push(...rest);
      }
    }
    const side = namedSide(c, name.key, members.map((i) => docs[i] as ThemeDoc), topWords(g.words, 5));
    groups.push({ ...name, members, keyWords: side.keyWords, lead: side.lead });
  }
  leftover.sort((a, b) => a - b);
  const background = (opts.background ?? []).map((text, i) =>
    toDoc({ id: '', title: '', text, tone: null, link: null, sourceId: '', publishedAt: 0 }, i, ignore),
  );
  const found = discoverGroups(docs, leftover, {
    background,
    // A found name is a guess: it needs at least three voices even in a quiet window.
    minSize: Math.max(3, minSize, Math.ceil(items.length * 0.01)),
    maxGroups: MAX_FOUND,
    windowSize: items.length,
    previousKeys: previous,
  });
  const usedLabels = new Set(groups.map((g) => g.label));
  for (const f of found) if (!usedLabels.has(f.label)) groups.push({ ...f, discovered: true });

  const themes = groups.map((g) => {
    const leading = new Set(g.lead ? g.members.filter((i) => usesAny(docs[i] as ThemeDoc, g.lead!)) : []);
    const members = [...g.members].sort((a, b) => Number(leading.has(b)) - Number(leading.has(a)) || a - b);
    const s = summarize(items, members);
    return {
      theme: {
        key: g.key,
        label: g.label,
        conversationIds: members.map((i) => (items[i] as ThemeInput).id),
        tone: s.tone,
        toneCounts: s.toneCounts,
        keyWords: g.keyWords,
      },
      // A found name is a guess from shared words; a known topic of the same size goes first.
      weight: g.discovered ? s.weight * FOUND_WEIGHT : s.weight,
    };
  });
  themes.sort(
    (a, b) =>
      b.weight - a.weight ||
      b.theme.conversationIds.length - a.theme.conversationIds.length ||
      (a.theme.key < b.theme.key ? -1 : 1),
  );
  return themes.slice(0, max).map((t) => t.theme);
}
