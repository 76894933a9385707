// The listen step's hand-written scanners (tokenize, fold, the fingerprint's words) against the split-and-regex
// code they replaced, kept here as the reference: on seeded random texts full of what trips tokenizers, both
// must give exactly the same answer.
import { describe, expect, it } from 'vitest';
import { encodeFingerprint, fingerprintOf } from '../../../electron/core/listen/fingerprint';
import { fold } from '../../../electron/core/listen/fold';
import { cutRuns, tokenize, type ToneText, type ToneToken } from '../../../electron/core/listen/tone-tokens';
import { rng } from '../../support/fuzz';

const EMOTICONS = new Set([
  ':)', ':-)', ':))', ':)))', ':]', '=)', ':d', ':-d', 'xd', ';)', ';-)', ':p', ':-p', '<3', '(:', '^^', '^_^',
  ':(', ':-(', ':((', ":'(", ':[', '=(', ':/', ':-/', ':\\', ':|', ':-|', '>:(', 'd:', '):', '-_-', '</3',
]);
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

function referenceTokenize(input: string): ToneText {
  let mentions = 0;
  let links = 0;
  let text = input.replace(/&(?:amp|lt|gt|quot|#39);/g, (m) => ENTITY[m] ?? m);
  text = text.replace(/https?:\/\/\S+|www\.\S+/g, () => (links++, ' '));
  text = text.replace(/(^|[^\w])@\w+/g, (_m, pre: string) => (mentions++, pre + ' '));
  text = text.replace(/[’‘`´]/g, "'").replace(/#(\w)/g, '$1');
  const letters = (text.match(/[A-Za-z]/g) ?? []).length;
  const upper = (text.match(/[A-Z]/g) ?? []).length;
  const shouting = letters >= 8 && upper / letters > 0.7;
  const tokens: ToneToken[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (!chunk) continue;
    if (chunk.length <= 4 && EMOTICONS.has(chunk.toLowerCase())) {
      tokens.push({ w: chunk.toLowerCase(), caps: false, elongated: false, stop: false });
      continue;
    }
    const ascii = !/[\u0080-\uffff]/.test(chunk);
    const emoji = ascii ? null : chunk.match(/\p{Extended_Pictographic}/gu);
    const wordRe = ascii ? /[A-Za-z0-9]+(?:'[A-Za-z]+)*/g : /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
    let lastEnd = 0;
    let m: RegExpExecArray | null;
    while ((m = wordRe.exec(chunk)) !== null) {
      const raw = m[0];
      const prev = tokens[tokens.length - 1];
      if (prev && lastEnd > 0 && m.index > lastEnd && /[.,;:!?)(\-–—]/.test(chunk.slice(lastEnd, m.index))) prev.stop = true;
      lastEnd = m.index + raw.length;
      const lower = raw.toLowerCase();
      const cut = cutRuns(lower);
      tokens.push({ w: cut, caps: !shouting && raw.length > 1 && raw !== lower && raw === raw.toUpperCase(), elongated: cut !== lower, stop: false });
    }
    const last = tokens[tokens.length - 1];
    if (last && lastEnd > 0 && lastEnd < chunk.length && /[.,;:!?)(\-–—]/.test(chunk.slice(lastEnd))) last.stop = true;
    if (emoji) for (const e of emoji) tokens.push({ w: e, caps: false, elongated: false, stop: false });
  }
  return { tokens, exclaims: (text.match(/!/g) ?? []).length, questions: (text.match(/\?/g) ?? []).length, mentions, links };
}

function referenceFold(text: string): string {
  const one = (ch: string) => {
    const bare = ch.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    const lower = ch.toLowerCase();
    return bare.length === ch.length ? bare : lower.length === ch.length ? lower : ch;
  };
  // eslint-disable-next-line no-control-regex -- the ASCII range, on purpose
  return text.replace(/[A-Z]+|[^\x00-\x7f]/g, (m) => (m.charCodeAt(0) < 128 ? m.toLowerCase() : one(m)));
}

function fnv(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}
const MUL = Int32Array.from({ length: 16 }, (_, i) => fnv(`m${i}`, 1) | 1);
const ADD = Int32Array.from({ length: 16 }, (_, i) => fnv(`a${i}`, 2) | 0);

function referenceFingerprint(title: string, text: string): string {
  // Addresses are cut only when the text has "://" or a lower-case "www." in it, as before.
  const bare = (t: string) => (t.includes('://') || t.includes('www.') ? t.replace(/(?:https?:\/\/|www\.)\S+/gi, ' ') : t);
  const words = (t: string) => (referenceFold(bare(t)).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !/^\d+$/.test(w));
  const tw = words(title);
  const bw = words(text);
  let hash = '';
  if (bw.length >= 12) {
    const mins = new Int32Array(16).fill(0x10000);
    let prev = fnv(bw[0]!, 0);
    for (let i = 1; i < bw.length; i++) {
      const next = fnv(bw[i]!, 0);
      const base = Math.imul(prev, 0x2545f491) ^ next;
      prev = next;
      for (let k = 0; k < 16; k++) mins[k] = Math.min(mins[k]!, (Math.imul(base, MUL[k]!) + ADD[k]!) >>> 16);
    }
    hash = Array.from(mins, (h) => h.toString(16).padStart(4, '0')).join('');
  }
  return `${tw.length >= 4 ? fnv(tw.join(' '), 7).toString(16).padStart(8, '0') : ''}:${hash}`;
}

const PIECES = [
  'good', 'GOOD', 'Good', 'not', "don't", 'sooo', 'loooove', 'WORST', 'xd', 'XD', 'Xd', ':)', ':D', '<3', '</3', '-_-',
  "it's", 'it’s', "it'2", "a'b'c", "abc'", "'", '2nd', '1111', 'AAAA', 'café', 'CAFÉ', 'Zürich', 'İstanbul', 'ﬁne',
  'straße', 'Отлично', '日本語', '𝐀𝐁', '\ud835', '\udc00', 'e\u0301', '😡', '❤️', '👍🏽', '…', '—', '–', '.', ',', '!', '?',
  '(', ')', '-', ';', ':', '"', '@kestrel', '#tag', 'a@b', '&amp;', '&lt;3', 'https://t.co/x', 'www.x.com', 'Kestrel',
  '\u00a0', '\t', '\n', '\u2028', '\u3000', '\ufeff', '\u180e', '\u0085', '\u200b',
];
const SEPARATORS = [' ', ' ', '', '. ', ', ', '!', '?', '\n', '-', "'", '’'];

function texts(count: number, seed: number): string[] {
  const next = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, () => {
    let s = '';
    const n = Math.floor(next() * 40);
    for (let k = 0; k < n; k++) {
      let p = pick(PIECES);
      if (next() < 0.05) p = p.toUpperCase();
      if (next() < 0.05) p = String.fromCharCode(32 + Math.floor(next() * 0x2fff));
      s += p + pick(SEPARATORS);
    }
    return s;
  });
}

describe('the listen step’s fast paths give what the regexes gave', () => {
  const cases = texts(5000, 21);

  it('tokenizes as splitting on whitespace and matching words did', () => {
    for (const t of cases) expect(tokenize(t), JSON.stringify(t)).toEqual(referenceTokenize(t));
  });

  it('folds as the replace over capitals and non-ASCII units did', () => {
    for (const t of cases) expect(fold(t), JSON.stringify(t)).toBe(referenceFold(t));
  });

  it('fingerprints as folding, matching and hashing each word did', () => {
    for (let i = 0; i + 1 < cases.length; i++) {
      const [a, b] = [cases[i]!, cases[i + 1]!];
      expect(encodeFingerprint(fingerprintOf(a, b)), JSON.stringify([a, b])).toBe(referenceFingerprint(a, b));
    }
  });
});
