// Name, email, team and what they own; owned words are typed with commas (or Enter) and shown as chips.
import { useRef, useState } from 'react';
import type { Person } from '../../../../shared/follow';
import { useFocusAfterRemoval } from '../../lib/focus-after';
import type { PersonInput } from '../../state/follow-slice';

interface Props {
  idPrefix: string;
  initial?: Person;
  submitLabel: string;
  onSubmit(input: PersonInput): Promise<boolean>;
  onCancel?: () => void;
  resetOnSave?: boolean;
  /** The form opened in place of what was there (Edit): the name takes the focus. */
  autoFocus?: boolean;
}

/** "battery, delivery times" → ["battery", "delivery times"], without blanks or repeats. */
export function splitOwns(text: string): string[] {
  return [...new Set(text.split(/[,;\n]/).map((w) => w.trim()).filter(Boolean))];
}

export function PersonForm({ idPrefix, initial, submitLabel, onSubmit, onCancel, resetOnSave, autoFocus }: Props) {
  const [name, setName] = useState(initial?.name ?? '');
  const [email, setEmail] = useState(initial?.email ?? '');
  const [team, setTeam] = useState(initial?.team ?? '');
  const [owns, setOwns] = useState<string[]>(initial?.owns ?? []);
  const [word, setWord] = useState('');
  const ownsInput = useRef<HTMLInputElement>(null);
  // A word taken away: the focus goes to the next word's ×, else back to where words are typed.
  const chips = useFocusAfterRemoval<HTMLUListElement>(owns, () => ownsInput.current);

  const addWords = () => {
    const more = splitOwns(word);
    if (more.length > 0) setOwns((list) => [...new Set([...list, ...more])]);
    setWord('');
  };

  const submit = async () => {
    if (!name.trim()) return;
    const all = [...new Set([...owns, ...splitOwns(word)])];
    const ok = await onSubmit({ name: name.trim(), email: email.trim(), team: team.trim(), owns: all });
    if (ok && resetOnSave) {
      setName('');
      setEmail('');
      setTeam('');
      setOwns([]);
      setWord('');
    }
  };

  return (
    <form
      className="person-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={`${idPrefix}-name`}>Name</label>
      <input id={`${idPrefix}-name`} value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" required autoFocus={autoFocus} />
      <label htmlFor={`${idPrefix}-email`}>Email</label>
      <input id={`${idPrefix}-email`} type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
      <label htmlFor={`${idPrefix}-team`}>Team</label>
      <input id={`${idPrefix}-team`} value={team} onChange={(e) => setTeam(e.target.value)} autoComplete="off" />
      <label htmlFor={`${idPrefix}-owns`}>Owns</label>
      <input
        id={`${idPrefix}-owns`}
        ref={ownsInput}
        placeholder="battery, delivery times, the app"
        title="Subjects or names this person takes care of, separated by commas"
        value={word}
        onChange={(e) => setWord(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && word.trim()) {
            e.preventDefault();
            addWords();
          }
        }}
        autoComplete="off"
      />
      {owns.length > 0 ? (
        <ul className="chips" aria-label="Owns" {...chips}>
          {owns.map((w) => (
            <li key={w} className="chip">
              {w}
              <button type="button" className="chip-remove" aria-label={`Take away ${w}`} onClick={() => setOwns(owns.filter((x) => x !== w))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <span className="person-form-buttons">
        <button type="submit" className="button" disabled={!name.trim()}>
          {submitLabel}
        </button>
        {onCancel ? (
          <button type="button" className="text-button" onClick={onCancel}>
            Cancel
          </button>
        ) : null}
      </span>
    </form>
  );
}
