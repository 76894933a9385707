// Near-duplicate fingerprints: the same story across sources (a cross-post, a syndicated article, a scraper copy)
// shares its normalized title, or most of its word pairs. MinHash estimates the share of word pairs two texts have
// in common (Jaccard) from 16 small hashes; banding them in pairs finds candidates without comparing every two.
// Fingerprint text: "<title key hash>:<16 × 4 hex digits, or empty>".
import { foldUnit } from './fold';

/** Fewer words than this and the text says little (short comments look alike): only the title counts. */
const MIN_WORDS_FOR_TEXT = 12;
/** A title needs this many words before an equal title means the same story ("Great bike!" does not). */
const MIN_TITLE_WORDS = 4;
const HASHES = 16;
/** Texts sharing at least this share of their word pairs (estimated) tell the same story. */
export const SAME_TEXT = 0.6;
/** With an equal title, a lower share still tells the same story (an edited copy). */
const SAME_TITLE_TEXT = 0.2;
const BANDS = HASHES / 2;
/** A band value shared by this many texts is a common phrase, not a sign of a copy: it stops taking more. */
const BUCKET_LIMIT = 12;

export interface Fingerprint {
  /** Hash of the normalized title, or '' when the title is too short to tell. */
  title: string;
  /** 16 MinHash values (16 bits each), or null when the text is too short. */
  hash: number[] | null;
}

/** Whether a non-ASCII code point is a letter or number (\p{L}\p{N}), remembered: few distinct ones occur. */
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;
const letterCache = new Map<number, boolean>();
function isLetterOrNumber(cp: number): boolean {
  let yes = letterCache.get(cp);
  if (yes === undefined) {
    yes = LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
    if (letterCache.size < 10_000) letterCache.set(cp, yes);
  }
  return yes;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
// What words() leaves in these after a call: each word's fnv(word, 0), and fnv(words.join(' '), 7).
let wordHashes = new Uint32Array(256);
let joinedHash = 0;

/**
 * The words of a text — runs of letters and digits in the folded text, those with a letter in them (addresses and
 * bare numbers are boilerplate: "Points: 38") — hashed as they are read, without building the folded text or the
 * word strings: what fold(), /[\p{L}\p{N}]+/gu and fnv() over each word and over the words joined gave.
 * Returns the number of words; their hashes are in wordHashes, the joined text's (not yet mixed) in joinedHash.
 */
function words(input: string): number {
  const text = input.includes('://') || input.includes('www.') ? input.replace(/(?:https?:\/\/|www\.)\S+/gi, ' ') : input;
  const n = text.length;
  let count = 0;
  let joined = (FNV_OFFSET ^ 7) >>> 0;
  let i = 0;
  while (i < n) {
    // Find the next letter or digit (after folding; one unit folds to one unit, surrogates stay as they are).
    let c = foldUnit(text.charCodeAt(i));
    let size = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    else {
      const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
      if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) size = 2;
      word = isLetterOrNumber(size === 2 ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : c);
    }
    if (!word) {
      i += size;
      continue;
    }
    // A word: hash it alone and into the joined text at once; keep it only if it is not all digits.
    let h = FNV_OFFSET;
    let jh = count > 0 ? Math.imul(joined ^ 32, FNV_PRIME) >>> 0 : joined;
    let digitsOnly = true;
    for (;;) {
      for (let k = 0; k < size; k++) {
        const unit = k === 0 ? c : text.charCodeAt(i + 1);
        if (unit < 48 || unit > 57) digitsOnly = false;
        h = Math.imul(h ^ unit, FNV_PRIME) >>> 0;
        jh = Math.imul(jh ^ unit, FNV_PRIME) >>> 0;
      }
      i += size;
      if (i >= n) break;
      c = foldUnit(text.charCodeAt(i));
      size = 1;
      if (c < 128) {
        if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) break;
      } else {
        const next = i + 1 < n ? text.charCodeAt(i + 1) : 0;
        if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) size = 2;
        if (!isLetterOrNumber(size === 2 ? (c - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000 : c)) break;
      }
    }
    if (digitsOnly) continue;
    if (count === wordHashes.length) {
      const grown = new Uint32Array(count * 2);
      grown.set(wordHashes);
      wordHashes = grown;
    }
    wordHashes[count++] = mix(h);
    joined = jh;
  }
  joinedHash = joined;
  return count;
}

/** FNV-1a, 32 bits, with a final avalanche so nearby inputs spread over all bits. */
function fnv(text: string, seed: number): number {
  let h = (FNV_OFFSET ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME) >>> 0;
  }
  return mix(h);
}

