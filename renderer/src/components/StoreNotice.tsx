import { useApp } from '../state/context';

/** Shown once when the engine had to recover the store, e.g. from a backup. */
export function StoreNotice() {
  const notice = useApp((s) => s.storeNotice);
  const dismiss = useApp((s) => s.dismissNotice);
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <p>{notice}</p>
      <button type="button" className="button quiet-button" onClick={dismiss}>
        Understood
      </button>
    </div>
  );
}
