// Scores a text: lexicon words with negation, intensifiers, contrast and emphasis (after VADER, Hutto & Gilbert
// 2014), plus a small linear model over words trained on review sentences. toneOf() turns this into a tone.
import model from '../../../resources/lexicons/tone-model.json';
import { ASKING_STARTS, askingCues, type AskingCues } from './tone-asking';
import { toneLexicon, wordScore } from './tone-lexicon';
import { tokenize, type ToneToken } from './tone-tokens';
import { BOOSTERS, CONTRAST, NEGATORS, STOPWORDS } from './tone-words';

export interface ToneExplanation {
  /** Lexicon total on the VADER scale (about −4…+4 per word), after emphasis. */
  lexicon: number;
  /** Combined evidence: above 0 leans pleased, below leans unhappy. */
  logit: number;
  /** Each word or phrase and how much it moved `logit`. */
  contributions: Array<{ word: string; value: number }>;
  /** Model features (words, "not_" words inside negation, word pairs); only filled for training. */
  features: string[];
  asking: AskingCues;
  /** Evidence from the words alone (logit less the model's prior); 0 when no word carried any tone. */
  evidence: number;
  /** The text names someone with @ — a message to the company rather than a comment about it. */
  addressed: boolean;
}

interface ToneModel {
  bias: number;
  lexicon: number;
  weights: Record<string, number>;
}

/** The words after which "like" is the verb. */
const LIKE_AFTER = new Set(['i', 'we', 'you', 'they', 'really', 'do', 'did', 'does', 'just', 'also', 'still', 'so', 'much', 'definitely', 'to', "don't", "didn't", 'not', 'dont', 'didnt']);
const NEGATION_SCOPE = 3;
/** "Fixed my login issue": a problem named after a word of repair is a problem solved. */
const REPAIRS = new Set(['fixed', 'fixes', 'solved', 'solves', 'resolved', 'resolves', 'repaired', 'sorted']);
const NOT_REPAIRED = -1.8;
const NEGATION_FLIP = -0.74;
const NEGATOR_VALUE = -0.3;
const CAPS_BOOST = 0.733;
// The word weights come from a few hundred review sentences: they nudge, the lexicon decides.
const MODEL_WORDS_WEIGHT = 0.5;
// Texts sharing a link (news, announcements) are mostly matter-of-fact, so their evidence counts for less.
const LINK_DAMPING = 0.6;
const ELONGATED_BOOST = 0.3;

interface Weight {
  label: string;
  value: number;
}
interface Weights {
  words: Map<string, Weight>;
  negated: Map<string, Weight>;
  pairs: Map<string, Map<string, Weight>>;
}

let weights: Weights | undefined;

// Split by kind once, so scoring looks words up without building feature strings.
function modelWeights(): Weights {
  if (weights) return weights;
  const w: Weights = { words: new Map(), negated: new Map(), pairs: new Map() };
  for (const [f, raw] of Object.entries((model as ToneModel).weights)) {
    const value = raw * MODEL_WORDS_WEIGHT;
    const space = f.indexOf(' ');
    if (space > 0) {
      const first = f.slice(0, space);
      const inner = w.pairs.get(first) ?? new Map<string, Weight>();
      inner.set(f.slice(space + 1), { label: f, value });
      w.pairs.set(first, inner);
    } else if (f.startsWith('not_')) w.negated.set(f.slice(4), { label: f.slice(4), value });
    else w.words.set(f, { label: f, value });
  }
  weights = w;
  return w;
}

/** Everything the scorer asks of one word, so each token is looked up once rather than in every list. */
interface WordFacts {
  /** Phrases starting with the word, longest first. */
  phrases: Array<{ words: string[]; value: number }> | undefined;
  /** Lexicon score as written (wordScore without the elongation fallback). */
  score: number | undefined;
  negator: boolean;
  repair: boolean;
  contrast: boolean;
  /** How much the word strengthens the next one (BOOSTERS), when it is one of them. */
  booster: number | undefined;
  model: Weight | undefined;
  negatedModel: Weight | undefined;
  pairs: Map<string, Weight> | undefined;
  /** Asking phrases starting with the word (see tone-asking). */
  asking: string[][] | undefined;
}

const NO_FACTS: WordFacts = {
  phrases: undefined,
  score: undefined,
  negator: false,
  repair: false,
  contrast: false,
  booster: undefined,
  model: undefined,
  negatedModel: undefined,
  pairs: undefined,
  asking: undefined,
};
let factsTable: Map<string, WordFacts> | undefined;

