// Forward a conversation to the person who owns it: suggest them, compose the message, then mail, copy or save it.
// Any of those records the forward in the ledger (once); after that the person and note stay as sent.
import { useEffect, useState } from 'react';
import type { Forward, ForwardMessage, OwnerSuggestion } from '../../../../shared/follow';
import { useApp } from '../../state/context';
import { Dialog } from '../Dialog';
import { copyMessage, saveFile } from './files';
import { InlinePerson } from './InlinePerson';

export function ForwardDialog() {
  const id = useApp((s) => s.forwardingId);
  const close = useApp((s) => s.closeForward);
  if (!id) return null;
  return (
    <Dialog labelledBy="forward-heading" onClose={close}>
      <ForwardForm key={id} conversationId={id} onClose={close} />
    </Dialog>
  );
}

function ForwardForm({ conversationId, onClose }: { conversationId: string; onClose: () => void }) {
  const people = useApp((s) => s.people);
  const error = useApp((s) => s.followError);
  const suggestOwners = useApp((s) => s.suggestOwners);
  const composeForward = useApp((s) => s.composeForward);
  const recordForward = useApp((s) => s.recordForward);
  const forwardFile = useApp((s) => s.forwardFile);
  const [suggestions, setSuggestions] = useState<OwnerSuggestion[]>([]);
  const [personId, setPersonId] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [message, setMessage] = useState<ForwardMessage | null>(null);
  const [recorded, setRecorded] = useState<Forward | null>(null);
  const [said, setSaid] = useState('');

  useEffect(() => {
    let live = true;
    void suggestOwners(conversationId).then((list) => {
      if (!live) return;
      setSuggestions(list);
      setPersonId((current) => current ?? list[0]?.personId ?? null);
    });
    return () => {
      live = false;
    };
  }, [conversationId, suggestOwners]);

  // With one person to choose from and no suggestion, that person is the choice.
  const only = people.length === 1 ? people[0]!.id : null;
  useEffect(() => {
    if (only) setPersonId((current) => current ?? only);
  }, [only]);

  useEffect(() => {
    let live = true;
    // Wait for a pause in typing before writing the message again.
    const timer = setTimeout(() => {
      void composeForward(conversationId, personId, note).then((m) => live && m && setMessage(m));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [conversationId, personId, note, composeForward]);

  // Shown beside the name: "owns 'lock'", not "Jo Park owns 'lock'" again.
  const reasonOf = (pid: string) => {
    const found = suggestions.find((x) => x.personId === pid);
    return found && found.reason.startsWith(`${found.name} `) ? found.reason.slice(found.name.length + 1) : found?.reason;
  };
  const ordered = [...people].sort((a, b) => rank(a.id) - rank(b.id) || a.name.localeCompare(b.name));
  function rank(pid: string): number {
    const at = suggestions.findIndex((x) => x.personId === pid);
    return at < 0 ? suggestions.length : at;
  }

  async function ensureRecorded(): Promise<Forward | null> {
    if (recorded) return recorded;
    if (!personId) return null;
    const forward = await recordForward(conversationId, personId, note);
    if (forward) setRecorded(forward);
    return forward;
  }

  async function copy() {
    if (!message || !(await ensureRecorded())) return;
    try {
      await copyMessage(message.text, message.html);
      setSaid('Copied. Paste it into a message.');
    } catch {
      setSaid("The message couldn't be copied here. Use Save as a text file instead.");
    }
  }

  async function save(kind: 'eml' | 'markdown') {
    const forward = await ensureRecorded();
    if (!forward) return;
    const file = await forwardFile(forward.id, kind);
    if (file) {
      saveFile(file);
      setSaid(`Saved as ${file.filename}.`);
    }
  }

  const ready = message !== null && personId !== null;
  // Head and foot stay in view; only the middle scrolls, so the ways to send are never below the fold.
  return (
    <div className="forward">
      <div className="dialog-head">
        <h2 id="forward-heading">Forward to someone</h2>
        {message ? <p className="quiet forward-about">{message.subject}</p> : null}
      </div>
      <div className="dialog-body">
        <fieldset className="forward-people" disabled={recorded !== null}>
          <legend>Send it to</legend>
          {ordered.length === 0 ? <p className="quiet">Nobody yet. Add the person who should hear this.</p> : null}
          {ordered.map((p) => (
            <label key={p.id} className="person-choice">
              <input type="radio" name="forward-person" value={p.id} checked={personId === p.id} onChange={() => setPersonId(p.id)} />
              <span>
                {p.name}
                {p.team ? <span className="quiet"> · {p.team}</span> : null}
                {reasonOf(p.id) ? <span className="quiet suggestion"> — suggested: {reasonOf(p.id)}</span> : null}
              </span>
            </label>
          ))}
          <InlinePerson
            startOpen={ordered.length === 0}
            onAdded={(pid) => {
              setPersonId(pid);
              // The form that had focus is gone: focus the person just added, so keys (Escape, Tab) stay in the dialog.
              setTimeout(() => [...document.querySelectorAll<HTMLInputElement>('input[name="forward-person"]')].find((r) => r.value === pid)?.focus(), 0);
            }}
          />
        </fieldset>
        <label htmlFor="forward-note">Your note</label>
        <textarea id="forward-note" rows={3} value={note} disabled={recorded !== null} onChange={(e) => setNote(e.target.value)} />
        {message ? (
          <section className="message-preview" aria-label="The message">
            <p className="message-subject">{message.subject}</p>
            <pre className="message-text">{message.text}</pre>
          </section>
        ) : null}
      </div>
      <div className="dialog-foot">
        <p className="forward-buttons">
          {ready ? (
            <>
              <a className="button" href={message.mailto} onClick={() => void ensureRecorded()}>
                Open in Mail
              </a>
              <button type="button" className="button quiet-button" onClick={() => void copy()}>
                Copy
              </button>
              <button type="button" className="button quiet-button" onClick={() => void save('eml')}>
                Save as email file
              </button>
              <button type="button" className="button quiet-button" onClick={() => void save('markdown')}>
                Save as a text file
              </button>
            </>
          ) : (
            <span className="quiet forward-hint">Choose who should hear this; then open it in Mail, copy it or save it.</span>
          )}
          <button type="button" className="text-button forward-close" onClick={onClose}>
            {recorded ? 'Done' : 'Cancel'}
          </button>
        </p>
        <p className="follow-notice quiet" role="status">
          {error ? <span className="problem">{error}</span> : recorded ? `Recorded in Follow-ups. ${said}`.trim() : said}
        </p>
      </div>
    </div>
  );
}
