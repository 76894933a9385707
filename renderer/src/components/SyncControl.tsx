import { useApp } from '../state/context';
import { lastSyncedWords } from '../lib/time-words';

/** Sync now and when it last happened; what went wrong is said under the header (SyncNotice), not squeezed in here. */
export function SyncControl() {
  const syncing = useApp((s) => s.syncing || s.progress.running);
  const done = useApp((s) => s.progress.done);
  const total = useApp((s) => s.progress.total);
  const lastSyncedAt = useApp((s) => s.lastSyncedAt);
  const now = useApp((s) => s.now);
  const runSync = useApp((s) => s.runSync);

  return (
    <div className="sync" role="group" aria-label="Sync">
      <button type="button" className="button" onClick={() => void runSync()} disabled={syncing}>
        {syncing ? 'Syncing…' : 'Sync now'}
      </button>
      <div className="sync-status" aria-live="polite">
        {syncing ? (
          <>
            {/* Without a total yet the bar is indeterminate: it says "working" without inventing a number. */}
            <progress
              className="sync-progress"
              aria-label="Sync progress"
              {...(total > 0 ? { value: done, max: total } : {})}
            />
            <span className="quiet">{total > 0 ? `${done} of ${total} sources read` : 'Starting…'}</span>
          </>
        ) : (
          <span className="quiet">{lastSyncedWords(lastSyncedAt, Math.max(now, lastSyncedAt ?? 0))}</span>
        )}
      </div>
    </div>
  );
}
