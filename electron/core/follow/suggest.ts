// Who owns a conversation: the people whose owned themes or watch words appear in it, with a plain reason.
import type { OwnerSuggestion, Person } from '../../../shared/follow';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A whole-word, case-blind pattern for an owned word, tolerant of simple plurals (battery → batteries). */
export function ownedWordPattern(word: string): RegExp {
  const w = word.trim().replace(/\s+/g, ' ');
  const stem = /[^aeiou]y$/i.test(w) ? `${escapeRegExp(w.slice(0, -1))}(?:y|ies)` : `${escapeRegExp(w)}(?:s|es)?`;
  return new RegExp(`(?<![\\p{L}\\p{N}])${stem.replace(/ /g, '\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
}

function quoted(words: string[]): string {
  const q = words.map((w) => `“${w}”`);
  return q.length <= 1 ? (q[0] ?? '') : `${q.slice(0, -1).join(', ')} and ${q[q.length - 1]}`;
}

export interface SuggestInput {
  /** Title, excerpt and text of the conversation. */
  text: string;
  /** Watch words or theme labels already found in it (matched by name). */
  labels: string[];
}

export function suggestOwners(people: Person[], input: SuggestInput): OwnerSuggestion[] {
  const labels = new Set(input.labels.map((l) => l.toLowerCase().trim()));
  const scored: Array<OwnerSuggestion & { hits: number }> = [];
  for (const person of people) {
    const words: string[] = [];
    let hits = 0;
    for (const word of person.owns) {
      const found = (input.text.match(ownedWordPattern(word)) ?? []).length + (labels.has(word.toLowerCase()) ? 1 : 0);
      if (found > 0) {
        words.push(word);
        hits += found;
      }
    }
    if (words.length > 0) scored.push({ personId: person.id, name: person.name, reason: `${person.name} owns ${quoted(words)}`, words, hits });
  }
  scored.sort((a, b) => b.words.length - a.words.length || b.hits - a.hits || a.name.localeCompare(b.name));
  return scored.map(({ hits: _hits, ...s }) => s);
}
