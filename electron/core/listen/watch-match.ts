// Watch-word matching: every watch word, alias, @handle and #tag compiled once into one regular expression over
// folded text (case- and accent-insensitive), whole words only (a plain plural or possessive is allowed), with
// exclusions of two sorts: a phrase that holds the name ("apple pie") cancels a match inside it; one that doesn't
// ("ASP.NET" for Kestrel) says the whole conversation is about something else. Returns ranges for highlighting.
import type { WatchMatch } from '../../../shared/model';
import { fold } from './fold';

export interface WatchWordSpec {
  word: string;
  aliases?: string[];
  exclusions?: string[];
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
// A simple plural or possessive still counts: "Kestrels", "Kestrel's", "Kestrels'".
const SUFFIX = String.raw`(?:'s|’s|s'|s’|es|s)?`;

/** Whether the character at `i` (either half of a surrogate pair) is part of a word; false outside the text. */
function wordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
  const start = code >= 0xdc00 && code <= 0xdfff && i > 0 ? i - 1 : i;
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(start)!));
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The normalized key of a term: folded, single spaces. */
function termKey(text: string): string {
  return fold(text).trim().replace(/[\s\u00a0-]+/g, ' ');
}

function termPattern(key: string): string {
  return key.split(' ').map(escape).join(String.raw`[\s\u00a0-]+`);
}

