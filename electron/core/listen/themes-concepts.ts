// Matches conversations against the concept vocabulary and names a concept's group (its variant or facets).
import { CONCEPTS, type Concept } from './themes-vocabulary';
import { stemPhrase, type ThemeToken } from './themes-text';

/** A conversation ready for grouping. */
export interface ThemeDoc {
  index: number;
  tokens: ThemeToken[];
  /** Stems present (ignored words left out). */
  stems: Set<string>;
  /** Ignored positions (watch words) break phrases and never count. */
  ignored: boolean[];
}

interface TermEntry {
  seq: string[];
  concept: number;
  weight: number;
  /** The term as written in the vocabulary, for key words. */
  text: string;
}

export interface ConceptMatch {
  concept: number;
  score: number;
  /** Vocabulary terms found, as written there. */
  terms: string[];
}

/** Below this a conversation is not clearly about any concept. */
export const MIN_CONCEPT_SCORE = 1.5;

const byFirst = new Map<string, TermEntry[]>();
CONCEPTS.forEach((c, concept) => {
  // "delay", "delays" and "delayed" share a stem: one term, counted once, at its strongest weight.
  const byStems = new Map<string, TermEntry>();
  for (const [text, weight] of Object.entries(c.terms)) {
    const key = stemPhrase(text);
    const had = byStems.get(key);
    if (!had || weight > had.weight) byStems.set(key, { seq: key.split(' ').filter(Boolean), concept, weight, text: had?.text ?? text });
  }
  for (const entry of byStems.values()) {
    const first = entry.seq[0];
    if (!first) continue;
    const list = byFirst.get(first) ?? [];
    list.push(entry);
    byFirst.set(first, list);
  }
});
// Longest phrases first so "lost luggage" is seen before "luggage" (both still count: they are separate terms).
for (const list of byFirst.values()) list.sort((a, b) => b.seq.length - a.seq.length);

const whenStems = new Map<Concept, Array<Set<string>>>();
const facetStems = new Map<Concept, Array<Set<string>>>();
for (const c of CONCEPTS) {
  whenStems.set(c, (c.variants ?? []).map((v) => new Set(v.when.map((w) => stemPhrase(w)))));
  facetStems.set(c, (c.facets ?? []).map((f) => new Set(f.words.map((w) => stemPhrase(w)))));
}

/** The concept a conversation is most about, or null when nothing is said clearly enough. */
export function matchConcept(doc: ThemeDoc): ConceptMatch | null {
  const scores = new Map<number, { score: number; terms: string[] }>();
  const seen = new Set<TermEntry>();
  const { tokens, ignored } = doc;
  // A word read as part of a phrase ("on hold") does not count again alone ("hold") for the same concept.
  const used = new Map<number, Set<number>>();
  for (let i = 0; i < tokens.length; i++) {
    if (ignored[i]) continue;
    const list = byFirst.get((tokens[i] as ThemeToken).stem);
    if (!list) continue;
    for (const entry of list) {
      if (seen.has(entry)) continue;
      let ok = true;
      for (let k = 1; k < entry.seq.length && ok; k++) {
        const t = tokens[i + k];
        ok = t !== undefined && !ignored[i + k] && t.stem === entry.seq[k];
      }
      if (!ok) continue;
      const taken = used.get(entry.concept) ?? new Set<number>();
      if (taken.has(i)) continue;
      for (let k = 0; k < entry.seq.length; k++) taken.add(i + k);
      used.set(entry.concept, taken);
      seen.add(entry);
      const s = scores.get(entry.concept) ?? { score: 0, terms: [] };
      s.score += entry.weight;
      s.terms.push(entry.text);
      scores.set(entry.concept, s);
    }
  }
  let best: ConceptMatch | null = null;
  for (const [concept, s] of scores) {
    if (s.score < MIN_CONCEPT_SCORE) continue;
    if (!best || s.score > best.score || (s.score === best.score && concept < best.concept)) {
      best = { concept, score: s.score, terms: s.terms };
    }
  }
  const yields = best ? CONCEPTS[best.concept]?.yieldsTo : undefined;
  if (best && yields) {
    for (const key of yields) {
      const concept = CONCEPTS.findIndex((c) => c.key === key);
      const s = scores.get(concept);
      if (s && s.score >= MIN_CONCEPT_SCORE) return { concept, score: s.score, terms: s.terms };
    }
  }
  return best;
}

function shareWith(docs: ThemeDoc[], stems: Set<string>): number {
  if (!docs.length) return 0;
  let n = 0;
  for (const d of docs) {
    for (const s of stems) {
      if (d.stems.has(s)) {
        n++;
        break;
      }
    }
  }
  return n / docs.length;
}

/** "seats and wifi"; "wifi, food and drinks" rather than "wifi and food and drinks". */
function joinLabels(labels: string[]): string {
  const [a, b] = labels;
  if (!a || !b) return a ?? '';
  if (a.includes(' and ')) return `${b}, ${a}`;
  if (b.includes(' and ')) return `${a}, ${b}`;
  return `${a} and ${b}`;
}

/** Key and label for a concept's members; a name used yesterday wins when it still fits. */
export function nameConcept(
  concept: Concept,
  members: ThemeDoc[],
  previousKeys: ReadonlySet<string>,
): { key: string; label: string } {
  const facets = concept.facets ?? [];
  if (facets.length) {
    const sets = facetStems.get(concept) ?? [];
    const shares = facets.map((f, i) => ({ f, share: shareWith(members, sets[i] ?? new Set()) }));
    const previous = [...previousKeys].find((k) => {
      if (!k.startsWith(concept.key + '/')) return false;
      const keys = k.slice(concept.key.length + 1).split('+');
      return keys.every((fk) => (shares.find((s) => s.f.key === fk)?.share ?? 0) >= 0.15);
    });
    const chosen = previous
      ? previous.slice(concept.key.length + 1).split('+').map((fk) => shares.find((s) => s.f.key === fk)?.f)
      : shares
          .filter((s) => s.share >= 0.25)
          .sort((a, b) => b.share - a.share || facets.indexOf(a.f) - facets.indexOf(b.f))
          .slice(0, 2)
          .map((s) => s.f);
    const picked = chosen.filter((f): f is NonNullable<typeof f> => f !== undefined);
    if (!picked.length) return { key: concept.key, label: concept.label };
    return { key: `${concept.key}/${picked.map((f) => f.key).join('+')}`, label: joinLabels(picked.map((f) => f.label)) };
  }
  const variants = concept.variants ?? [];
  const sets = whenStems.get(concept) ?? [];
  const fits = variants.map((v, i) => shareWith(members, sets[i] ?? new Set()) / (v.share ?? 0.3));
  const prev = variants.findIndex((v, i) => previousKeys.has(`${concept.key}/${v.key}`) && (fits[i] ?? 0) >= 0.6);
  const pick = prev >= 0 ? prev : fits.findIndex((f) => f >= 1);
  const v = pick >= 0 ? variants[pick] : undefined;
  return v ? { key: `${concept.key}/${v.key}`, label: v.label } : { key: concept.key, label: concept.label };
}
