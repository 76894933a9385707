import { useEffect, useMemo } from 'react';
import { useApp } from '../../state/context';
import { safeLink } from '../../lib/sanitize';
import { fullDate } from '../../lib/time-words';
import { FontSizeControl } from './FontSizeControl';
import { Highlighted } from './Highlighted';
import { matchedWords, prepareContent } from './highlight';
import { Replies } from './Replies';
import { ToneReason } from './ToneWord';
import { FollowActions } from '../follow/FollowActions';
import { ListenLine } from '../listen/ListenLine';

export function ReadingPane() {
  const selectedId = useApp((s) => s.selectedId);
  const thread = useApp((s) => (s.thread && s.thread.conversation.id === s.selectedId ? s.thread : null));
  const fallback = useApp((s) => (s.selected && s.selected.id === s.selectedId ? s.selected : null));
  const error = useApp((s) => s.threadError ?? s.readingError);
  const fontSize = useApp((s) => s.fontSize);
  const openThread = useApp((s) => s.openThread);
  const keepFullText = useApp((s) => s.keepFullText);
  const keeping = useApp((s) => s.keepingFullText);
  const fullTextMessage = useApp((s) => s.fullTextMessage);
  const online = useApp((s) => s.network.online);

  useEffect(() => {
    if (selectedId) void openThread(selectedId);
  }, [selectedId, openThread]);

  const conversation = thread?.conversation ?? fallback;
  const words = useMemo(
    () => (conversation ? matchedWords(conversation.matches, conversation.title, conversation.excerpt) : []),
    [conversation],
  );
  // The engine sanitized this HTML; prepareContent runs DOMPurify over it again before it reaches the DOM.
  const html = useMemo(() => (conversation ? prepareContent(conversation.contentHtml, words) : ''), [conversation, words]);

  // Nothing to choose from (no search yet, nothing found): nothing to ask for either.
  const listEmpty = useApp((s) => (s.screen === 'search' ? s.searchResults.length === 0 : s.conversations.length === 0));
  // The thread failing while the conversation itself opened: read what there is rather than an error.
  if (error && !conversation) {
    return (
      <article className="reading" aria-label="Reading">
        <p className="problem">{error}</p>
      </article>
    );
  }
  if (!conversation) {
    return (
      <article className="reading reading-empty" aria-label="Reading">
        {selectedId ? <p className="quiet">Opening…</p> : listEmpty ? null : <p className="quiet">Choose a conversation to read it here.</p>}
      </article>
    );
  }
  const link = safeLink(conversation.link);
  const commentsLink = safeLink(conversation.commentsUrl);
  return (
    // data-conversation: which one is drawn, so focusReadingTitle waits for the one it was asked for.
    <article className={`reading text-${fontSize}`} aria-labelledby="reading-title" tabIndex={-1} id="reading" data-conversation={conversation.id}>
      <header className="reading-header">
        <p className="reading-source quiet">
          {conversation.sourceTitle}
          <FontSizeControl />
        </p>
        {/* Focused (not tabbed to) when a conversation opens from another screen: see focusReadingTitle. */}
        <h2 id="reading-title" tabIndex={-1}>
          <Highlighted text={conversation.title || 'Untitled'} matches={conversation.matches} field="title" />
        </h2>
        <p className="reading-meta quiet">
          {conversation.author ? <>By {conversation.author} · </> : null}
          <time dateTime={new Date(conversation.publishedAt).toISOString()}>{fullDate(conversation.publishedAt)}</time>
          {thread?.fullText ? <> · The whole article, kept for reading offline</> : null}
        </p>
        <ToneReason tone={conversation.tone} words={conversation.toneWords} />
        <ListenLine id={conversation.id} matches={conversation.matches} />
        <FollowActions conversationId={conversation.id} />
      </header>
      <div className="reading-content" data-testid="reading-content" dangerouslySetInnerHTML={{ __html: html }} />
      {thread?.summaryOnly ? (
        <p className="full-text-offer quiet">
          {fullTextMessage ?? 'There may be more on the page it came from.'}{' '}
          {online && !keeping ? (
            <button type="button" className="text-button" onClick={() => void keepFullText(conversation.id)}>
              Get the whole article
            </button>
          ) : null}
        </p>
      ) : null}
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
      <Replies replies={thread?.replies ?? []} words={words} />
    </article>
  );
}
