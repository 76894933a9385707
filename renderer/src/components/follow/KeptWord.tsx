// "Kept", quietly, beside a conversation in a list: a word, not a badge.
import { useApp } from '../../state/context';

export function KeptWord({ id }: { id: string }) {
  const kept = useApp((s) => id in s.keptNotes);
  return kept ? <span className="kept-word"> · Kept</span> : null;
}
