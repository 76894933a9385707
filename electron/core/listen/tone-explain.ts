// Scores a text: lexicon words with negation, intensifiers, contrast and emphasis (after VADER, Hutto & Gilbert
// 2014), plus a small linear model over words trained on review sentences. toneOf() turns this into a tone.
import model from '../../../resources/lexicons/tone-model.json';
import { askingCues, type AskingCues } from './tone-asking';
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

/** Model evidence, walking the tokens as featuresOf() does; each feature counts once, as in training. */
function modelPass(tokens: ToneToken[], contributions: Array<{ word: string; value: number }>): number {
  const w = modelWeights();
  const seen: Weight[] = [];
  let sum = 0;
  let negLeft = 0;
  let prev = '';
  const add = (hit: Weight | undefined) => {
    if (!hit || seen.includes(hit)) return;
    seen.push(hit);
    sum += hit.value;
    contributions.push({ word: hit.label, value: hit.value });
  };
  for (const tok of tokens) {
    add(negLeft > 0 ? w.negated.get(tok.w) : w.words.get(tok.w));
    if (prev) add(w.pairs.get(prev)?.get(tok.w));
    prev = tok.stop ? '' : tok.w;
    if (NEGATORS.has(tok.w)) negLeft = NEGATION_SCOPE;
    else if (negLeft > 0) negLeft--;
    if (tok.stop) negLeft = 0;
  }
  return sum;
}

function matchPhrase(tokens: ToneToken[], i: number): { words: string[]; value: number } | undefined {
  const first = tokens[i];
  if (!first) return undefined;
  const candidates = toneLexicon().phrases.get(first.w);
  if (!candidates) return undefined;
  for (const c of candidates) {
    let ok = c.words.length <= tokens.length - i;
    for (let k = 1; ok && k < c.words.length; k++) ok = tokens[i + k]?.w === c.words[k];
    if (ok) return c;
  }
  return undefined;
}

/** Lexicon pass: one value per scored word or phrase, before contrast and punctuation. */
function lexiconPass(tokens: ToneToken[]): { items: Array<{ word: string; value: number }>; contrastAt: number } {
  const lex = toneLexicon();
  const items: Array<{ word: string; value: number }> = [];
  let contrastAt = -1;
  let negLeft = 0;
  let negator = '';
  let repairLeft = 0;
  let repair = '';
  for (let i = 0; i < tokens.length; ) {
    const tok = tokens[i] as ToneToken;
    const phrase = matchPhrase(tokens, i);
    let value: number | undefined;
    let span = 1;
    let word = tok.w;
    if (phrase) {
      value = phrase.value;
      span = phrase.words.length;
      word = phrase.words.join(' ');
    } else if (NEGATORS.has(tok.w)) {
      items.push({ word: tok.w, value: NEGATOR_VALUE });
      negator = tok.w;
      negLeft = tok.stop ? 0 : NEGATION_SCOPE;
      i++;
      continue;
    } else if (REPAIRS.has(tok.w) && negLeft > 0) {
      // "Still not fixed": the repair that did not happen is the complaint; what follows is what stays broken.
      items.push({ word: `${negator} ${tok.w}`, value: NOT_REPAIRED });
      negLeft = 0;
      i++;
      continue;
    } else if (REPAIRS.has(tok.w)) {
      repair = tok.w;
      repairLeft = tok.stop ? 0 : NEGATION_SCOPE;
      i++;
      continue;
    } else if (CONTRAST.has(tok.w) && contrastAt < 0 && items.length > 0) {
      contrastAt = items.length;
      negLeft = 0;
      i++;
      continue;
    } else {
      const booster = BOOSTERS[tok.w];
      const next = tokens[i + 1];
      if (booster !== undefined && next && !tok.stop && (matchPhrase(tokens, i + 1) || wordScore(lex, next.w, next.elongated))) {
        i++;
        if (negLeft > 0) negLeft--;
        continue;
      }
      value = wordScore(lex, tok.w, tok.elongated);
      // "like" is a feeling only as a verb ("I like it", "really like"), not in "like people suggested".
      if (tok.w === 'like' && !LIKE_AFTER.has(tokens[i - 1]?.w ?? '')) value = undefined;
    }
    if (value) {
      const sign = Math.sign(value);
      for (let back = 1; back <= 2; back++) {
        const b = BOOSTERS[tokens[i - back]?.w ?? ''];
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
  const { items, contrastAt } = lexiconPass(tt.tokens);
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
  const asking = askingCues(text, tt.tokens);
  const addressed = tt.mentions > 0;
  if (options.withoutModel) {
    const features = featuresOf(tt.tokens);
    return { lexicon, logit: lexicon, contributions: items, features, asking, evidence: lexicon, addressed };
  }
  const m = model as ToneModel;
  const contributions = items.map((c) => ({ word: c.word, value: c.value * m.lexicon }));
  let evidence = lexicon * m.lexicon + modelPass(tt.tokens, contributions);
  if (tt.links > 0) evidence *= LINK_DAMPING;
  return { lexicon, logit: m.bias + evidence, contributions, features: [], asking, evidence, addressed };
}
