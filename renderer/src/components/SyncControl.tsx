import { useEffect, useRef, useState } from 'react';
import type { RefObject } from 'react';
import { useApp } from '../state/context';
import { lastSyncedWords } from '../lib/time-words';

/**
 * What a screen reader hears about syncing: one line when a sync someone asked for starts and one when it ends,
 * saying how it went. Progress and "Last synced 5 minutes ago" change all the time and stay out of it. Syncs nobody
 * asked for (the engine's timer, the retries while offline, which the offline line already covers) stay quiet.
 */
function useSyncWords(pressed: RefObject<boolean>): string {
  const running = useApp((s) => s.syncing);
  const current = useApp((s) => s.current);
  const [words, setWords] = useState('');
  // The last sync time when a heard sync began; a finished sync moves it, one that failed leaves it.
  const heard = useRef<{ since: number | null } | null>(null);
  useEffect(() => {
    const { network, lastSyncedAt, syncError } = current();
    if (running) {
      heard.current = pressed.current || network.online ? { since: lastSyncedAt } : null;
      pressed.current = false;
      if (heard.current) setWords('Syncing…');
    } else if (heard.current) {
      const finished = lastSyncedAt !== heard.current.since;
      heard.current = null;
      if (finished) setWords(syncError ? `Sync finished. ${syncError}` : 'Sync finished.');
      else setWords(syncError ?? "The sync couldn't finish.");
    }
  }, [running, current, pressed]);
  return words;
}

/** Sync now and when it last happened; what went wrong is said under the header (SyncNotice), not squeezed in here. */
export function SyncControl() {
  const syncing = useApp((s) => s.syncing || s.progress.running);
  const done = useApp((s) => s.progress.done);
  const total = useApp((s) => s.progress.total);
  const lastSyncedAt = useApp((s) => s.lastSyncedAt);
  const now = useApp((s) => s.now);
  const runSync = useApp((s) => s.runSync);
  const pressed = useRef(false);
  const words = useSyncWords(pressed);
  const progressWords = total > 0 ? `${done} of ${total} sources read` : 'Starting…';

  return (
    <div className="sync" role="group" aria-label="Sync">
      <button
        type="button"
        className="button"
        onClick={() => {
          if (syncing) return;
          pressed.current = true;
          void runSync();
        }}
        // Not `disabled`: a disabled button drops the focus to the page, and the person pressing it loses their place.
        aria-disabled={syncing || undefined}
      >
        {syncing ? 'Syncing…' : 'Sync now'}
      </button>
      <div className="sync-status">
        {syncing ? (
          <>
            {/* Without a total yet the bar is indeterminate: it says "working" without inventing a number. */}
            <progress
              className="sync-progress"
              aria-label="Sync progress"
              aria-valuetext={progressWords}
              {...(total > 0 ? { value: done, max: total } : {})}
            />
            {/* The bar already says it in words to a screen reader. */}
            <span className="quiet" aria-hidden="true">
              {progressWords}
            </span>
          </>
        ) : (
          <span className="quiet">{lastSyncedWords(lastSyncedAt, Math.max(now, lastSyncedAt ?? 0))}</span>
        )}
      </div>
      {/* A polite, whole-line live region: what role="status" means, without being a second "status" beside the
          screens' own (their tests and assistive tech look for one). */}
      <p className="visually-hidden sync-words" aria-live="polite" aria-atomic="true">
        {words}
      </p>
    </div>
  );
}
