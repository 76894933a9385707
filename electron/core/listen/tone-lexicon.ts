// The word scores the tone scorer looks up: the general VADER lexicon and an emoji list (both bundled JSON),
// overridden by our own customer-talk words. Built once, on first use.
import vader from '../../../resources/lexicons/vader-lexicon.json';
import emoji from '../../../resources/lexicons/emoji-lexicon.json';
import { CUSTOMER_PHRASES, CUSTOMER_WORDS } from './tone-words';

export interface ToneLexicon {
  words: Map<string, number>;
  /** First word → phrases starting with it (longest first), each as its words and score. */
  phrases: Map<string, Array<{ words: string[]; value: number }>>;
}

let built: ToneLexicon | undefined;

export function toneLexicon(): ToneLexicon {
  if (built) return built;
  const words = new Map<string, number>();
  for (const [w, v] of Object.entries(vader as Record<string, number>)) words.set(w, v);
  // Emoji are keyed without the presentation selector (U+FE0F); the tokenizer drops it too.
  for (const [w, v] of Object.entries(emoji as Record<string, number>)) words.set(w.replace(/\uFE0F/g, ''), v);
  for (const [w, v] of Object.entries(CUSTOMER_WORDS)) words.set(w, v);
  const phrases = new Map<string, Array<{ words: string[]; value: number }>>();
  for (const [p, value] of Object.entries(CUSTOMER_PHRASES)) {
    const parts = p.split(' ');
    const first = parts[0] ?? '';
    const list = phrases.get(first) ?? [];
    list.push({ words: parts, value });
    list.sort((a, b) => b.words.length - a.words.length);
    phrases.set(first, list);
  }
  built = { words, phrases };
  return built;
}

/** Score of a word, trying the elongation-free spelling ("gooood" → "good") when the cut one is unknown. */
export function wordScore(lex: ToneLexicon, w: string, elongated: boolean): number | undefined {
  const v = lex.words.get(w);
  if (v !== undefined || !elongated) return v;
  return lex.words.get(w.replace(/(\p{L})\1+/gu, '$1'));
}
