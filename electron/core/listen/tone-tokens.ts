// Splits a customer comment into the tokens the tone scorer and the tone model read. Shared with
// scripts/train-tone.mjs (it bundles this file) so training and scoring see the same words.

export interface ToneToken {
  /** Lower-cased word, runs of 3+ equal letters cut to 2 ("sooo" → "soo"); emoji and emoticons kept as written. */
  w: string;
  /** Written in capitals ("WORST") while the text as a whole is not shouting. */
  caps: boolean;
  /** Had a run of 3+ equal letters ("loooove"). */
  elongated: boolean;
  /** A clause ends right after this token (punctuation), so negation stops here. */
  stop: boolean;
}

export interface ToneText {
  tokens: ToneToken[];
  exclaims: number;
  questions: number;
  /** The text addressed someone (@name), as posts to a company usually do. */
  mentions: number;
  /** Links in the text: shared news and announcements are mostly matter-of-fact. */
  links: number;
}

// Emoticons are matched on whole whitespace-separated chunks before punctuation is stripped.
const EMOTICONS = new Set([
  ':)', ':-)', ':))', ':)))', ':]', '=)', ':d', ':-d', 'xd', ';)', ';-)', ':p', ':-p', '<3', '(:', '^^', '^_^',
  ':(', ':-(', ':((', ":'(", ':[', '=(', ':/', ':-/', ':\\', ':|', ':-|', '>:(', 'd:', '):', '-_-', '</3',
]);
const ENTITY: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };
const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu;
const NON_ASCII = /[\u0080-\uffff]/;
const EMOJI = /\p{Extended_Pictographic}/gu;
const CLAUSE_END = /[.,;:!?)(\-–—]/;

