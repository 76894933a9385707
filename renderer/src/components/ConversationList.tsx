import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../state/context';
import { ConversationItem } from './ConversationItem';

export function ConversationList() {
  const ids = useApp(useShallow((s) => s.conversations.map((c) => c.id)));
  const total = useApp((s) => s.conversationsTotal);
  const hasMore = useApp((s) => s.nextCursor !== null);
  const loadMore = useApp((s) => s.loadMoreConversations);

  return (
    <nav className="conversation-list" aria-label="Conversations, newest first">
      <p className="quiet list-count">
        {total} conversation{total === 1 ? '' : 's'}
      </p>
      <ul>
        {ids.map((id) => (
          <ConversationItem key={id} id={id} />
        ))}
      </ul>
      {hasMore ? (
        <button type="button" className="button quiet-button more" onClick={() => void loadMore()}>
          Show older conversations
        </button>
      ) : null}
    </nav>
  );
}