/** The terms a watch word listens for: the word, its aliases, and for @handle / #tag also the bare name. */
export function termsOf(spec: WatchWordSpec): string[] {
  const terms = new Set<string>();
  for (const raw of [spec.word, ...(spec.aliases ?? [])]) {
    const key = termKey(raw);
    if (!key) continue;
    terms.add(key);
    const bare = key.replace(/^[@#]+/, '');
    if (bare && bare !== key) terms.add(bare);
  }
  return [...terms];
}

interface Compiled {
  regex: RegExp;
  /** Each term alone (sticky), longest first: tried when the longest match at a place isn't a whole word. */
  singles: Array<{ key: string; regex: RegExp }>;
  /** term key → indexes of the watch words it belongs to */
  owners: Map<string, number[]>;
}

function compile(termLists: string[][], withSuffix: boolean): Compiled | null {
  const owners = new Map<string, number[]>();
  termLists.forEach((terms, index) => {
    for (const t of terms) {
      const list = owners.get(t) ?? [];
      if (!list.includes(index)) list.push(index);
      owners.set(t, list);
    }
  });
  if (owners.size === 0) return null;
  // Longest first, so "Kestrel One" wins over "Kestrel" at the same place. Word boundaries are checked in code:
  // Unicode classes in look-arounds make the scan several times slower.
  const keys = [...owners.keys()].sort((a, b) => b.length - a.length);
  const suffix = withSuffix ? `(${SUFFIX})` : '()';
  const source = '(' + keys.map(termPattern).join('|') + ')' + suffix;
  const singles = keys.map((key) => ({ key, regex: new RegExp(`(${termPattern(key)})${suffix}`, 'y') }));
  return { regex: new RegExp(source, 'g'), owners, singles };
}

interface Hit {
  index: number;
  start: number;
  end: number;
}

/** Where a match ends as a whole word (with its plural/possessive if that is whole), or -1. */
function wholeEnd(text: string, m: RegExpExecArray): number {
  const full = m.index + m[0].length;
  if (!wordAt(text, full)) return full;
  const bare = m.index + m[1]!.length;
  return m[2] && !wordAt(text, bare) ? bare : -1;
}

function scan(compiled: Compiled, folded: string): Hit[] {
  const hits: Hit[] = [];
  compiled.regex.lastIndex = 0;
  for (let found = compiled.regex.exec(folded); found; found = compiled.regex.exec(folded)) {
    let m: RegExpExecArray | null = found;
    const start = found.index;
    if (wordAt(folded, start - 1)) {
      compiled.regex.lastIndex = start + 1;
      continue;
    }
    let end = wholeEnd(folded, m);
    if (end < 0) {
      // "Kestrel Onesie": the longest term isn't a whole word here, but a shorter one ("Kestrel") may be.
      m = null;
      for (const single of compiled.singles) {
        if (single.key.length >= found[1]!.length) continue;
        single.regex.lastIndex = start;
        const again = single.regex.exec(folded);
        if (again && (end = wholeEnd(folded, again)) >= 0) {
          m = again;
          break;
        }
      }
      if (!m) {
        compiled.regex.lastIndex = start + 1;
        continue;
      }
      compiled.regex.lastIndex = end;
    }
    const key = m[1]!.replace(/[\s\u00a0-]+/g, ' ');
    for (const index of compiled.owners.get(key) ?? []) {
      hits.push({ index, start, end });
    }
  }
  return hits;
}

/** One text's hits: what still counts, by watch word, and which words were heard only where excluded. */
interface TextHits {
  kept: Map<number, Array<[number, number]>>;
  cancelled: Set<number>;
}

const NO_HITS: TextHits = { kept: new Map(), cancelled: new Set() };

/** What a conversation says of the watch words: the matches that count, and whether every mention was excluded. */
export interface ConversationMatch {
  matches: WatchMatch[];
  /** A watch word was named, but only where an exclusion says it means something else (and nothing else matched). */
  setAside: boolean;
}

export class WatchMatcher {
  private readonly words: Array<{ word: string }>;
  private readonly terms: Compiled | null;
  /** Exclusions that hold one of their word's names: they cancel the match inside them. */
  private readonly phrases: Compiled | null;
  /** Exclusions that don't: a conversation naming one is not about that word at all. */
  private readonly contexts: Compiled | null;

  constructor(specs: WatchWordSpec[]) {
    this.words = specs.map((s) => ({ word: s.word }));
    this.terms = compile(specs.map(termsOf), true);
    const phrases: string[][] = [];
    const contexts: string[][] = [];
    specs.forEach((spec, index) => {
      const own = compile([termsOf(spec)], true);
      const keys = (spec.exclusions ?? []).map(termKey).filter((k) => k.length > 0);
      phrases[index] = keys.filter((k) => own !== null && scan(own, k).length > 0);
      contexts[index] = keys.filter((k) => !phrases[index]!.includes(k));
    });
    this.phrases = compile(phrases, false);
    this.contexts = compile(contexts, false);
  }

  get size(): number {
    return this.words.length;
  }

  /** Hits in already folded text (fold keeps the length, so ranges hold for the text as written). */
  private hitsIn(folded: string): TextHits {
    // Most texts name no watch word: they all share one empty answer, which no caller changes.
    if (!this.terms || !folded) return NO_HITS;
    const hits = scan(this.terms, folded);
    if (hits.length === 0) return NO_HITS;
    const kept = new Map<number, Array<[number, number]>>();
    const cancelled = new Set<number>();
    const excluded = this.phrases ? scan(this.phrases, folded) : [];
    for (const hit of hits) {
      if (excluded.some((x) => x.index === hit.index && x.start <= hit.start && hit.end <= x.end)) {
        cancelled.add(hit.index);
        continue;
      }
      const ranges = kept.get(hit.index) ?? [];
      ranges.push([hit.start, hit.end]);
      kept.set(hit.index, ranges);
    }
    return { kept, cancelled };
  }

  /** Watch words found in one piece of text, with their ranges (phrase exclusions removed). */
  findIn(text: string): Array<{ word: string; ranges: Array<[number, number]> }> {
    return [...this.hitsIn(fold(text)).kept].map(([index, ranges]) => ({ word: this.words[index]!.word, ranges }));
  }

  /** Matches in a conversation's title and excerpt, as stored and shown, with both sorts of exclusion applied. */
  matchConversation(title: string, excerpt: string): ConversationMatch {
    if (!this.terms) return { matches: [], setAside: false };
    const titleFolded = fold(title);
    const excerptFolded = fold(excerpt);
    const titleHits = this.hitsIn(titleFolded);
    const excerptHits = this.hitsIn(excerptFolded);
    if (titleHits === NO_HITS && excerptHits === NO_HITS) return { matches: [], setAside: false };
    const fields = [
      { field: 'title' as const, folded: titleFolded, hits: titleHits },
      { field: 'excerpt' as const, folded: excerptFolded, hits: excerptHits },
    ];
    const named = fields.some((f) => f.hits.kept.size > 0 || f.hits.cancelled.size > 0);
    if (!named) return { matches: [], setAside: false };
    const elsewhere = new Set<number>();
    if (this.contexts) for (const f of fields) for (const x of scan(this.contexts, f.folded)) elsewhere.add(x.index);
    const matches: WatchMatch[] = [];
    for (const { field, hits } of fields) {
      for (const [index, ranges] of hits.kept) {
        if (!elsewhere.has(index)) matches.push({ word: this.words[index]!.word, field, ranges });
      }
    }
    return { matches, setAside: matches.length === 0 };
  }

  /** The matches alone (see matchConversation). */
  match(title: string, excerpt: string): WatchMatch[] {
    return this.matchConversation(title, excerpt).matches;
  }
}
