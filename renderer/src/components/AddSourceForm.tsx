import { useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import { focusLost } from '../lib/focus-after';
import { useApp } from '../state/context';

export function AddSourceForm() {
  const addSource = useApp((s) => s.addSource);
  const justAdded = useApp((s) => s.justAdded);
  const clearMessage = useApp((s) => s.clearSourcesMessage);
  const remove = useApp((s) => s.removeSource);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);

  // "Remove it" goes with the line it sits in: the focus goes back to the address, ready for another.
  async function removeFailed(id: string) {
    await remove(id);
    if (focusLost({ orAtMain: true })) input.current?.focus();
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    const ok = await addSource(url);
    setBusy(false);
    if (ok) setUrl('');
  }

  return (
    <form className="add-source" onSubmit={(e) => void submit(e)}>
      <label htmlFor={inputId}>Address of a source</label>
      <div className="add-source-row">
        <input
          id={inputId}
          ref={input}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://example.com/blog"
          value={url}
          onChange={(e) => {
            setUrl(e.target.value);
            clearMessage();
          }}
        />
        <button type="submit" className="button" disabled={busy}>
          {busy ? 'Adding…' : 'Add source'}
        </button>
      </div>
      <p className={`add-source-result${justAdded?.state === 'failed' ? ' problem' : ' quiet'}`} role="status">
        {justAdded ? justAdded.words : null}
        {justAdded?.state === 'failed' ? (
          <>
            {' '}
            <button type="button" className="text-button" onClick={() => void removeFailed(justAdded.id)}>
              Remove it
            </button>
          </>
        ) : null}
      </p>
    </form>
  );
}
