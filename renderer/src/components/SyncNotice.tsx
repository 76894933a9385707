import { useApp } from '../state/context';

/**
 * What the last sync could not do, as a quiet strip under the header until the next sync or until hidden. Not a live
 * region: the header's sync line already says it once when a sync someone asked for ends (SyncControl), and this
 * strip comes back after every retry while offline.
 */
export function SyncNotice() {
  const syncing = useApp((s) => s.syncing || s.progress.running);
  const error = useApp((s) => s.syncError);
  const hide = useApp((s) => s.hideSyncError);
  if (!error || syncing) return null;
  return (
    <div className="strip sync-notice">
      <p className="sync-error">{error}</p>
      <button type="button" className="text-button" onClick={hide}>
        Hide
      </button>
    </div>
  );
}
