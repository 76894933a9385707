import { useApp } from '../../state/context';
import { relativeTime } from '../../lib/time-words';
import { ToneWord } from '../reader/ToneWord';
import { SourceName } from '../SourceName';
import { safeSnippet } from './snippet';

/** One row of the search results (the list draws the list item around it). */
export function SearchResult({ index }: { index: number }) {
  const hit = useApp((s) => s.searchResults[index]);
  const selected = useApp((s) => !!hit && s.selectedId === hit.id);
  const now = useApp((s) => s.now);
  const open = useApp((s) => s.openConversation);
  if (!hit) return null;
  return (
    <button type="button" className="conversation-item" aria-current={selected ? 'true' : undefined} data-id={hit.id} onClick={() => void open(hit.id)}>
      <span className="item-meta quiet">
        <SourceName sourceId={hit.sourceId} title={hit.sourceTitle} /> · <time dateTime={new Date(hit.publishedAt).toISOString()}>{relativeTime(hit.publishedAt, now)}</time>
        {hit.bookmarked ? ' · Kept' : null}
        <ToneWord tone={hit.tone} words={hit.toneWords} />
      </span>
      <span className="item-title" dangerouslySetInnerHTML={{ __html: safeSnippet(hit.titleSnippet) }} />
      <span className="item-excerpt" data-testid="snippet" dangerouslySetInnerHTML={{ __html: safeSnippet(hit.snippet) }} />
    </button>
  );
}
