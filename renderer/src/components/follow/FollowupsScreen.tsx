// The close-the-loop ledger: every forward, grouped open → answered → customer told → closed.
import { useEffect } from 'react';
import { FORWARD_STATUSES, FORWARD_STATUS_WORDS } from '../../../../shared/follow';
import { useApp } from '../../state/context';
import { saveFile } from './files';
import { LedgerItem } from './LedgerItem';
import { Proposals } from './Proposals';

export function FollowupsScreen() {
  const forwards = useApp((s) => s.forwards);
  const loaded = useApp((s) => s.forwardsLoaded);
  const error = useApp((s) => s.followError ?? s.followLoadError);
  const loadForwards = useApp((s) => s.loadForwards);
  const exportLedger = useApp((s) => s.exportLedger);

  useEffect(() => {
    void loadForwards();
  }, [loadForwards]);

  const download = async () => {
    const file = await exportLedger();
    if (file) saveFile(file);
  };

  return (
    <section className="screen follow-screen" aria-labelledby="followups-heading">
      <h1 id="followups-heading">Follow-ups</h1>
      <p className="lede">Every conversation you forwarded, until the customer has heard back.</p>
      {forwards.length > 0 ? (
        <p>
          <button type="button" className="button quiet-button" onClick={() => void download()}>
            Save as a spreadsheet
          </button>
        </p>
      ) : null}
      {error ? <p className="problem">{error}</p> : null}
      <Proposals />
      {loaded && forwards.length === 0 ? (
        <p className="empty quiet">Nothing forwarded yet. Press f while reading a conversation to send it to its owner.</p>
      ) : null}
      {FORWARD_STATUSES.map((status) => {
        const group = forwards.filter((f) => f.status === status);
        if (group.length === 0) return null;
        return (
          <section key={status} className="ledger-group" aria-labelledby={`ledger-${status}`}>
            <h2 id={`ledger-${status}`} className="follow-subheading">
              {FORWARD_STATUS_WORDS[status]}
            </h2>
            <ul className="follow-list" aria-label={FORWARD_STATUS_WORDS[status]}>
              {group.map((f) => (
                <LedgerItem key={f.id} forward={f} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}
