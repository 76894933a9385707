import { useRef } from 'react';
import { useFocusOnChange } from '../lib/focus-after';
import { useApp } from '../state/context';
import { addressWords, conversationCountWords, healthWords, sourceTitle } from '../lib/status-words';

export function SourceRow({ id }: { id: string }) {
  const source = useApp((s) => s.sources.find((src) => src.id === id));
  const now = useApp((s) => s.now);
  const confirming = useApp((s) => s.confirmingRemoveId === id);
  const ask = useApp((s) => s.askRemoveSource);
  const remove = useApp((s) => s.removeSource);
  // "Keep it" puts the question away: the focus goes back to Remove. Only then: after Remove the row is on its
  // way out, and SourcesScreen moves the focus on to the next row.
  const removeButton = useRef<HTMLButtonElement>(null);
  const kept = useRef(false);
  useFocusOnChange(confirming, () => {
    if (confirming || !kept.current) return null;
    kept.current = false;
    return removeButton.current;
  });
  if (!source) return null;

  const health = healthWords(source, now);
  const title = sourceTitle(source);
  return (
    <li className="source">
      <div className="source-main">
        <h2 className="source-title">{title}</h2>
        <p className="source-address quiet">{addressWords(source.url)}</p>
        <p className="source-health">
          <span className={`health health-${health.tone}`}>{health.label}</span>
          <span className="quiet"> · {conversationCountWords(source.conversationCount)}</span>
        </p>
        {health.detail ? <p className="source-detail quiet">{health.detail}</p> : null}
        {source.own ? <p className="source-detail quiet">Ours: listed, not counted as what customers say.</p> : null}
      </div>
      <div className="source-actions">
        {confirming ? (
          <div role="group" aria-label={`Remove ${title}?`} className="confirm">
            <p>Remove “{title}”? Earshot will stop listening to it.</p>
            <button type="button" className="button" onClick={() => void remove(id)}>
              Remove
            </button>
            {/* The focus moves to the question, on the answer that changes nothing. */}
            <button
              type="button"
              className="button quiet-button"
              onClick={() => {
                kept.current = true;
                ask(null);
              }}
              autoFocus
            >
              Keep it
            </button>
          </div>
        ) : (
          <button type="button" className="button quiet-button" ref={removeButton} aria-label={`Remove ${title}`} onClick={() => ask(id)}>
            Remove
          </button>
        )}
      </div>
    </li>
  );
}
