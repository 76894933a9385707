import { useApp } from '../state/context';
import { relativeTime } from '../lib/time-words';

export function ConversationItem({ id }: { id: string }) {
  const item = useApp((s) => s.conversations.find((c) => c.id === id));
  const selected = useApp((s) => s.selectedId === id);
  const now = useApp((s) => s.now);
  const open = useApp((s) => s.openConversation);
  if (!item) return null;

  return (
    <li>
      <button
        type="button"
        className="conversation-item"
        aria-current={selected ? 'true' : undefined}
        onClick={() => void open(id)}
      >
        <span className="item-meta quiet">
          {item.sourceTitle} · <time dateTime={new Date(item.publishedAt).toISOString()}>{relativeTime(item.publishedAt, now)}</time>
        </span>
        <span className="item-title">{item.title || 'Untitled'}</span>
        {item.excerpt ? <span className="item-excerpt">{item.excerpt}</span> : null}
      </button>
    </li>
  );
}
