import { useMemo } from 'react';
import type { Conversation } from '../../../../shared/model';
import { useApp } from '../../state/context';
import { relativeTime } from '../../lib/time-words';
import { prepareContent } from './highlight';

function Reply({ reply, words }: { reply: Conversation; words: string[] }) {
  const now = useApp((s) => s.now);
  const html = useMemo(() => prepareContent(reply.contentHtml || reply.excerpt, words), [reply, words]);
  return (
    <li className="reply">
      <p className="reply-meta quiet">
        {reply.author ?? 'Someone'} · <time dateTime={new Date(reply.publishedAt).toISOString()}>{relativeTime(reply.publishedAt, now)}</time>
      </p>
      <div className="reply-content" dangerouslySetInnerHTML={{ __html: html }} />
    </li>
  );
}

export function Replies({ replies, words }: { replies: Conversation[]; words: string[] }) {
  if (replies.length === 0) return null;
  return (
    <section className="replies" aria-labelledby="replies-heading">
      <h3 id="replies-heading">
        {replies.length} {replies.length === 1 ? 'reply' : 'replies'}
      </h3>
      <ol className="reply-list">
        {replies.map((r) => (
          <Reply key={r.id} reply={r} words={words} />
        ))}
      </ol>
    </section>
  );
}
