// More ways to add sources, on the Sources screen: set-up from the company's name, from a website, or from a list
// another reader exported; and saving the list for elsewhere.
import { useId, useRef, useState } from 'react';
import { useApp } from '../../state/context';
import type { Outcome } from '../../state/listen-slice';
import { saveFile } from '../follow/files';
import { DiscoverForm } from './DiscoverForm';
import './listen.css';

/** A chosen file's text; FileReader where Blob#text is missing (older shells, jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}

function ListFiles() {
  const importList = useApp((s) => s.importList);
  const exportList = useApp((s) => s.exportList);
  const empty = useApp((s) => s.sources.length === 0);
  const [message, setMessage] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const id = useId();

  async function chosen(file: File | undefined) {
    if (!file) return;
    setBusy(true);
    setMessage(null);
    let text: string | null = null;
    try {
      text = await readText(file);
    } catch {
      text = null;
    }
    const outcome = text === null ? { text: "That file couldn't be opened.", problem: true } : await importList(text);
    setBusy(false);
    setMessage(outcome);
    if (input.current) input.current.value = '';
  }

  async function save() {
    setMessage(null);
    const file = await exportList();
    if ('filename' in file) saveFile(file);
    else setMessage(file);
  }

  return (
    <div className="list-files">
      {/* The file input is the control (keyboard and screen readers reach it); its label is styled as a button. */}
      <input
        ref={input}
        id={id}
        className="file-input"
        type="file"
        accept=".opml,.xml,text/xml,text/x-opml,application/xml"
        disabled={busy}
        onChange={(e) => void chosen(e.target.files?.[0])}
      />
      <label htmlFor={id} className="button quiet-button file-label">
        {busy ? 'Importing…' : 'Import a list'}
      </label>
      <button type="button" className="button quiet-button" disabled={empty} onClick={() => void save()}>
        Export the list
      </button>
      {message ? (
        <p className={message.problem ? 'problem' : 'quiet'} role={message.problem ? 'alert' : 'status'}>
          {message.text}
        </p>
      ) : null}
    </div>
  );
}

export function SourceTools() {
  const setScreen = useApp((s) => s.setScreen);
  // The empty first run offers set-up beside the samples already.
  const empty = useApp((s) => s.sourcesLoaded && s.sources.length === 0);
  return (
    <div className="source-tools">
      {empty ? null : (
        <p>
          <button type="button" className="button quiet-button" onClick={() => setScreen('setup')}>
            Listen for your company
          </button>{' '}
          <span className="quiet">Earshot suggests places from your company's name.</span>
        </p>
      )}
      <DiscoverForm />
      <ListFiles />
    </div>
  );
}
