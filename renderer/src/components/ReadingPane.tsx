import { useMemo } from 'react';
import { useApp } from '../state/context';
import { safeLink, sanitizeContent } from '../lib/sanitize';
import { fullDate } from '../lib/time-words';

export function ReadingPane() {
  const conversation = useApp((s) => s.selected);
  const selectedId = useApp((s) => s.selectedId);
  const error = useApp((s) => s.readingError);
  const html = useMemo(() => (conversation ? sanitizeContent(conversation.contentHtml) : ''), [conversation]);

  const link = safeLink(conversation?.link ?? null);
  const commentsLink = safeLink(conversation?.commentsUrl ?? null);

  if (error) {
    return (
      <article className="reading" aria-label="Reading">
        <p className="problem">{error}</p>
      </article>
    );
  }
  if (!conversation || conversation.id !== selectedId) {
    return (
      <article className="reading reading-empty" aria-label="Reading">
        <p className="quiet">{selectedId ? 'Opening…' : 'Choose a conversation to read it here.'}</p>
      </article>
    );
  }
  return (
    <article className="reading" aria-labelledby="reading-title">
      <header className="reading-header">
        <p className="reading-source quiet">{conversation.sourceTitle}</p>
        <h2 id="reading-title">{conversation.title || 'Untitled'}</h2>
        <p className="reading-meta quiet">
          {conversation.author ? <>By {conversation.author} · </> : null}
          <time dateTime={new Date(conversation.publishedAt).toISOString()}>{fullDate(conversation.publishedAt)}</time>
        </p>
      </header>
      {/* The engine sanitized this HTML; sanitizeContent runs DOMPurify over it again before it reaches the DOM. */}
      <div className="reading-content" data-testid="reading-content" dangerouslySetInnerHTML={{ __html: html }} />
      {link ? (
        <p className="reading-footer">
          <a href={link} target="_blank" rel="noopener noreferrer">
            Read it where it was said
          </a>
          {commentsLink ? (
            <>
              {' · '}
              <a href={commentsLink} target="_blank" rel="noopener noreferrer">
                The replies
              </a>
            </>
          ) : null}
        </p>
      ) : null}
    </article>
  );
}