/** The facts of every word any list knows; any other word has none (NO_FACTS). Built once, on first use. */
function wordFacts(): Map<string, WordFacts> {
  if (factsTable) return factsTable;
  const lex = toneLexicon();
  const w = modelWeights();
  const table = new Map<string, WordFacts>();
  const add = (k: string) => {
    if (table.has(k)) return;
    table.set(k, {
      phrases: lex.phrases.get(k),
      score: lex.words.get(k),
      negator: NEGATORS.has(k),
      repair: REPAIRS.has(k),
      contrast: CONTRAST.has(k),
      // Own names only: "constructor" or "toString" read off the object were boosters worth NaN.
      booster: Object.hasOwn(BOOSTERS, k) ? BOOSTERS[k] : undefined,
      model: w.words.get(k),
      negatedModel: w.negated.get(k),
      pairs: w.pairs.get(k),
      asking: ASKING_STARTS.get(k),
    });
  };
  const lists: Iterable<string>[] = [
    lex.words.keys(), lex.phrases.keys(), NEGATORS, REPAIRS, CONTRAST, Object.keys(BOOSTERS),
    w.words.keys(), w.negated.keys(), w.pairs.keys(), ASKING_STARTS.keys(),
  ];
  for (const list of lists) for (const k of list) add(k);
  factsTable = table;
  return table;
}

/** wordScore() from the word's facts: the elongation-free spelling is looked up only when the word is unknown. */
function scoreOf(facts: WordFacts, tok: ToneToken): number | undefined {
  return facts.score !== undefined || !tok.elongated ? facts.score : wordScore(toneLexicon(), tok.w, true);
}

/** Model evidence, walking the tokens as featuresOf() does; each feature counts once, as in training. */
function modelPass(tokens: ToneToken[], facts: WordFacts[], contributions: Array<{ word: string; value: number }>): number {
  const seen: Weight[] = [];
  let sum = 0;
  let negLeft = 0;
  // The previous word's pairs, unless a clause ended after it (a token's word is never empty).
  let prevPairs: Map<string, Weight> | undefined;
  const add = (hit: Weight | undefined) => {
    if (!hit || seen.includes(hit)) return;
    seen.push(hit);
    sum += hit.value;
    contributions.push({ word: hit.label, value: hit.value });
  };
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as ToneToken;
    const f = facts[i] as WordFacts;
    add(negLeft > 0 ? f.negatedModel : f.model);
    if (prevPairs) add(prevPairs.get(tok.w));
    prevPairs = tok.stop ? undefined : f.pairs;
    if (f.negator) negLeft = NEGATION_SCOPE;
    else if (negLeft > 0) negLeft--;
    if (tok.stop) negLeft = 0;
  }
  return sum;
}

function matchPhrase(tokens: ToneToken[], facts: WordFacts[], i: number): { words: string[]; value: number } | undefined {
  const candidates = facts[i]?.phrases;
  if (!candidates) return undefined;
  for (const c of candidates) {
    let ok = c.words.length <= tokens.length - i;
    for (let k = 1; ok && k < c.words.length; k++) ok = tokens[i + k]?.w === c.words[k];
    if (ok) return c;
  }
  return undefined;
}

