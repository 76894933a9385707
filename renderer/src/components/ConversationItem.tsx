import { NOT_LISTED_REASON_WORDS } from '../../../shared/words';
import { useApp } from '../state/context';
import { relativeTime } from '../lib/time-words';
import { Highlighted } from './reader/Highlighted';
import { ToneWord, toneShown } from './reader/ToneWord';
import { KeptWord } from './follow/KeptWord';
import { SourceName } from './SourceName';
import { ForwardedWord } from './follow/ForwardedLine';
import { MatchedNames, useNamesBesideCompany } from './listen/ListenLine';

/**
 * A pause between two parts of a row's line ("Reddit · 30 minutes ago  Asking  Mentions Kestrel One"), for the ear
 * only: a comma, which screen readers pause at. Most pass over a middle dot without a break, and the gaps before the
 * tone and the names are CSS margins, which they hear as nothing at all ("agoAsking"). `dot` shows the eye's " · ".
 */
export function Pause({ dot = false }: { dot?: boolean }) {
  return (
    <>
      {dot ? <span aria-hidden="true"> · </span> : null}
      <span className="visually-hidden">, </span>
    </>
  );
}

/**
 * One row of the conversation list (the list draws the list item around it). A screen reader hears its line and
 * title, with pauses, as its name; the excerpt is for the eye (the reader has it all once opened). The name comes
 * from what is shown, not an aria-label: a name that leaves shown words out fails people who speak to click.
 */
export function ConversationItem({ id }: { id: string }) {
  const item = useApp((s) => s.conversations.find((c) => c.id === id));
  const selected = useApp((s) => s.selectedId === id);
  const now = useApp((s) => s.now);
  const open = useApp((s) => s.openConversation);
  const mentions = useNamesBesideCompany(item?.matches).length > 0;
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
        <SourceName sourceId={item.sourceId} title={item.sourceTitle} />
        <Pause dot />
        <time dateTime={new Date(item.publishedAt).toISOString()}>{relativeTime(item.publishedAt, now)}</time>
        {toneShown(item.tone) ? <Pause /> : null}
        <ToneWord tone={item.tone} />
        <KeptWord id={id} />
        <ForwardedWord id={id} />
        {item.notListedBecause ? <span className="kept-word"> · {NOT_LISTED_REASON_WORDS[item.notListedBecause]}</span> : null}
        {mentions ? <Pause /> : null}
        <MatchedNames matches={item.matches} />
      </span>
      <span className="item-title">
        <Highlighted text={item.title || 'Untitled'} matches={item.matches} field="title" />
      </span>
      {item.excerpt ? (
        <span className="item-excerpt" aria-hidden="true">
          <Highlighted text={item.excerpt} matches={item.matches} field="excerpt" />
        </span>
      ) : null}
    </button>
  );
}
