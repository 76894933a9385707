// The proposed sources, grouped in plain words, each with its check as it arrives; the person keeps what they like.
import { useId } from 'react';
import type { ProposedSource } from '../../../../shared/api-listen';
import { count, numberWords } from '../../../../shared/words';
import { useApp } from '../../state/context';
import { groupProposals, kindLabel } from './words';

function Proposal({ source }: { source: ProposedSource }) {
  const preview = useApp((s) => s.previews[source.url]);
  const chosen = useApp((s) => Boolean(s.chosen[source.url]));
  const choose = useApp((s) => s.choose);
  const id = useId();
  const statusId = useId();
  const failed = preview?.state === 'done' && preview.status !== 'ok';
  return (
    <li className="proposal-source">
      <input id={id} type="checkbox" checked={chosen} aria-describedby={statusId} onChange={(e) => choose(source.url, e.target.checked)} />
      <div>
        <label htmlFor={id} className="proposal-title">
          {source.title}
        </label>
        <p id={statusId} className={failed ? 'proposal-status problem' : 'proposal-status quiet'}>
          {!preview || preview.state === 'checking' ? 'Checking…' : preview.message}
          {source.note ? <> {source.note}</> : null}
        </p>
        {preview?.state === 'done' && preview.titles.length ? (
          <ul className="proposal-samples" aria-label={`What ${source.title} has now`}>
            {preview.titles.slice(0, 5).map((t, i) => (
              <li key={i}>{t}</li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}

export function SetupProposals() {
  const proposal = useApp((s) => s.setupProposal);
  const chosenCount = useApp((s) => Object.values(s.chosen).filter(Boolean).length);
  const checking = useApp((s) => Object.values(s.previews).filter((p) => p.state === 'checking').length);
  const noneWorked = useApp((s) => {
    const all = Object.values(s.previews);
    return all.length > 0 && all.every((p) => p.state === 'done' && p.status !== 'ok');
  });
  const chooseAll = useApp((s) => s.chooseAll);
  const apply = useApp((s) => s.applySetup);
  const busy = useApp((s) => s.setupBusy);
  if (!proposal) return null;
  const groups = groupProposals(proposal.sources);
  return (
    <section className="setup-proposals" aria-labelledby="proposals-heading">
      <h2 id="proposals-heading">Places to listen</h2>
      <p className="quiet" role="status">
        {checking > 0
          ? `Checking each place… ${numberWords(checking)} still to check.`
          : noneWorked
            ? 'Each place has been checked, but none could be read just now. You can still keep the ones you want; Earshot will try them again when it syncs.'
            : 'Each place has been checked. Tick the ones you want Earshot to listen to.'}
      </p>
      {proposal.sources.length > 1 ? (
        <p className="setup-choose-all">
          <button type="button" className="text-button" onClick={() => chooseAll(true)}>
            Tick all
          </button>
          <button type="button" className="text-button" onClick={() => chooseAll(false)}>
            Untick all
          </button>
        </p>
      ) : null}
      {groups.map((g) => (
        <div key={g.label} className="proposal-group">
          <h3>{g.label}</h3>
          <ul className="proposal-list">
            {g.sources.map((s) => (
              <Proposal key={s.url} source={s} />
            ))}
          </ul>
        </div>
      ))}
      {proposal.watchWords.length ? (
        <div className="proposal-group">
          <h3>Names Earshot will listen for</h3>
          <ul className="chips" aria-label="Names Earshot will listen for">
            {proposal.watchWords.map((w) => (
              <li key={`${w.kind}:${w.word}`} className="chip" title={w.aliases.length ? `Also: ${w.aliases.join(', ')}` : undefined}>
                {w.word} <span className="quiet">· {kindLabel(w.kind).toLowerCase()}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <p className="setup-apply">
        <button type="button" className="button" disabled={busy} onClick={() => void apply()}>
          {busy ? 'Keeping…' : chosenCount ? `Listen to ${count(chosenCount, 'place')}` : 'Keep just the names'}
        </button>
      </p>
    </section>
  );
}
