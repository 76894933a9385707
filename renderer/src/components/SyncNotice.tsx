import { useApp } from '../state/context';

/** What the last sync could not do, as a quiet strip under the header until the next sync or until hidden. */
export function SyncNotice() {
  const syncing = useApp((s) => s.syncing || s.progress.running);
  const error = useApp((s) => s.syncError);
  const hide = useApp((s) => s.hideSyncError);
  if (!error || syncing) return null;
  return (
    <div className="strip sync-notice" role="status">
      <p className="sync-error">{error}</p>
      <button type="button" className="text-button" onClick={hide}>
        Hide
      </button>
    </div>
  );
}