/** Lexicon pass: one value per scored word or phrase, before contrast and punctuation. */
function lexiconPass(tokens: ToneToken[], facts: WordFacts[]): { items: Array<{ word: string; value: number }>; contrastAt: number } {
  const items: Array<{ word: string; value: number }> = [];
  let contrastAt = -1;
  let negLeft = 0;
  let negator = '';
  let repairLeft = 0;
  let repair = '';
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as ToneToken;
    const f = facts[i] as WordFacts;
    const phrase = matchPhrase(tokens, facts, i);
    let value: number | undefined;
    let span = 1;
    let word = tok.w;
    if (phrase) {
      value = phrase.value;
      span = phrase.words.length;
      word = phrase.words.join(' ');
    } else if (f.negator) {
      items.push({ word: tok.w, value: NEGATOR_VALUE });
      negator = tok.w;
      negLeft = tok.stop ? 0 : NEGATION_SCOPE;
      i++;
      continue;
    } else if (f.repair && negLeft > 0) {
      // "Still not fixed": the repair that did not happen is the complaint; what follows is what stays broken.
      items.push({ word: `${negator} ${tok.w}`, value: NOT_REPAIRED });
      negLeft = 0;
      i++;
      continue;
    } else if (f.repair) {
      repair = tok.w;
      repairLeft = tok.stop ? 0 : NEGATION_SCOPE;
      i++;
      continue;
    } else if (f.contrast && contrastAt < 0 && items.length > 0) {
      contrastAt = items.length;
      negLeft = 0;
      i++;
      continue;
    } else {
      const next = tokens[i + 1];
      if (f.booster !== undefined && next && !tok.stop && (matchPhrase(tokens, facts, i + 1) || scoreOf(facts[i + 1] as WordFacts, next))) {
        i++;
        if (negLeft > 0) negLeft--;
        continue;
      }
      value = scoreOf(f, tok);
      // "like" is a feeling only as a verb ("I like it", "really like"), not in "like people suggested".
      if (tok.w === 'like' && !LIKE_AFTER.has(tokens[i - 1]?.w ?? '')) value = undefined;
    }
    if (value) {
      const sign = Math.sign(value);
      for (let back = 1; back <= 2; back++) {
        const b = facts[i - back]?.booster;
        if (b !== undefined) value += sign * b * (back === 1 ? 1 : 0.95);
      }
      if (tok.caps) value += sign * CAPS_BOOST;
      if (tok.elongated) value += sign * ELONGATED_BOOST;
      if (negLeft > 0 && !phrase) {
        value *= NEGATION_FLIP;
        word = `${negator} ${word}`; // shown as "not helpful", not "helpful"
      } else if (repairLeft > 0 && value < 0) {
        value *= NEGATION_FLIP;
        word = `${repair} ${word}`;
      }
      items.push({ word, value });
    }
    const last = tokens[i + span - 1] as ToneToken;
    if (phrase && NEGATORS.has(phrase.words[phrase.words.length - 1] ?? '')) negLeft = NEGATION_SCOPE + 1;
    negLeft = last.stop ? 0 : Math.max(0, negLeft - span);
    repairLeft = last.stop ? 0 : Math.max(0, repairLeft - span);
    i += span;
  }
  return { items, contrastAt };
}

/** Numbers and function words get no weight of their own: in a few hundred sentences they only learn noise. */
function isContentWord(w: string): boolean {
  return !STOPWORDS.has(w) && !/^\d+$/.test(w);
}

/** Model features: words (marked "not_" inside a negation), emoji, and neighbouring word pairs. */
function featuresOf(tokens: ToneToken[]): string[] {
  const out: string[] = [];
  let negLeft = 0;
  let prev = '';
  for (const tok of tokens) {
    const w = tok.w;
    if (isContentWord(w)) out.push(negLeft > 0 ? 'not_' + w : w);
    if (prev) out.push(prev + ' ' + w);
    prev = tok.stop ? '' : w;
    if (NEGATORS.has(w)) negLeft = NEGATION_SCOPE;
    else if (negLeft > 0) negLeft--;
    if (tok.stop) negLeft = 0;
  }
  return out;
}

/**
 * The most of a text that is read for its tone. How someone feels shows in what they write first, and 20,000
 * characters is pages, far more than any review, post or comment (the stored excerpt is 320); past it, more
 * text changes little and costs time in proportion, and a pasted or piped-in file of megabytes would hold up
 * the answers after it.
 */
export const TONE_READS_CHARS = 20_000;

export function explainTone(input: string, options: { withoutModel?: boolean } = {}): ToneExplanation {
  const text = input.length > TONE_READS_CHARS ? input.slice(0, TONE_READS_CHARS) : input;
  const tt = tokenize(text);
  const table = wordFacts();
  const facts = tt.tokens.map((t) => table.get(t.w) ?? NO_FACTS);
  const { items, contrastAt } = lexiconPass(tt.tokens, facts);
  if (contrastAt >= 0) {
    for (let k = 0; k < items.length; k++) {
      const item = items[k] as { word: string; value: number };
      item.value *= k < contrastAt ? 0.5 : 1.5;
    }
  }
  let lexicon = 0;
  for (const item of items) lexicon += item.value;
  if (lexicon !== 0) {
    const sign = Math.sign(lexicon);
    lexicon += sign * Math.min(tt.exclaims, 4) * 0.292;
    if (tt.questions > 1) lexicon += sign * Math.min(tt.questions * 0.18, 0.96);
  }
  const asking = askingCues(text, tt.tokens, facts);
  const addressed = tt.mentions > 0;
  if (options.withoutModel) {
    const features = featuresOf(tt.tokens);
    return { lexicon, logit: lexicon, contributions: items, features, asking, evidence: lexicon, addressed };
  }
  const m = model as ToneModel;
  // The lexicon items become the contributions, scaled in place: nothing else reads them after the sum above.
  const contributions = items;
  for (const c of contributions) c.value = c.value * m.lexicon;
  let evidence = lexicon * m.lexicon + modelPass(tt.tokens, facts, contributions);
  if (tt.links > 0) evidence *= LINK_DAMPING;
  return { lexicon, logit: m.bias + evidence, contributions, features: [], asking, evidence, addressed };
}
