// Where a forwarded conversation stands, beside it: in a list row a quiet word, in the reader one line per forward
// ("Forwarded to Jo Baker on 22 November · answered"), so the loop can be seen from the thread itself.
import { useShallow } from 'zustand/react/shallow';
import { FORWARD_STATUS_WORDS } from '../../../../shared/follow';
import { calendarDaysBetween, dayWords } from '../../lib/time-words';
import { useApp } from '../../state/context';

/** "today", "yesterday", "on 12 March". */
function onDay(ms: number, now: number): string {
  const days = calendarDaysBetween(ms, now);
  return days === 0 ? 'today' : days === 1 ? 'yesterday' : `on ${dayWords(ms, now)}`;
}

export function ForwardedWord({ id }: { id: string }) {
  const forwarded = useApp((s) => s.forwards.some((f) => f.conversationId === id));
  return forwarded ? <span className="kept-word"> · Forwarded</span> : null;
}

export function ForwardedLine({ conversationId }: { conversationId: string }) {
  const forwards = useApp(useShallow((s) => s.forwards.filter((f) => f.conversationId === conversationId)));
  const now = useApp((s) => s.now);
  const setScreen = useApp((s) => s.setScreen);
  if (forwards.length === 0) return null;
  return (
    <ul className="forwarded-line quiet" aria-label="Forwarded">
      {forwards.map((f) => (
        <li key={f.id}>
          Forwarded to {f.personName} {onDay(f.createdAt, now)} · {FORWARD_STATUS_WORDS[f.status].toLowerCase()}
          {f.remindAt !== null && f.status !== 'closed' ? ` · reminder on ${dayWords(f.remindAt, now)}` : ''}{' '}
          <button type="button" className="text-button" onClick={() => setScreen('followups')}>
            Follow-ups
          </button>
        </li>
      ))}
    </ul>
  );
}
