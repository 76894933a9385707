// Words of a conversation as themes see them: lower-cased, links and @handles gone, each word cut to a rough
// stem so "delayed", "delays" and "delay" (or "cancelled", "cancellation", "canceled") count as one.

export interface ThemeToken {
  /** The rough stem ("delay", "cancel", "battery"). */
  stem: string;
  /** The word as written, lower-cased (for labels). */
  word: string;
}

const LINK = /https?:\/\/\S+|www\.\S+/giu;
const HANDLE = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;
const ENTITY = /&(?:amp|lt|gt|quot|#39|#x27|apos);/g;
const DOUBLE = /([bdfgklmnprtz])\1$/;

/** A light English stemmer: enough for grouping, not a linguistic analysis. */
export function stem(word: string): string {
  let w = word.toLowerCase().replace(/['’].*$/u, '');
  if (w.length <= 3 || /\d/.test(w)) return w;
  let cut = false;
  if (w.endsWith('ies') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('ied') && w.length > 4) w = w.slice(0, -3) + 'y';
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ations') || w.endsWith('ation')) {
    w = w.slice(0, w.lastIndexOf('ation'));
    cut = true;
  } else if (w.endsWith('ings') && w.length > 6) {
    w = w.slice(0, -4);
    cut = true;
  } else if (w.endsWith('ing') && w.length > 5) {
    w = w.slice(0, -3);
    cut = true;
  } else if (w.endsWith('ed') && !w.endsWith('eed') && w.length > 4) {
    w = w.slice(0, -2);
    cut = true;
  } else if (w.endsWith('es') && /(?:ch|sh|x|ss)es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is|ous)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  // "cancell" → "cancel", "stopp" → "stop"; whole words too so "staff" and "staffed" agree.
  if ((cut || w.length >= 5) && w.length > 3 && DOUBLE.test(w)) w = w.slice(0, -1);
  return w;
}

const stemCache = new Map<string, string>();
function cachedStem(word: string): string {
  let s = stemCache.get(word);
  if (s === undefined) {
    s = stem(word);
    if (stemCache.size < 200_000) stemCache.set(word, s);
  }
  return s;
}

/** Cleans a text for themes: no links, no @handles; "#LostBags" stays as the word "lostbags". */
// What link aggregators add to every post ("submitted by /u/x [link] [comments]", "Points: 12"): not topics.
const BOILERPLATE =
  /\bsubmitted by\b|\/u\/[\w-]+|\[(?:link|comments)\]|(?:\b(?:article url|comments url|points)|#\s*comments)\s*:\s*\S*/gi;

export function cleanForThemes(text: string): string {
  // Each pass only when it can matter: this runs for every conversation of the window.
  let t = text;
  if (t.includes('/u/') || t.includes('[link]') || t.includes(': ')) t = t.replace(BOILERPLATE, ' ');
  if (t.includes('&')) t = t.replace(ENTITY, ' ');
  if (t.includes('http') || t.includes('www.')) t = t.replace(LINK, ' ');
  if (t.includes('@')) t = t.replace(HANDLE, '$1 ');
  return t.toLowerCase();
}

// Anything outside printable ASCII (and ordinary whitespace) takes the Unicode path.
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)?/g;

export function themeTokens(text: string): ThemeToken[] {
  const out: ThemeToken[] = [];
  const clean = cleanForThemes(text);
  if (!NON_ASCII.test(clean)) {
    for (const word of clean.match(ASCII_WORD) ?? []) out.push({ word, stem: cachedStem(word) });
    return out;
  }
  for (const m of clean.matchAll(WORD)) {
    const word = m[0].replace(/’/g, "'");
    out.push({ word, stem: cachedStem(word) });
  }
  return out;
}

/** The stems of a phrase, joined by spaces ("lost bags" → "lost bag"). */
export function stemPhrase(phrase: string): string {
  return themeTokens(phrase)
    .map((t) => t.stem)
    .join(' ');
}
