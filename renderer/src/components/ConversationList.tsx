import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useApp } from '../state/context';
import { ConversationItem } from './ConversationItem';
import { ROW_HEIGHT } from './reader/row-height';
import { VirtualList } from './reader/VirtualList';

export function ConversationList() {
  const ids = useApp(useShallow((s) => s.conversations.map((c) => c.id)));
  const total = useApp((s) => s.conversationsTotal);
  const hasMore = useApp((s) => s.nextCursor !== null);
  const loadMore = useApp((s) => s.loadMoreConversations);
  const selectedIndex = useApp((s) => (s.selectedId ? s.conversations.findIndex((c) => c.id === s.selectedId) : -1));
  const onEnd = useCallback(() => {
    if (hasMore) void loadMore();
  }, [hasMore, loadMore]);

  return (
    <nav className="conversation-list" aria-label="Conversations, newest first">
      <p className="quiet list-count">
        {total} conversation{total === 1 ? '' : 's'}
      </p>
      <VirtualList
        count={ids.length}
        rowHeight={ROW_HEIGHT}
        activeIndex={selectedIndex}
        onEndReached={onEnd}
        label="Conversations"
        renderRow={(i, style) => <ConversationItem key={ids[i]} id={ids[i]!} style={style} />}
      />
      {hasMore ? (
        <button type="button" className="button quiet-button more" onClick={() => void loadMore()}>
          Show older conversations
        </button>
      ) : null}
    </nav>
  );
}
