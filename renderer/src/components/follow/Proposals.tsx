// "Kestrel Support replied in the thread — mark as customer told?" A suggestion, never a change made for the user.
import { firstControl, useFocusAfterRemoval } from '../../lib/focus-after';
import { useApp } from '../../state/context';

export function Proposals() {
  const proposals = useApp((s) => s.proposals);
  const forwards = useApp((s) => s.forwards);
  const move = useApp((s) => s.moveForward);
  // A suggestion taken goes from the list: the focus goes to the next one, else to the follow-up it moved.
  const list = useFocusAfterRemoval<HTMLUListElement>(
    proposals.map((p) => p.forwardId),
    (moved) => firstControl(document.getElementById(`forward-${moved}`)?.closest('li')) ?? document.getElementById('followups-heading'),
  );
  if (proposals.length === 0) return null;
  return (
    <ul className="proposals" aria-label="Suggestions" {...list}>
      {proposals.map((p) => {
        const title = forwards.find((f) => f.id === p.forwardId)?.conversation.title ?? 'A conversation you forwarded';
        const titleId = `proposal-${p.forwardId}`;
        return (
          <li key={p.forwardId} className="proposal">
            <p>
              <span className="follow-title-inline" id={titleId}>
                {title}
              </span>
              : {p.replyAuthor} replied in the thread — mark as customer told?
            </p>
            <p className="follow-item-actions">
              <button
                type="button"
                className="button quiet-button"
                aria-describedby={titleId}
                onClick={() => void move(p.forwardId, 'customer-told', `${p.replyAuthor} replied in the thread.`, p.replyLink ?? undefined)}
              >
                Mark as customer told
              </button>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
