// "Names we listen for": the watch words by kind, a form to add one, and what is muted.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFocusAfterRemoval } from '../../lib/focus-after';
import { useApp } from '../../state/context';
import { MutedSection } from './MutedSection';
import { WatchWordForm } from './WatchWordForm';
import { WatchWordRow } from './WatchWordRow';
import { KINDS } from './words';
import './listen.css';

function KindGroup({ kind, label }: { kind: string; label: string }) {
  const ids = useApp(useShallow((s) => s.watchWords.filter((w) => w.kind === kind).map((w) => w.id)));
  // A name removed: the focus goes on to the next name of its kind; the last one gone, to the screen's heading.
  const list = useFocusAfterRemoval<HTMLUListElement>(ids, () => document.getElementById('watch-heading'));
  if (ids.length === 0) return null;
  return (
    <div className="watch-group">
      <h2>{label}</h2>
      <ul className="watch-list" aria-label={label} {...list}>
        {ids.map((id) => (
          <WatchWordRow key={id} id={id} />
        ))}
      </ul>
    </div>
  );
}

export function WatchScreen() {
  const load = useApp((s) => s.loadWatch);
  const loaded = useApp((s) => s.watchLoaded);
  const empty = useApp((s) => s.watchWords.length === 0);
  const error = useApp((s) => s.watchError);
  const notice = useApp((s) => s.watchNotice);
  const add = useApp((s) => s.addWatchWord);
  const setScreen = useApp((s) => s.setScreen);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section className="screen listen-screen" aria-labelledby="watch-heading">
      <h1 id="watch-heading" tabIndex={-1}>
        Names we listen for
      </h1>
      <p className="lede">
        Earshot picks out conversations that mention these names. Other spellings count too. “Not in” lists what
        doesn't count: a phrase with the name (“kestrel falcon”), or a word that shows a conversation is about
        something else (“web server”).
      </p>
      <WatchWordForm submitLabel="Add" onSubmit={add} />
      <p className="visually-hidden" role="status">
        {notice ?? ''}
      </p>
      {error ? (
        <p className="problem" role="alert">
          {error}
        </p>
      ) : null}
      {loaded && empty ? (
        <div className="empty">
          <p>No names yet. Add one above, or let Earshot suggest them from your company's name.</p>
          <button type="button" className="button quiet-button" onClick={() => setScreen('setup')}>
            Listen for your company
          </button>
        </div>
      ) : null}
      {KINDS.map((k) => (
        <KindGroup key={k.kind} kind={k.kind} label={k.plural} />
      ))}
      <MutedSection />
    </section>
  );
}
