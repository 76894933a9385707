// Adding or editing a name Earshot listens for: the name, its kind, other spellings, and phrases that don't count.
import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { WatchKind, WatchWord } from '../../../../shared/api-listen';
import type { WatchInput } from '../../state/listen-slice';
import { KINDS, splitNames } from './words';

/** `autoFocus`: the form opened in place of what was there (Change), so the name takes the focus. */
export function WatchWordForm(props: {
  word?: WatchWord;
  submitLabel: string;
  onSubmit(input: WatchInput): Promise<boolean>;
  onCancel?(): void;
  autoFocus?: boolean;
}) {
  const [word, setWord] = useState(props.word?.word ?? '');
  const [kind, setKind] = useState<WatchKind>(props.word?.kind ?? 'company');
  const [aliases, setAliases] = useState(props.word?.aliases.join(', ') ?? '');
  const [exclusions, setExclusions] = useState(props.word?.exclusions.join(', ') ?? '');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const ok = await props.onSubmit({ word, kind, aliases: splitNames(aliases), exclusions: splitNames(exclusions) });
    setBusy(false);
    if (ok && !props.word) {
      setWord('');
      setAliases('');
      setExclusions('');
    }
  }

  return (
    <form className="watch-form" onSubmit={(e) => void submit(e)} aria-label={props.word ? `Change ${props.word.word}` : 'Add a name'}>
      <label htmlFor={`${id}-word`}>Name</label>
      <input id={`${id}-word`} type="text" autoComplete="off" value={word} onChange={(e) => setWord(e.target.value)} required autoFocus={props.autoFocus} />
      <label htmlFor={`${id}-kind`}>What it is</label>
      <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as WatchKind)}>
        {KINDS.map((k) => (
          <option key={k.kind} value={k.kind}>
            {k.label}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-aliases`}>Other spellings</label>
      <input
        id={`${id}-aliases`}
        type="text"
        autoComplete="off"
        placeholder="@kestrel, #kestrelbikes"
        value={aliases}
        onChange={(e) => setAliases(e.target.value)}
      />
      <label htmlFor={`${id}-exclusions`}>Not in</label>
      <input
        id={`${id}-exclusions`}
        type="text"
        autoComplete="off"
        placeholder="kestrel falcon, web server"
        value={exclusions}
        onChange={(e) => setExclusions(e.target.value)}
      />
      <div className="watch-form-buttons">
        <button type="submit" className="button" disabled={busy || !word.trim()}>
          {props.submitLabel}
        </button>
        {props.onCancel ? (
          <button type="button" className="button quiet-button" onClick={props.onCancel}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  );
}
