import { NOT_LISTED_REASON_WORDS } from '../../../shared/words';
import { useApp } from '../state/context';
import { relativeTime } from '../lib/time-words';
import { Highlighted } from './reader/Highlighted';
import { ToneWord } from './reader/ToneWord';
import { KeptWord } from './follow/KeptWord';
import { SourceName } from './SourceName';
import { ForwardedWord } from './follow/ForwardedLine';
import { MatchedNames } from './listen/ListenLine';

/** One row of the conversation list (the list draws the list item around it). */
export function ConversationItem({ id }: { id: string }) {
  const item = useApp((s) => s.conversations.find((c) => c.id === id));
  const selected = useApp((s) => s.selectedId === id);
  const now = useApp((s) => s.now);
  const open = useApp((s) => s.openConversation);
  if (!item) return null;

  return (
    <button
      type="button"
      className="conversation-item"
      aria-current={selected ? 'true' : undefined}
      data-id={id}
      onClick={() => void open(id)}
    >
      <span className="item-meta quiet">
        <SourceName sourceId={item.sourceId} title={item.sourceTitle} /> · <time dateTime={new Date(item.publishedAt).toISOString()}>{relativeTime(item.publishedAt, now)}</time>
        <ToneWord tone={item.tone} words={item.toneWords} />
        <KeptWord id={id} />
        <ForwardedWord id={id} />
        {item.notListedBecause ? <span className="kept-word"> · {NOT_LISTED_REASON_WORDS[item.notListedBecause]}</span> : null}
        <MatchedNames matches={item.matches} />
      </span>
      <span className="item-title">
        <Highlighted text={item.title || 'Untitled'} matches={item.matches} field="title" />
      </span>
      {item.excerpt ? (
        <span className="item-excerpt">
          <Highlighted text={item.excerpt} matches={item.matches} field="excerpt" />
        </span>
      ) : null}
    </button>
  );
}