/** fnv's final avalanche. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

// Fixed odd multipliers and offsets: 16 cheap hash permutations derived from one hash per word pair.
// Typed arrays of int32 keep the inner loop on small integers (no boxed numbers).
const MUL = Int32Array.from({ length: HASHES }, (_, i) => fnv(`m${i}`, 1) | 1);
const ADD = Int32Array.from({ length: HASHES }, (_, i) => fnv(`a${i}`, 2) | 0);

const minsBuffer = new Int32Array(HASHES);

/** MinHash over the word pairs of the first `count` word hashes (each fnv(word, 0)). */
function minhash(hashes: Uint32Array, count: number): number[] {
  // Only the top 16 bits are kept (enough to compare, a quarter of the room in the store), so compare those.
  const mins = minsBuffer.fill(0x10000);
  let prev = hashes[0]!;
  for (let i = 1; i < count; i++) {
    const next = hashes[i]!;
    // The pair's hash from its two words' hashes: order matters ("not good" ≠ "good not").
    const base = Math.imul(prev, 0x2545f491) ^ next;
    prev = next;
    for (let k = 0; k < HASHES; k++) {
      const h = (Math.imul(base, MUL[k]!) + ADD[k]!) >>> 16;
      if (h < mins[k]!) mins[k] = h;
    }
  }
  // Copied out by hand: Array.from() walks a typed array through its iterator, slowly.
  const out: number[] = [];
  for (let k = 0; k < HASHES; k++) out.push(mins[k]!);
  return out;
}

/** The estimated share of word pairs two texts have in common (0…1). */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export function fingerprintOf(title: string, text: string): Fingerprint {
  const titleWords = words(title);
  const titleKey = titleWords >= MIN_TITLE_WORDS ? mix(joinedHash).toString(16).padStart(8, '0') : '';
  const bodyWords = words(text);
  const hash = bodyWords >= MIN_WORDS_FOR_TEXT ? minhash(wordHashes, bodyWords) : null;
  // A huge text grew the buffer: let it go rather than keep megabytes for good.
  if (wordHashes.length > 4096) wordHashes = new Uint32Array(256);
  return { title: titleKey, hash };
}

const HEX_CODES = Array.from('0123456789abcdef', (ch) => ch.charCodeAt(0));
const hexUnits = new Uint16Array(HASHES * 4);

export function encodeFingerprint(f: Fingerprint): string {
  if (!f.hash) return `${f.title}:`;
  // Each value as four hex digits, written into one buffer: what toString(16).padStart(4, '0') gives for 0…0xffff
  // (MinHash keeps 16 bits), without a string per value. Anything else takes that slow way.
  let plain = f.hash.length === HASHES;
  for (const h of f.hash) if (!(Number.isInteger(h) && h >= 0 && h <= 0xffff)) plain = false;
  if (!plain) {
    return `${f.title}:${f.hash.map((h) => h.toString(16).padStart(4, '0')).join('')}`;
  }
  for (let k = 0; k < HASHES; k++) {
    const h = f.hash[k]!;
    hexUnits[k * 4] = HEX_CODES[h >>> 12]!;
    hexUnits[k * 4 + 1] = HEX_CODES[(h >>> 8) & 15]!;
    hexUnits[k * 4 + 2] = HEX_CODES[(h >>> 4) & 15]!;
    hexUnits[k * 4 + 3] = HEX_CODES[h & 15]!;
  }
  return `${f.title}:${String.fromCharCode.apply(null, hexUnits as unknown as number[])}`;
}

export function decodeFingerprint(text: string): Fingerprint | null {
  const m = /^([0-9a-f]{8}|):([0-9a-f]{64}|)$/.exec(text);
  if (!m) return null;
  const hex = m[2]!;
  return { title: m[1]!, hash: hex ? Array.from({ length: HASHES }, (_, k) => parseInt(hex.slice(k * 4, k * 4 + 4), 16)) : null };
}

interface Entry {
  id: string;
  sourceId: string;
  hash: number[] | null;
}

/**
 * The first-seen conversations, looked up by title key and by MinHash bands (pairs of values): texts sharing most
 * word pairs almost surely share a band, and only same-band candidates are compared in full.
 */
export class DuplicateIndex {
  private readonly byTitle = new Map<string, Entry>();
  private readonly bands = Array.from({ length: BANDS }, () => new Map<number, Entry[]>());

  get size(): number {
    return this.byTitle.size + this.bands[0]!.size;
  }

  /** The first-seen conversation from another source that this one repeats, or null. */
  find(f: Fingerprint, sourceId: string): string | null {
    if (f.hash) {
      const h = f.hash;
      for (let band = 0; band < BANDS; band++) {
        const list = this.bands[band]!.get(bandOf(h, band));
        if (!list) continue;
        for (const e of list) {
          if (e.sourceId !== sourceId && e.hash && similarity(e.hash, h) >= SAME_TEXT) return e.id;
        }
      }
    }
    if (f.title) {
      // The same title with a clearly different text is a different post that happens to share a title.
      const e = this.byTitle.get(f.title);
      if (e && e.sourceId !== sourceId && (!e.hash || !f.hash || similarity(e.hash, f.hash) >= SAME_TITLE_TEXT)) return e.id;
    }
    return null;
  }

  /** Remembers an original (not a duplicate). */
  add(id: string, sourceId: string, f: Fingerprint): void {
    const entry: Entry = { id, sourceId, hash: f.hash };
    if (f.title && !this.byTitle.has(f.title)) this.byTitle.set(f.title, entry);
    if (f.hash) {
      for (let band = 0; band < BANDS; band++) {
        const key = bandOf(f.hash, band);
        const list = this.bands[band]!.get(key);
        if (!list) this.bands[band]!.set(key, [entry]);
        else if (list.length < BUCKET_LIMIT) list.push(entry);
      }
    }
  }
}

function bandOf(h: number[], band: number): number {
  return h[band * 2]! * 0x10000 + h[band * 2 + 1]!;
}
