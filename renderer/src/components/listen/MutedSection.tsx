// What Earshot doesn't show: muted words and sources, with a way to hear them again; and sources marked widely read.
import { useId, useRef, useState } from 'react';
import type { FormEvent, RefObject } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFocusAfterRemoval } from '../../lib/focus-after';
import { useApp } from '../../state/context';

function MuteWordForm({ input }: { input: RefObject<HTMLInputElement | null> }) {
  const mute = useApp((s) => s.mute);
  const [word, setWord] = useState('');
  const id = useId();
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await mute({ word })) setWord('');
  }
  return (
    <form className="mute-form" onSubmit={(e) => void submit(e)}>
      <label htmlFor={id}>Hide conversations that mention</label>
      <div className="add-source-row">
        <input id={id} ref={input} type="text" autoComplete="off" value={word} onChange={(e) => setWord(e.target.value)} />
        <button type="submit" className="button" disabled={!word.trim()}>
          Mute
        </button>
      </div>
    </form>
  );
}

function SourceListening({ id }: { id: string }) {
  const source = useApp((s) => s.sources.find((x) => x.id === id));
  const muted = useApp((s) => s.muted.sourceIds.includes(id));
  // The mark set in this session, else the source's own once the engine reports it (see the report: Source.widelyRead).
  const widelyRead = useApp((s) => s.widelyRead[id] ?? Boolean((s.sources.find((x) => x.id === id) as { widelyRead?: boolean } | undefined)?.widelyRead));
  const mute = useApp((s) => s.mute);
  const unmute = useApp((s) => s.unmute);
  const mark = useApp((s) => s.setWidelyRead);
  const setOwn = useApp((s) => s.setSourceOwn);
  const checkId = useId();
  const ownId = useId();
  if (!source) return null;
  const title = source.title || source.url;
  return (
    <li className="listen-source">
      <span className="listen-source-title">
        {title}
        {muted ? <span className="quiet"> · muted</span> : null}
      </span>
      <span className="listen-source-actions">
        <input id={ownId} type="checkbox" checked={source.own === true} onChange={(e) => void setOwn(id, e.target.checked)} />
        <label htmlFor={ownId} className="quiet">
          Ours
        </label>
        <input id={checkId} type="checkbox" checked={widelyRead} onChange={(e) => void mark(id, e.target.checked)} />
        <label htmlFor={checkId} className="quiet">
          Widely read
        </label>
        <button
          type="button"
          className="button quiet-button"
          aria-label={muted ? `Hear again from ${title}` : `Mute ${title}`}
          onClick={() => void (muted ? unmute({ sourceId: id }) : mute({ sourceId: id }))}
        >
          {muted ? 'Hear again' : 'Mute'}
        </button>
      </span>
    </li>
  );
}

export function MutedSection() {
  const words = useApp(useShallow((s) => s.muted.words));
  const sourceIds = useApp(useShallow((s) => s.sources.map((x) => x.id)));
  const unmute = useApp((s) => s.unmute);
  const input = useRef<HTMLInputElement>(null);
  // A word heard again leaves the list: the focus goes to the next word's ×, else to where words are muted.
  const chips = useFocusAfterRemoval<HTMLUListElement>(words, () => input.current);
  return (
    <>
      <section className="listen-section" aria-labelledby="muted-heading">
        <h2 id="muted-heading">Muted</h2>
        <p className="quiet">Conversations with a muted word, or from a muted source, are not shown.</p>
        <MuteWordForm input={input} />
        {words.length ? (
          <ul className="chips" aria-label="Muted words" {...chips}>
            {words.map((w) => (
              <li key={w} className="chip">
                {w}
                <button type="button" className="chip-remove" aria-label={`Hear “${w}” again`} onClick={() => void unmute({ word: w })}>
                  ×
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="quiet">No words are muted.</p>
        )}
      </section>
      {sourceIds.length ? (
        <section className="listen-section" aria-labelledby="listen-sources-heading">
          <h2 id="listen-sources-heading">Sources</h2>
          <p className="quiet">
            Mark your company's own channels, such as its blog, as ours: they are listed, but not counted as what
            customers say. Mark the ones many people read: what they say counts for more.
          </p>
          <ul className="listen-sources" aria-label="Sources to mute or mark">
            {sourceIds.map((id) => (
              <SourceListening key={id} id={id} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
