// The close-the-loop ledger: every forward, grouped open → answered → customer told → closed.
import { useEffect, useRef } from 'react';
import { FORWARD_STATUSES, FORWARD_STATUS_WORDS } from '../../../../shared/follow';
import type { Forward, ForwardStatus } from '../../../../shared/follow';
import { firstControl, useFocusAfterRemoval } from '../../lib/focus-after';
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
  const heading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    void loadForwards();
  }, [loadForwards]);

  const download = async () => {
    const file = await exportLedger();
    if (file) saveFile(file);
  };

  return (
    <section className="screen follow-screen" aria-labelledby="followups-heading">
      <h1 id="followups-heading" ref={heading} tabIndex={-1}>
        Follow-ups
      </h1>
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
      {FORWARD_STATUSES.map((status) => (
        <LedgerGroup key={status} status={status} group={forwards.filter((f) => f.status === status)} heading={heading} />
      ))}
    </section>
  );
}

/**
 * One status's forwards. Moving one along takes it out of this group: the focus goes on to the next one here
 * (the person is likely going down the list), or, when this group is left empty, follows the one moved.
 */
function LedgerGroup({ status, group, heading }: { status: ForwardStatus; group: Forward[]; heading: { current: HTMLElement | null } }) {
  const list = useFocusAfterRemoval<HTMLUListElement>(
    group.map((f) => f.id),
    (moved) => firstControl(document.getElementById(`forward-${moved}`)?.closest('li')) ?? heading.current,
  );
  if (group.length === 0) return null;
  return (
    <section className="ledger-group" aria-labelledby={`ledger-${status}`}>
      <h2 id={`ledger-${status}`} className="follow-subheading">
        {FORWARD_STATUS_WORDS[status]}
      </h2>
      <ul className="follow-list" aria-label={FORWARD_STATUS_WORDS[status]} {...list}>
        {group.map((f) => (
          <LedgerItem key={f.id} forward={f} />
        ))}
      </ul>
    </section>
  );
}
