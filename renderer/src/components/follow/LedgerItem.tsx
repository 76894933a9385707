// One forward in the ledger: who owns it, when, the note, the reminder and the public reply; move it along.
import { useRef, useState } from 'react';
import { FORWARD_STATUSES, FORWARD_STATUS_WORDS } from '../../../../shared/follow';
import type { Forward, ForwardStatus } from '../../../../shared/follow';
import { focusReadingTitle, useFocusOnChange } from '../../lib/focus-after';
import { safeLink } from '../../lib/sanitize';
import { fullDate } from '../../lib/time-words';
import { useApp } from '../../state/context';

function nextStatus(status: ForwardStatus): ForwardStatus | null {
  return FORWARD_STATUSES[FORWARD_STATUSES.indexOf(status) + 1] ?? null;
}

export function LedgerItem({ forward }: { forward: Forward }) {
  const move = useApp((s) => s.moveForward);
  const history = useApp((s) => s.histories[forward.id]);
  const loadHistory = useApp((s) => s.loadHistory);
  const remind = useApp((s) => s.remindForward);
  const [reminding, setReminding] = useState(false);
  const [day, setDay] = useState(forward.remindAt !== null ? new Date(forward.remindAt).toISOString().slice(0, 10) : '');
  const [moving, setMoving] = useState<ForwardStatus | null>(null);
  const [note, setNote] = useState('');
  const [replyLink, setReplyLink] = useState(forward.replyLink ?? '');
  const [showHistory, setShowHistory] = useState(false);
  const open = useApp((s) => s.openConversation);
  const setScreen = useApp((s) => s.setScreen);
  const next = nextStatus(forward.status);
  const c = forward.conversation;
  const link = safeLink(c.link);
  const reply = safeLink(forward.replyLink);
  const noteId = `move-note-${forward.id}`;
  const titleId = `forward-${forward.id}`;
  // The item's controls are named alike in every item ("Read it", "History"): each says which item it is for.
  const forItem = { 'aria-describedby': titleId };
  // A small form put away (Cancel, a reminder saved) gives the focus back to the button that opened it. A move
  // saved takes the row to another group: FollowupsScreen's groups see to the focus then.
  const openers = useRef(new Map<ForwardStatus, HTMLButtonElement>());
  const movedTo = useRef<ForwardStatus | null>(null);
  const remindButton = useRef<HTMLButtonElement>(null);
  const opener = (status: ForwardStatus) => (el: HTMLButtonElement | null) => {
    if (el) openers.current.set(status, el);
  };
  useFocusOnChange(moving, () => (moving || !movedTo.current ? null : openers.current.get(movedTo.current)));
  useFocusOnChange(reminding, () => (reminding ? null : remindButton.current));

  const submit = async () => {
    if (!moving) return;
    const link = moving === 'customer-told' && replyLink.trim() !== (forward.replyLink ?? '') ? replyLink.trim() : undefined;
    if (await move(forward.id, moving, note, link)) {
      setMoving(null);
      setNote('');
    }
  };
  // One small form at a time under a row.
  const startMoving = (status: ForwardStatus) => {
    setReminding(false);
    setMoving(status);
    movedTo.current = status;
  };
  // In Earshot's own reader, which works offline; the original page is the link beside it.
  const read = () => {
    setScreen('conversations');
    void open(forward.conversationId);
    focusReadingTitle(forward.conversationId);
  };
  const toggleHistory = () => {
    if (!showHistory) void loadHistory(forward.id);
    setShowHistory(!showHistory);
  };

  return (
    <li className="follow-item ledger-item">
      <h3 className="follow-title" id={titleId}>
        {c.title || 'Untitled'}
      </h3>
      <p className="quiet ledger-meta">
        To {forward.personName} · forwarded {fullDate(forward.createdAt)}
        {forward.updatedAt !== forward.createdAt ? ` · last change ${fullDate(forward.updatedAt)}` : ''}
        {forward.remindAt !== null ? ` · reminder ${fullDate(forward.remindAt)}` : ''}
      </p>
      {forward.latestNote ? <p className="kept-note">{forward.latestNote}</p> : null}
      <p className="follow-item-actions">
        <button type="button" className="text-button" onClick={read} {...forItem}>
          Read it
        </button>
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" className="text-link" {...forItem}>
            Where it was said
          </a>
        ) : null}
        {reply ? (
          <a href={reply} target="_blank" rel="noopener noreferrer" className="text-link" {...forItem}>
            The public reply
          </a>
        ) : null}
        {next && !moving ? (
          <button type="button" className="text-button" ref={opener(next)} onClick={() => startMoving(next)} {...forItem}>
            Mark as {FORWARD_STATUS_WORDS[next].toLowerCase()}
          </button>
        ) : null}
        {forward.status === 'answered' && !moving ? (
          <button type="button" className="text-button" ref={opener('closed')} onClick={() => startMoving('closed')} {...forItem}>
            Close it
          </button>
        ) : null}
        {forward.status !== 'open' && !moving ? (
          <button type="button" className="text-button" ref={opener('open')} onClick={() => startMoving('open')} {...forItem}>
            Reopen
          </button>
        ) : null}
        {forward.status !== 'closed' && !reminding && !moving ? (
          <button type="button" className="text-button" ref={remindButton} onClick={() => setReminding(true)} {...forItem}>
            {forward.remindAt !== null ? 'Change the reminder' : 'Remind me'}
          </button>
        ) : null}
        <button type="button" className="text-button" aria-expanded={showHistory} onClick={toggleHistory} {...forItem}>
          History
        </button>
      </p>
      {moving ? (
        <form
          className="note-form"
          aria-label={`Mark as ${FORWARD_STATUS_WORDS[moving].toLowerCase()}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <label htmlFor={noteId}>A short note (optional)</label>
          <input id={noteId} value={note} onChange={(e) => setNote(e.target.value)} autoComplete="off" autoFocus />
          {moving === 'customer-told' ? (
            <>
              <label htmlFor={`reply-${forward.id}`}>Link to the public reply (optional)</label>
              <input id={`reply-${forward.id}`} type="url" value={replyLink} onChange={(e) => setReplyLink(e.target.value)} autoComplete="off" />
            </>
          ) : null}
          <span className="note-form-buttons">
            <button type="submit" className="button">
              Mark as {FORWARD_STATUS_WORDS[moving].toLowerCase()}
            </button>
            <button type="button" className="text-button" onClick={() => setMoving(null)}>
              Cancel
            </button>
          </span>
        </form>
      ) : null}
      {reminding ? (
        <form
          className="note-form"
          aria-label="Reminder"
          onSubmit={(e) => {
            e.preventDefault();
            // The chosen day at 9 in the morning, local time: when the brief is read.
            const at = day ? new Date(`${day}T09:00:00`).getTime() : null;
            void remind(forward.id, at).then((ok) => ok && setReminding(false));
          }}
        >
          <label htmlFor={`remind-${forward.id}`}>Remind me on (leave empty for no reminder)</label>
          <input id={`remind-${forward.id}`} type="date" value={day} onChange={(e) => setDay(e.target.value)} autoFocus />
          <span className="note-form-buttons">
            <button type="submit" className="button">
              Save the reminder
            </button>
            <button type="button" className="text-button" onClick={() => setReminding(false)}>
              Cancel
            </button>
          </span>
        </form>
      ) : null}
      {showHistory && history ? (
        <ol className="history" aria-label={`History of ${c.title || 'this follow-up'}`}>
          {history.map((e, i) => (
            <li key={i}>
              <span className="quiet">{fullDate(e.at)}</span> · {FORWARD_STATUS_WORDS[e.status]}
              {e.note ? ` — ${e.note}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </li>
  );
}
