// Tone of a customer comment — pleased, unhappy, asking or neutral — computed locally and fast (no network,
// no big model). The words that tipped it are returned so the UI can show why.
import { explainTone } from './tone-explain';
import { STOPWORDS } from './tone-words';

export type Tone = 'pleased' | 'unhappy' | 'asking' | 'neutral';

export interface ToneResult {
  tone: Tone;
  /** The words that tipped it, strongest first (at most five). */
  words: string[];
  /** −1 (very unhappy) … +1 (very pleased); 0 when there is nothing to go on. */
  score: number;
}

// Thresholds on the combined evidence for messages addressed to the company (@name): many of those are plain
// requests or news, so only clear feeling counts.
const PLEASED_AT = 1.2;
const UNHAPPY_AT = -1.0;
// A comment about the company (a review, a forum post) that carries any feeling at all is an opinion: it
// leans to whichever side the evidence is on; with nothing to go on it stays neutral.
const OPINION_SPLIT_AT = -0.15;
const NOTHING_BELOW = 0.1;
// Faint evidence that no single word carries ("I ride to work every day.") is a plain statement, not an opinion.
const FAINT_BELOW = 0.5;
// A real question stays "asking" unless the feeling in it is strong.
const ASKING_PLEASED_AT = 4.0;
const ASKING_UNHAPPY_AT = -1.6;
const MAX_WORDS = 5;

/** Whether every word of a word or phrase is a function word (a phrase is split only when it is one). */
function allStopwords(w: string): boolean {
  return w.includes(' ') ? w.split(' ').every((part) => STOPWORDS.has(part)) : STOPWORDS.has(w);
}

function tippingWords(contributions: Array<{ word: string; value: number }>, sign: number): string[] {
  const byWord = new Map<string, number>();
  for (const c of contributions) byWord.set(c.word, (byWord.get(c.word) ?? 0) + c.value);
  const chosen = [...byWord].filter(([w, v]) => v * sign > 0.25 && !allStopwords(w));
  // A single word already shown inside a phrase ("not" in "not helpful") adds nothing.
  const inPhrases = new Set(chosen.flatMap(([w]) => (w.includes(' ') ? w.split(' ') : [])));
  return chosen
    .filter(([w]) => w.includes(' ') || !inPhrases.has(w))
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
    .slice(0, MAX_WORDS)
    .map(([w]) => w);
}

export function toneOf(text: string): ToneResult {
  if (typeof text !== 'string' || !text.trim()) return { tone: 'neutral', words: [], score: 0 };
  const x = explainTone(text);
  const score = Math.round(Math.tanh(x.logit / 2) * 1000) / 1000;
  const asks = x.asking.asks && !x.asking.rhetorical;
  if (asks && x.logit > ASKING_UNHAPPY_AT && x.logit < ASKING_PLEASED_AT) {
    return { tone: 'asking', words: [...new Set(x.asking.cues)].slice(0, MAX_WORDS), score };
  }
  const pleased = (): ToneResult => ({ tone: 'pleased', words: tippingWords(x.contributions, 1), score });
  const unhappy = (): ToneResult => ({ tone: 'unhappy', words: tippingWords(x.contributions, -1), score });
  if (!x.addressed) {
    if (Math.abs(x.evidence) < NOTHING_BELOW) return { tone: 'neutral', words: [], score: 0 };
    const leaning = x.logit >= OPINION_SPLIT_AT ? pleased() : unhappy();
    return leaning.words.length || Math.abs(x.logit) >= FAINT_BELOW ? leaning : { tone: 'neutral', words: [], score };
  }
  if (x.logit >= PLEASED_AT) return pleased();
  if (x.logit <= UNHAPPY_AT) return unhappy();
  return { tone: 'neutral', words: [], score };
}

const STAR_WORDS = ['no stars', 'one star', 'two stars', 'three stars', 'four stars', 'five stars'];

/**
 * A review's tone. Its stars are the reviewer's own word on how they feel: one or two is unhappy, four or five
 * pleased (a real question still asks: "Solid app. Will there be a watch app?"); with three stars, or none, the
 * words decide. The stars are then the words that tipped it.
 */
export function toneOfReview(text: string, stars: number | null): ToneResult {
  const heard = toneOf(text);
  if (stars === null || (stars > 2 && stars < 4)) return heard;
  const said = [Number.isInteger(stars) ? STAR_WORDS[stars]! : `${stars} stars`];
  if (stars <= 2) return { tone: 'unhappy', words: said, score: Math.min(heard.score, 0) };
  if (heard.tone === 'asking') return heard;
  return { tone: 'pleased', words: said, score: Math.max(heard.score, 0) };
}
