// Watch-word matching: every watch word, alias, @handle and #tag compiled once into one regular expression over
// folded text (case- and accent-insensitive), whole words only (a plain plural or possessive is allowed), with
// exclusions ("apple pie") that cancel a match inside them. Returns character ranges for highlighting.
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

export class WatchMatcher {
  private readonly words: Array<{ word: string }>;
  private readonly terms: Compiled | null;
  private readonly exclusions: Compiled | null;

  constructor(specs: WatchWordSpec[]) {
    this.words = specs.map((s) => ({ word: s.word }));
    this.terms = compile(specs.map(termsOf), true);
    this.exclusions = compile(
      specs.map((s) => (s.exclusions ?? []).map(termKey).filter((k) => k.length > 0)),
      false,
    );
  }

  get size(): number {
    return this.words.length;
  }

  /** Watch words found in one piece of text, with their ranges (exclusions removed). */
  findIn(text: string): Array<{ word: string; ranges: Array<[number, number]> }> {
    if (!this.terms || !text) return [];
    const folded = fold(text);
    const hits = scan(this.terms, folded);
    if (hits.length === 0) return [];
    const excluded = this.exclusions ? scan(this.exclusions, folded) : [];
    const byWord = new Map<number, Array<[number, number]>>();
    for (const hit of hits) {
      const cancelled = excluded.some((x) => x.index === hit.index && x.start <= hit.start && hit.end <= x.end);
      if (cancelled) continue;
      const ranges = byWord.get(hit.index) ?? [];
      ranges.push([hit.start, hit.end]);
      byWord.set(hit.index, ranges);
    }
    return [...byWord].map(([index, ranges]) => ({ word: this.words[index]!.word, ranges }));
  }

  /** Matches in a conversation's title and excerpt, as stored and shown. */
  match(title: string, excerpt: string): WatchMatch[] {
    const out: WatchMatch[] = [];
    for (const m of this.findIn(title)) out.push({ word: m.word, field: 'title', ranges: m.ranges });
    for (const m of this.findIn(excerpt)) out.push({ word: m.word, field: 'excerpt', ranges: m.ranges });
    return out;
  }
}
