import { useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useFocusAfterRemoval } from '../lib/focus-after';
import { useApp } from '../state/context';
import { AddSourceForm } from './AddSourceForm';
import { SampleOffer } from './SampleOffer';
import { SourceRow } from './SourceRow';
import { SourceTools } from './listen/SourceTools';

export function SourcesScreen() {
  const ids = useApp(useShallow((s) => s.sources.map((src) => src.id)));
  const loaded = useApp((s) => s.sourcesLoaded);
  const error = useApp((s) => s.sourcesError);
  const loadSources = useApp((s) => s.loadSources);
  // Nothing yet: the samples come first, the forms after them.
  const empty = loaded && ids.length === 0;
  const heading = useRef<HTMLHeadingElement>(null);
  // A source removed: the focus goes on to the next source's Remove, or to the heading when none is left.
  const list = useFocusAfterRemoval<HTMLUListElement>(ids, () => heading.current);

  useEffect(() => {
    // Each visit shows each source's health as it is now.
    void loadSources();
  }, [loadSources]);

  return (
    <section className="screen sources-screen" aria-labelledby="sources-heading">
      <h1 id="sources-heading" ref={heading} tabIndex={-1}>
        Sources
      </h1>
      {empty ? <SampleOffer /> : null}
      {empty ? <h2 className="sources-own">Or add a place yourself</h2> : null}
      <p className="lede">
        The places Earshot listens to. Add the address of a blog, a forum, a news search or an app's reviews.
      </p>
      <AddSourceForm />
      {/* Right under the address it is about (it once sat below the import and export buttons). */}
      {error ? (
        <p className="problem" role="alert">
          {error}
        </p>
      ) : null}
      <SourceTools />
      {ids.length > 0 ? (
        <ul className="source-list" aria-label="Your sources" {...list}>
          {ids.map((id) => (
            <SourceRow key={id} id={id} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
