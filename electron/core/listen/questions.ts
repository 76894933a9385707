// Questions: does a conversation ask the company something — to answer now, or to close the loop later?
// "@kestrel when will the app be fixed?", "Does Kestrel plan to…", "how do I reset my lock?" ask;
// "who even designs this?!" and "why would anyone buy this?" complain in the shape of a question.

const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const WORDS = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Openers of a real question. */
const OPENERS = new Set([
  'how', 'what', 'when', 'where', 'which', 'who', 'is', 'are', 'can', 'could', 'will', 'would', 'do', 'does',
  'did', 'should', 'may', 'might', 'have', 'has', 'any', 'anyone', 'anybody', 'am', 'shall', 'why', 'whats',
  "what's", "when's", "where's", "how's", 'is there', 'please',
]);

/** Asking without a question mark ("does anyone know if…", "please let me know when…"). */
const ASKING_PHRASES = [
  'does anyone know', 'anyone know', 'anybody know', 'how do i', 'how can i', 'how do you', 'is there a way',
  'is there any way', 'can you', 'could you', 'would you', 'will you', 'when will', 'wondering if',
  'wondering whether', 'i wonder', 'any idea', 'any update', 'any news', 'please advise', 'please confirm',
  'please let me know', 'let me know', 'quick question', 'need to know', 'do you plan', 'are you planning',
  'plan to', 'planning to', 'any plans',
].map((p) => p.split(' '));

/** Openers that make a question rhetorical: the writer complains, not asks. */
const RHETORICAL = [
  'why would anyone', 'why would anybody', 'why would i', 'why would you ever', 'who even', 'who thought',
  'who designs', 'who designed', 'who on earth', 'who in their right mind', 'what were you thinking',
  'what were they thinking', "what's the point", 'what is the point', 'how hard is it', 'how hard can it be',
  'how is this acceptable', 'how is that acceptable', 'how is this ok', 'are you kidding', 'are you serious',
  'are you joking', 'is this a joke', 'seriously', 'really', 'what the', 'wtf', 'who cares', 'why bother',
  'how dare', 'why me', 'what happened to customer service', 'can it get any worse', 'could it be any worse',
  'is it reasonable', 'is it too much to ask', 'how about', 'do you even', 'does anyone even', 'how many times',
  'why should i', 'why is it so hard', 'why is it always', 'why does it always', 'who does that',
].map((p) => p.split(' '));

/** Second person: the question is put to the company. */
const YOU = new Set(['you', 'your', "you're", 'youre', 'u', 'ur', "you've", "you'll", 'yours', 'y’all', "y'all", 'yall']);
/** First person with an opener: a how-to question about the writer's own case ("how do I…", "can I…"). */
const ME = new Set(['i', 'my', 'me', 'we', 'our', 'us', "i'm", 'im', "i've"]);

function words(sentence: string): string[] {
  return (sentence.toLowerCase().replace(/https?:\/\/\S+/g, ' ').replace(/(^|\s)[@#][\w.]+/g, ' ').match(WORDS) ?? []).map((w) =>
    w.replace(/’/g, "'"),
  );
}

function startsAt(ws: string[], phrase: string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (ws[at + k] !== phrase[k]) return false;
  return true;
}

function has(ws: string[], phrases: string[][], onlyStart = false): boolean {
  const last = onlyStart ? 0 : ws.length - 1;
  for (let i = 0; i <= last; i++) for (const p of phrases) if (p[0] === ws[i] && startsAt(ws, p, i)) return true;
  return false;
}

// The pattern for a list of watch words, kept for the next call: the listen step asks with the same names for
// every conversation of a sync. The patterns have no g flag, so sharing one keeps no state between texts.
const patterns = new Map<string, RegExp | null>();

function watchPattern(watchWords: string[]): RegExp | null {
  const key = JSON.stringify(watchWords);
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    pattern = compileWatchPattern(watchWords);
    if (patterns.size >= 100) patterns.clear();
    patterns.set(key, pattern);
  }
  return pattern;
}

function compileWatchPattern(watchWords: string[]): RegExp | null {
  const parts = watchWords
    .map((w) => w.trim().replace(/^[@#]/, ''))
    .filter((w) => w.length > 1)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!parts.length) return null;
  return new RegExp(`(?<![\\p{L}\\p{N}])[@#]?(?:${parts.join('|')})(?![\\p{L}\\p{N}])`, 'iu');
}

interface Asking {
  sentence: string;
  toCompany: boolean;
}

function askingSentences(text: string, watch: RegExp | null): Asking[] {
  const out: Asking[] = [];
  const mentionsCompany = watch ? watch.test(text) : false;
  const addressed = /^\s*[@]/.test(text);
  for (const m of text.match(SENTENCE) ?? []) {
    const sentence = m.trim();
    const ws = words(sentence);
    if (!ws.length) continue;
    const question = /\?/.test(sentence);
    // Drop a polite lead-in so "Hi, can you…" and "Kestrel, can you…" are read from the asking word.
    const lead = ['hi', 'hey', 'hello', 'so', 'ok', 'okay', 'also', 'and', 'but', 'btw', 'quick', 'question'];
    let start = 0;
    while (start < ws.length - 1 && lead.includes(ws[start] ?? '')) start++;
    const rest = ws.slice(start);
    if (has(rest, RHETORICAL, true) || (question && /\?\s*!|!\s*\?/.test(sentence) && ['who', 'why', 'what'].includes(rest[0] ?? ''))) continue;
    const phrase = has(ws, ASKING_PHRASES);
    const opener = OPENERS.has(rest[0] ?? '') || (watch !== null && watch.test(sentence) && OPENERS.has(rest[1] ?? ''));
    if (!question && !phrase) continue;
    // A lone "Why?" or "Huh?" is a reaction, not a question.
    if (question && !phrase && !opener && rest.length < 3) continue;
    const toYou = ws.some((w) => YOU.has(w));
    const forMe = opener && ws.some((w) => ME.has(w));
    const toCompany = (watch !== null && watch.test(sentence)) || toYou || forMe || phrase || mentionsCompany || addressed;
    out.push({ sentence, toCompany });
  }
  return out;
}

/** Does the conversation ask the company (named by its watch words) something? */
export function asksCompany(text: string, watchWords: string[]): boolean {
  if (typeof text !== 'string' || !text.trim()) return false;
  return askingSentences(text, watchPattern(watchWords)).some((a) => a.toCompany);
}

/** The asking sentence, for the brief to quote; null when nothing is asked. */
export function questionSentence(text: string, watchWords: string[] = []): string | null {
  if (typeof text !== 'string' || !text.trim()) return null;
  const asks = askingSentences(text, watchPattern(watchWords));
  const best = asks.find((a) => a.toCompany) ?? asks[0];
  return best ? best.sentence : null;
}
