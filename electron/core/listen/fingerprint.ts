// Near-duplicate fingerprints: the same story across sources (a cross-post, a syndicated article, a scraper copy)
// shares its normalized title, or most of its word pairs. MinHash estimates the share of word pairs two texts have
// in common (Jaccard) from 16 small hashes; banding them in pairs finds candidates without comparing every two.
// Fingerprint text: "<title key hash>:<16 × 4 hex digits, or empty>".
import { fold } from './fold';

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

/** Words with letters in them; addresses and bare numbers are left out (they are boilerplate: "Points: 38"). */
function words(text: string): string[] {
  const folded = fold(text.includes('://') || text.includes('www.') ? text.replace(/(?:https?:\/\/|www\.)\S+/gi, ' ') : text);
  // eslint-disable-next-line no-control-regex -- plain ASCII takes the fast, non-Unicode pattern
  const tokens = (/[^\x00-\x7f]/.test(folded) ? folded.match(/[\p{L}\p{N}]+/gu) : folded.match(/[a-z0-9]+/g)) ?? [];
  return tokens.filter(hasLetter);
}

/** A token of letters and digits has a letter unless every character is a digit. */
function hasLetter(token: string): boolean {
  for (let i = 0; i < token.length; i++) {
    const c = token.charCodeAt(i);
    if (c < 48 || c > 57) return true;
  }
  return false;
}

/** FNV-1a, 32 bits, with a final avalanche so nearby inputs spread over all bits. */
function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

// Fixed odd multipliers and offsets: 16 cheap hash permutations derived from one hash per word pair.
// Typed arrays of int32 keep the inner loop on small integers (no boxed numbers).
const MUL = Int32Array.from({ length: HASHES }, (_, i) => fnv(`m${i}`, 1) | 1);
const ADD = Int32Array.from({ length: HASHES }, (_, i) => fnv(`a${i}`, 2) | 0);

function minhash(tokens: string[]): number[] {
  // Only the top 16 bits are kept (enough to compare, a quarter of the room in the store), so compare those.
  const mins = new Int32Array(HASHES).fill(0x10000);
  let prev = fnv(tokens[0]!, 0);
  for (let i = 1; i < tokens.length; i++) {
    const next = fnv(tokens[i]!, 0);
    // The pair's hash from its two words' hashes: order matters ("not good" ≠ "good not").
    const base = Math.imul(prev, 0x2545f491) ^ next;
    prev = next;
    for (let k = 0; k < HASHES; k++) {
      const h = (Math.imul(base, MUL[k]!) + ADD[k]!) >>> 16;
      if (h < mins[k]!) mins[k] = h;
    }
  }
  return Array.from(mins);
}

/** The estimated share of word pairs two texts have in common (0…1). */
export function similarity(a: number[], b: number[]): number {
  let same = 0;
  for (let k = 0; k < HASHES; k++) if (a[k] === b[k]) same++;
  return same / HASHES;
}

export function fingerprintOf(title: string, text: string): Fingerprint {
  const titleWords = words(title);
  const bodyWords = words(text);
  return {
    title: titleWords.length >= MIN_TITLE_WORDS ? fnv(titleWords.join(' '), 7).toString(16).padStart(8, '0') : '',
    hash: bodyWords.length >= MIN_WORDS_FOR_TEXT ? minhash(bodyWords) : null,
  };
}

export function encodeFingerprint(f: Fingerprint): string {
  const hash = f.hash ? f.hash.map((h) => h.toString(16).padStart(4, '0')).join('') : '';
  return `${f.title}:${hash}`;
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
        for (const e of this.bands[band]!.get(bandOf(h, band)) ?? []) {
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
