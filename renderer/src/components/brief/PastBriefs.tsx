// Earlier briefs, calm: a date and a gist each. A past brief opens as it was shown (kept in the store, offline).
import type { BriefListItem } from '../../../../shared/brief';
import { useApp } from '../../state/context';
import { briefDate } from './brief-words';

export function PastBriefs({ currentId, shownId }: { currentId: string | null; shownId: string | null }) {
  const list = useApp((s) => s.pastBriefs);
  const open = useApp((s) => s.openPastBrief);
  const earlier: BriefListItem[] = list.filter((b) => b.id !== currentId);
  if (earlier.length === 0) return null;
  return (
    <nav className="past-briefs" aria-labelledby="past-briefs-heading">
      <h2 id="past-briefs-heading">Earlier briefs</h2>
      <ul>
        {earlier.map((b) => (
          <li key={b.id}>
            <button type="button" className="past-brief" aria-current={b.id === shownId ? 'true' : undefined} onClick={() => void open(b.id)}>
              <span className="past-brief-date">{briefDate(b.createdAt)}</span>
              <span className="quiet">{b.gist}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
