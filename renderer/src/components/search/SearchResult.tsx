import { useApp } from '../../state/context';
import { relativeTime } from '../../lib/time-words';
import { ToneWord, toneShown } from '../reader/ToneWord';
import { SourceName } from '../SourceName';
import { Pause } from '../ConversationItem';
import { safeSnippet } from './snippet';

/**
 * One row of the search results (the list draws the list item around it). As in the conversation list, its line
 * and title, with pauses, name it; the snippet, short, is heard too: it says why the row was found.
 */
export function SearchResult({ index }: { index: number }) {
  const hit = useApp((s) => s.searchResults[index]);
  const selected = useApp((s) => !!hit && s.selectedId === hit.id);
  const now = useApp((s) => s.now);
  const open = useApp((s) => s.openConversation);
  if (!hit) return null;
  return (
    <button
      type="button"
      className="conversation-item"
      aria-current={selected ? 'true' : undefined}
      data-id={hit.id}
      onClick={() => void open(hit.id)}
    >
      <span className="item-meta quiet">
        <SourceName sourceId={hit.sourceId} title={hit.sourceTitle} />
        <Pause dot />
        <time dateTime={new Date(hit.publishedAt).toISOString()}>{relativeTime(hit.publishedAt, now)}</time>
        {hit.bookmarked ? (
          <>
            <Pause dot />
            Kept
          </>
        ) : null}
        {toneShown(hit.tone) ? <Pause /> : null}
        <ToneWord tone={hit.tone} />
      </span>
      {/* An empty title would leave the row without a name: it is "Untitled", as in the conversation list. */}
      <span className="item-title" dangerouslySetInnerHTML={{ __html: safeSnippet(hit.titleSnippet) || 'Untitled' }} />
      <span className="item-excerpt" data-testid="snippet" dangerouslySetInnerHTML={{ __html: safeSnippet(hit.snippet) }} />
    </button>
  );
}
