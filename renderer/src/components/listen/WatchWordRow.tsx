// One name we listen for: its other spellings and exclusions as chips, with change and remove.
import { useRef, useState } from 'react';
import { useFocusOnChange } from '../../lib/focus-after';
import { useApp } from '../../state/context';
import { WatchWordForm } from './WatchWordForm';

export function WatchWordRow({ id }: { id: string }) {
  const word = useApp((s) => s.watchWords.find((w) => w.id === id));
  const update = useApp((s) => s.updateWatchWord);
  const remove = useApp((s) => s.removeWatchWord);
  const [editing, setEditing] = useState(false);
  // The form put away (Cancel, Save): the focus goes back to Change.
  const change = useRef<HTMLButtonElement>(null);
  useFocusOnChange(editing, () => (editing ? null : change.current));
  if (!word) return null;

  if (editing) {
    return (
      <li className="watch-word">
        <WatchWordForm
          word={word}
          submitLabel="Save"
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (input) => {
            const ok = await update(id, input);
            if (ok) setEditing(false);
            return ok;
          }}
        />
      </li>
    );
  }
  return (
    <li className="watch-word">
      <div className="watch-word-main">
        <h3 className="watch-word-name">{word.word}</h3>
        {word.aliases.length ? (
          <p className="watch-chips">
            <span className="quiet">Also </span>
            <span role="list" aria-label={`Other spellings of ${word.word}`}>
              {word.aliases.map((a) => (
                <span role="listitem" key={a} className="chip">
                  {a}
                </span>
              ))}
            </span>
          </p>
        ) : null}
        {word.exclusions.length ? (
          <p className="watch-chips">
            <span className="quiet">Not in </span>
            <span role="list" aria-label={`Where ${word.word} doesn't count`}>
              {word.exclusions.map((x) => (
                <span role="listitem" key={x} className="chip chip-exclusion">
                  {x}
                </span>
              ))}
            </span>
          </p>
        ) : null}
      </div>
      <div className="watch-word-actions">
        <button type="button" className="button quiet-button" aria-label={`Change ${word.word}`} ref={change} onClick={() => setEditing(true)}>
          Change
        </button>
        <button type="button" className="button quiet-button" aria-label={`Remove ${word.word}`} onClick={() => void remove(id)}>
          Remove
        </button>
      </div>
    </li>
  );
}
