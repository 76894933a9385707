// Keep and Forward for the conversation being read. Kept shows as a plain word and its note, never a badge.
import { useEffect, useRef, useState } from 'react';
import { useApp } from '../../state/context';
import { useFocusOnChange } from '../../lib/focus-after';
import { ForwardedLine } from './ForwardedLine';

export function FollowActions({ conversationId }: { conversationId: string }) {
  const kept = useApp((s) => conversationId in s.keptNotes);
  const note = useApp((s) => s.keptNotes[conversationId] ?? '');
  const notice = useApp((s) => s.followNotice);
  const error = useApp((s) => (s.forwardingId ? null : s.followError));
  const keep = useApp((s) => s.keep);
  const unkeep = useApp((s) => s.unkeep);
  const setKeptNote = useApp((s) => s.setKeptNote);
  const forward = useApp((s) => s.forward);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(note);
  // Keep and Let it go take each other's place; the focus follows to the one now there. A note form closed
  // (Cancel, Save) gives the focus back to the note button (Keep with a note becomes Edit the note once kept).
  const toggle = useRef<HTMLButtonElement>(null);
  const noteButton = useRef<HTMLButtonElement>(null);
  useFocusOnChange(editing, () => (editing ? null : noteButton.current));
  useFocusOnChange(kept, () => toggle.current);

  useEffect(() => {
    setEditing(false);
  }, [conversationId]);
  useEffect(() => setDraft(note), [note]);

  const save = async () => {
    const ok = kept ? await setKeptNote(conversationId, draft) : await keep(conversationId, draft);
    if (ok) setEditing(false);
  };

  return (
    <div className="follow-actions">
      <p className="follow-buttons">
        {kept ? (
          <>
            <span className="kept-word">Kept</span>
            <button type="button" className="text-button" ref={noteButton} onClick={() => setEditing(true)}>
              {note ? 'Edit the note' : 'Add a note'}
            </button>
            <button type="button" className="text-button" ref={toggle} onClick={() => void unkeep(conversationId)}>
              Let it go
            </button>
          </>
        ) : (
          <>
            <button type="button" className="button quiet-button" ref={toggle} onClick={() => void keep(conversationId)}>
              Keep
            </button>
            <button type="button" className="text-button" ref={noteButton} onClick={() => setEditing(true)}>
              Keep with a note
            </button>
          </>
        )}
        <button type="button" className="button quiet-button" onClick={() => forward(conversationId)}>
          Forward…
        </button>
      </p>
      {kept && note && !editing ? <p className="kept-note">{note}</p> : null}
      <ForwardedLine conversationId={conversationId} />
      {editing ? (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label htmlFor={`keep-note-${conversationId}`}>Your note</label>
          {/* Focus goes to the note at once: typed letters must not reach the app's keys (b would keep another thread). */}
          <textarea id={`keep-note-${conversationId}`} rows={2} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} />
          <span className="note-form-buttons">
            <button type="submit" className="button">
              {kept ? 'Save the note' : 'Keep with this note'}
            </button>
            <button type="button" className="text-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </span>
        </form>
      ) : null}
      <p className="follow-notice quiet" role="status">
        {error ? <span className="problem">{error}</span> : notice}
      </p>
    </div>
  );
}
