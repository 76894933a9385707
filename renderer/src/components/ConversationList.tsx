import { useCallback } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { notListedWords } from '../../../shared/words';
import { useApp } from '../state/context';
import { ConversationItem } from './ConversationItem';
import { ROW_HEIGHT } from './reader/row-height';
import { VirtualList } from './reader/VirtualList';

export function ConversationList() {
  const ids = useApp(useShallow((s) => s.conversations.map((c) => c.id)));
  const total = useApp((s) => s.conversationsTotal);
  const notListed = useApp((s) => s.conversationsNotListed);
  const left = notListed ? notListed.muted + notListed.elsewhere + notListed.repeats + notListed.replies : 0;
  const showing = useApp((s) => s.showingNotListed);
  const show = useApp((s) => s.showNotListed);
  const hasMore = useApp((s) => s.nextCursor !== null);
  const loadMore = useApp((s) => s.loadMoreConversations);
  const selectedIndex = useApp((s) => (s.selectedId ? s.conversations.findIndex((c) => c.id === s.selectedId) : -1));
  const onEnd = useCallback(() => {
    if (hasMore) void loadMore();
  }, [hasMore, loadMore]);
  const rowKey = useCallback((i: number) => ids[i] ?? `row-${i}`, [ids]);
  const renderRow = useCallback((i: number) => <ConversationItem id={ids[i]!} />, [ids]);
  const open = useApp((s) => s.openConversation);
  const onArrow = useCallback((i: number) => ids[i] && void open(ids[i]), [ids, open]);

  return (
    // A region, not a landmark for getting around: the screens' own nav is the only one.
    <section className="conversation-list" aria-label="Conversations, newest first">
      <div className="quiet list-count">
        {showing ? (
          <>
            {left.toLocaleString('en-US')} not listed{' '}
            <button type="button" className="text-button" onClick={() => void show(false)}>
              Back to the {total.toLocaleString('en-US')} listed
            </button>
          </>
        ) : (
          <>
            {total.toLocaleString('en-US')} conversation{total === 1 ? '' : 's'}
            {notListed && left > 0 ? (
              // The dot only separates, for the eye: read out, the summary is "18 not listed".
              <>
                <span aria-hidden="true">{' · '}</span>
                <details className="not-listed">
                  <summary>{left.toLocaleString('en-US')} not listed</summary>
                  <p>
                    {notListedWords(notListed)}{' '}
                    <button type="button" className="text-button" onClick={() => void show(true)}>
                      Show them
                    </button>
                  </p>
                </details>
              </>
            ) : null}
          </>
        )}
      </div>
      <VirtualList
        count={ids.length}
        estimatedRowHeight={ROW_HEIGHT}
        rowKey={rowKey}
        size={showing ? left : total}
        activeIndex={selectedIndex}
        onArrow={onArrow}
        onEndReached={onEnd}
        label="Conversations"
        renderRow={renderRow}
        footer={
          hasMore ? (
            <p className="more">
              <button type="button" className="button quiet-button" onClick={() => void loadMore()}>
                Show older conversations
              </button>
            </p>
          ) : null
        }
      />
    </section>
  );
}