function cleanText(text: string): { text: string; mentions: number; links: number } {
  let mentions = 0;
  let links = 0;
  let out = text;
  // Each pass is skipped when its marker is absent: most texts have none of them, and this is the hot path.
  if (out.includes('&')) out = out.replace(/&(?:amp|lt|gt|quot|#39);/g, (m) => ENTITY[m] ?? m);
  if (out.includes('http') || out.includes('www.')) {
    out = out.replace(/https?:\/\/\S+|www\.\S+/g, () => {
      links++;
      return ' ';
    });
  }
  if (out.includes('@')) {
    out = out.replace(/(^|[^\w])@\w+/g, (_m, pre: string) => {
      mentions++;
      return pre + ' ';
    });
  }
  if (NON_ASCII.test(out)) out = out.replace(/[’‘`´]/g, "'");
  if (out.includes('#')) out = out.replace(/#(\w)/g, '$1');
  return { text: out, mentions, links };
}

const LETTER = /^\p{L}$/u;

/** Cuts runs of 3+ equal letters to 2; returns the word itself when there are none (the usual case). */
export function cutRuns(w: string): string {
  let run = 1;
  for (let i = 1; i < w.length; i++) {
    run = w.charCodeAt(i) === w.charCodeAt(i - 1) ? run + 1 : 1;
    if (run === 3) return cutLetterRuns(w);
  }
  return w;
}

/**
 * What /(\p{L})\1{2,}/gu → '$1$1' does, in one pass by code point: that regex overflowed the stack on a run of
 * a few million equal letters ("Maximum call stack size exceeded").
 */
function cutLetterRuns(w: string): string {
  let out = '';
  let prev = '';
  let run = 0;
  for (const ch of w) {
    run = ch === prev ? run + 1 : 1;
    prev = ch;
    if (run <= 2 || !LETTER.test(ch)) out += ch;
  }
  return out;
}

// Character classes of the single-pass tokenizer, by UTF-16 unit. Whitespace is exactly what /\s/ splits on.
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}
/** CLAUSE_END for ASCII: . , ; : ! ? ) ( - (the dashes – — are not ASCII; such chunks take the regex path). */
function isAsciiClauseEnd(c: number): boolean {
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 40 || c === 45;
}

/**
 * A whitespace-separated chunk with any non-ASCII character in it: the Unicode word pattern, emoji, and the
 * chunk's own lower case. Caps are marked as if the text were not shouting (tokenize() settles that at the end).
 */
function unicodeChunk(chunk: string, tokens: ToneToken[]): void {
  if (chunk.length <= 4 && EMOTICONS.has(chunk.toLowerCase())) {
    tokens.push({ w: chunk.toLowerCase(), caps: false, elongated: false, stop: false });
    return;
  }
  const emoji = chunk.match(EMOJI);
  let lastEnd = 0;
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(chunk)) !== null) {
    const raw = m[0];
    const prev = tokens[tokens.length - 1];
    if (prev && lastEnd > 0 && m.index > lastEnd && CLAUSE_END.test(chunk.slice(lastEnd, m.index))) prev.stop = true;
    lastEnd = m.index + raw.length;
    const lower = raw.toLowerCase();
    const cut = cutRuns(lower);
    tokens.push({ w: cut, caps: raw.length > 1 && raw !== lower && raw === raw.toUpperCase(), elongated: cut !== lower, stop: false });
  }
  const last = tokens[tokens.length - 1];
  if (last && lastEnd > 0 && lastEnd < chunk.length && CLAUSE_END.test(chunk.slice(lastEnd))) last.stop = true;
  if (emoji) for (const e of emoji) tokens.push({ w: e, caps: false, elongated: false, stop: false });
}

/**
 * Tokens of a text: what splitting on /\s+/ and matching /[A-Za-z0-9]+(?:'[A-Za-z]+)*\/g in each chunk gave (or
 * the Unicode patterns, in a chunk with any non-ASCII character), with the text's "!" and "?" counts and whether
 * it shouts (mostly capitals). This is the hot path of the listen step, so it is one walk over the characters
 * that makes no string but each word: an ASCII chunk is read in place; one found to hold anything else is read
 * again, from its start, by unicodeChunk().
 */
export function tokenize(input: string): ToneText {
  const { text, mentions, links } = cleanText(input);
  const tokens: ToneToken[] = [];
  const n = text.length;
  let letters = 0;
  let upper = 0;
  let exclaims = 0;
  let questions = 0;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    const first = tokens.length;
    let plain = true; // letters and digits only: then only "xd" can be an emoticon
    let lastEnd = -1; // where the chunk's last word ended; -1 before its first
    let clause = false; // a mark that ends a clause since the last word
    let ascii = true;
    while (i < n) {
      c = text.charCodeAt(i);
      if (c >= 128) {
        ascii = isSpace(c);
        break;
      }
      if (c === 32 || (c >= 9 && c <= 13)) break;
      if (!isAsciiLetter(c) && !(c >= 48 && c <= 57)) {
        plain = false;
        if (c === 33) exclaims++;
        else if (c === 63) questions++;
        if (isAsciiClauseEnd(c)) clause = true;
        i++;
        continue;
      }
      // A word: [A-Za-z0-9]+, then (?:'[A-Za-z]+)* — an apostrophe joins only when letters follow ("it's", not
      // "it'2"), and after it only letters belong to the word. Runs of equal (lower-cased) units are counted
      // for cutRuns, which changes a word only at a run of three.
      const from = i;
      let up = false;
      let low = false;
      let prev = -1;
      let run = 0;
      let long = false;
      let digits = true; // digits are part of the word until the first apostrophe
      for (; i < n; i++) {
        c = text.charCodeAt(i);
        if (c >= 97 && c <= 122) {
          low = true;
          letters++;
        } else if (c >= 65 && c <= 90) {
          up = true;
          upper++;
          letters++;
          c |= 32;
        } else if (c === 39 && i + 1 < n && isAsciiLetter(text.charCodeAt(i + 1))) digits = false;
        else if (!(digits && c >= 48 && c <= 57)) break;
        run = c === prev ? run + 1 : 1;
        if (run === 3) long = true;
        prev = c;
      }
      if (lastEnd >= 0 && clause) tokens[tokens.length - 1]!.stop = true;
      clause = false;
      lastEnd = i;
      const raw = text.slice(from, i);
      const lower = up ? raw.toLowerCase() : raw;
      const cut = long ? cutRuns(lower) : lower;
      tokens.push({ w: cut, caps: i - from > 1 && up && !low, elongated: cut !== lower, stop: false });
    }
    if (!ascii) {
      // Read the whole chunk again with the Unicode patterns; count the rest of its characters first.
      tokens.length = first;
      for (; i < n && !isSpace((c = text.charCodeAt(i))); i++) {
        if (c >= 97 && c <= 122) letters++;
        else if (c >= 65 && c <= 90) {
          upper++;
          letters++;
        } else if (c === 33) exclaims++;
        else if (c === 63) questions++;
      }
      unicodeChunk(text.slice(start, i), tokens);
      continue;
    }
    if (lastEnd >= 0 && clause) tokens[tokens.length - 1]!.stop = true;
    // A short chunk may be an emoticon: then it is one token, in place of any words read from it.
    const len = i - start;
    if (len <= 4 && (!plain || (len === 2 && (text.charCodeAt(start) | 32) === 120 && (text.charCodeAt(start + 1) | 32) === 100))) {
      const lower = text.slice(start, i).toLowerCase();
      if (EMOTICONS.has(lower)) {
        tokens.length = first;
        tokens.push({ w: lower, caps: false, elongated: false, stop: false });
      }
    }
  }
  // Capitals mark emphasis only while the text as a whole is not written in them.
  if (letters >= 8 && upper / letters > 0.7) for (const t of tokens) t.caps = false;
  return { tokens, exclaims, questions, mentions, links };
}
