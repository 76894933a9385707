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
const ASCII_WORD = /[A-Za-z0-9]+(?:'[A-Za-z]+)*/g;
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

/** One pass over the characters: "!" and "?" counts, and whether the text is written in capitals throughout. */
function scan(text: string): { exclaims: number; questions: number; shouting: boolean } {
  let letters = 0;
  let upper = 0;
  let exclaims = 0;
  let questions = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c === 33) exclaims++;
    else if (c === 63) questions++;
  }
  return { exclaims, questions, shouting: letters >= 8 && upper / letters > 0.7 };
}

export function tokenize(input: string): ToneText {
  const { text, mentions, links } = cleanText(input);
  const { exclaims, questions, shouting } = scan(text);
  const tokens: ToneToken[] = [];
  for (const chunk of text.split(/\s+/)) {
    if (!chunk) continue;
    if (chunk.length <= 4 && EMOTICONS.has(chunk.toLowerCase())) {
      tokens.push({ w: chunk.toLowerCase(), caps: false, elongated: false, stop: false });
      continue;
    }
    const ascii = !NON_ASCII.test(chunk);
    const emoji = ascii ? null : chunk.match(EMOJI);
    const wordRe = ascii ? ASCII_WORD : WORD;
    let lastEnd = 0;
    wordRe.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = wordRe.exec(chunk)) !== null) {
      const raw = m[0];
      const prev = tokens[tokens.length - 1];
      if (prev && lastEnd > 0 && m.index > lastEnd && CLAUSE_END.test(chunk.slice(lastEnd, m.index))) prev.stop = true;
      lastEnd = m.index + raw.length;
      const lower = raw.toLowerCase();
      const cut = cutRuns(lower);
      tokens.push({
        w: cut,
        caps: !shouting && raw.length > 1 && raw !== lower && raw === raw.toUpperCase(),
        elongated: cut !== lower,
        stop: false,
      });
    }
    const last = tokens[tokens.length - 1];
    if (last && lastEnd > 0 && lastEnd < chunk.length && CLAUSE_END.test(chunk.slice(lastEnd))) last.stop = true;
    if (emoji) for (const e of emoji) tokens.push({ w: e, caps: false, elongated: false, stop: false });
  }
  return { tokens, exclaims, questions, mentions, links };
}
