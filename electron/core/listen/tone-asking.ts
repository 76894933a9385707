// Does the text ask the company something? "@acme when will…?", "does anyone know if…", "how do I…" ask;
// "why is this so slow?", "seriously?" complain in the shape of a question.
import { ASKING_PHRASES, QUESTION_OPENERS, RHETORICAL } from './tone-words';

export interface AskingCues {
  asks: boolean;
  rhetorical: boolean;
  /** The words that made it a question, for display. */
  cues: string[];
}

// One-word questions that complain ("Really?", "Again?").
const SHORT_RHETORICAL = new Set(['really', 'seriously', 'again', 'srsly', 'what', 'huh', 'wtf', 'why', 'how']);
const SENTENCE = /[^.!?]+[.!?]*/g;

function words(sentence: string): string[] {
  return (
    sentence
      .toLowerCase()
      .replace(/(^|\s)[@#]\w+/g, ' ')
      .replace(/https?:\/\/\S+/g, ' ')
      .replace(/[’‘]/g, "'")
      .match(/[a-z0-9]+(?:'[a-z]+)?/g) ?? []
  );
}

function startsWith(ws: string[], phrase: string[], at: number): boolean {
  for (let k = 0; k < phrase.length; k++) if (ws[at + k] !== phrase[k]) return false;
  return true;
}

const ASKING = new Map<string, string[][]>();
for (const p of ASKING_PHRASES) {
  const parts = p.split(' ');
  const list = ASKING.get(parts[0] ?? '') ?? [];
  list.push(parts);
  ASKING.set(parts[0] ?? '', list);
}
/** Asking phrases by first word (each as its words), for a caller that looks each word up once for all lists. */
export const ASKING_STARTS: ReadonlyMap<string, string[][]> = ASKING;
const RHETORICAL_SPLIT = [...RHETORICAL].map((p) => p.split(' '));

/**
 * The first asking phrase among `count` words, the i-th being wordAt(i) (no question mark: only a phrase can make
 * it a question). startsAt(i), when given, is the i-th word's ASKING_STARTS entry, already looked up.
 */
function phraseIn(
  count: number,
  wordAt: (i: number) => string | undefined,
  startsAt?: (i: number) => string[][] | undefined,
): string | undefined {
  for (let i = 0; i < count; i++) {
    const candidates = startsAt ? startsAt(i) : ASKING.get(wordAt(i) ?? '');
    if (!candidates) continue;
    for (const p of candidates) {
      let k = 0;
      while (k < p.length && wordAt(i + k) === p[k]) k++;
      if (k === p.length) return p.join(' ');
    }
  }
  return undefined;
}

export function askingCues(text: string, tokens?: Array<{ w: string }>, starts?: ArrayLike<{ asking: string[][] | undefined }>): AskingCues {
  if (tokens && !text.includes('?')) {
    // The hot path (most texts ask nothing): the tokens are read in place, not copied out as words.
    const found = phraseIn(tokens.length, (i) => tokens[i]?.w, starts && ((i) => starts[i]!.asking));
    return found ? { asks: true, rhetorical: false, cues: [found] } : { asks: false, rhetorical: false, cues: [] };
  }
  const cues: string[] = [];
  let asks = false;
  let rhetorical = false;
  const sentences = text.match(SENTENCE) ?? [];
  for (const sentence of sentences) {
    const ws = words(sentence);
    if (!ws.length) continue;
    const isQuestion = sentence.includes('?');
    const rhet = RHETORICAL_SPLIT.find((p) => startsWith(ws, p, 0));
    if (isQuestion && rhet) {
      rhetorical = true;
      continue;
    }
    const found = phraseIn(ws.length, (i) => ws[i]);
    if (isQuestion) {
      const first = ws[0] ?? '';
      if (found || QUESTION_OPENERS.has(first) || ws.length > 1) {
        asks = true;
        cues.push(found ?? (QUESTION_OPENERS.has(first) ? `${first} …?` : '?'));
      } else if (SHORT_RHETORICAL.has(first)) rhetorical = true;
    } else if (found && sentence.length > 0) {
      asks = true;
      cues.push(found);
    }
  }
  return { asks, rhetorical, cues };
}
