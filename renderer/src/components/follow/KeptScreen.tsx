// The conversations the executive kept, with their notes; filter by words or by source. Kept ones stay forever,
// even when the conversation itself has left the store (the snapshot keeps what it said).
import { useEffect, useRef, useState } from 'react';
import type { Bookmark } from '../../../../shared/follow';
import { focusReadingTitle, useFocusAfterRemoval, useFocusOnChange } from '../../lib/focus-after';
import { fullDate } from '../../lib/time-words';
import { safeLink } from '../../lib/sanitize';
import { useApp } from '../../state/context';

export function KeptScreen() {
  const bookmarks = useApp((s) => s.bookmarks);
  const loaded = useApp((s) => s.bookmarksLoaded);
  const filter = useApp((s) => s.bookmarkFilter);
  const setFilter = useApp((s) => s.setBookmarkFilter);
  const sources = useApp((s) => s.sources);
  const error = useApp((s) => s.followError ?? s.followLoadError);
  const loadBookmarks = useApp((s) => s.loadBookmarks);
  const [text, setText] = useState(filter.query);
  const heading = useRef<HTMLHeadingElement>(null);
  // Let it go takes the row away: the focus goes on to the next kept one, or to the heading when none is left.
  const list = useFocusAfterRemoval<HTMLUListElement>(
    bookmarks.map((b) => b.conversationId),
    () => heading.current,
  );

  useEffect(() => {
    void loadBookmarks();
  }, [loadBookmarks]);
  useEffect(() => {
    if (text === filter.query) return;
    const timer = setTimeout(() => setFilter({ query: text }), 250);
    return () => clearTimeout(timer);
  }, [text, filter.query, setFilter]);

  const filtering = filter.query.trim() !== '' || filter.sourceId !== '';
  return (
    <section className="screen follow-screen" aria-labelledby="kept-heading">
      <h1 id="kept-heading" ref={heading} tabIndex={-1}>
        Kept
      </h1>
      <p className="lede">Conversations you kept, with your notes. They stay here even after the source lets them go.</p>
      <form className="follow-filters" role="search" aria-label="Kept conversations" onSubmit={(e) => e.preventDefault()}>
        <label htmlFor="kept-query">Words</label>
        <input id="kept-query" type="search" value={text} onChange={(e) => setText(e.target.value)} />
        <label htmlFor="kept-source">Source</label>
        <select id="kept-source" value={filter.sourceId} onChange={(e) => setFilter({ sourceId: e.target.value })}>
          <option value="">Any source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </form>
      {error ? <p className="problem">{error}</p> : null}
      {loaded && bookmarks.length === 0 ? (
        <p className="empty quiet">
          {filtering ? 'Nothing kept matches these words.' : 'Nothing kept yet. Press b, or Keep, while reading a conversation.'}
        </p>
      ) : null}
      <ul className="follow-list" aria-label="Kept conversations" {...list}>
        {bookmarks.map((b) => (
          <KeptItem key={b.conversationId} bookmark={b} />
        ))}
      </ul>
    </section>
  );
}

function KeptItem({ bookmark }: { bookmark: Bookmark }) {
  const c = bookmark.conversation;
  const open = useApp((s) => s.openConversation);
  const setScreen = useApp((s) => s.setScreen);
  const setKeptNote = useApp((s) => s.setKeptNote);
  const unkeep = useApp((s) => s.unkeep);
  const forward = useApp((s) => s.forward);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(bookmark.note);
  const link = safeLink(c.link);
  const headingId = `kept-${bookmark.conversationId}`;
  // The item's controls are named alike in every item ("Read it", "Let it go"): each says which item it is for.
  const forItem = { 'aria-describedby': headingId };
  const noteButton = useRef<HTMLButtonElement>(null);
  useFocusOnChange(editing, () => (editing ? null : noteButton.current));

  const read = () => {
    setScreen('conversations');
    void open(bookmark.conversationId);
    focusReadingTitle(bookmark.conversationId);
  };
  return (
    <li className="follow-item">
      <p className="item-meta quiet">
        {c.sourceTitle}
        {c.author ? ` · ${c.author}` : ''} · {fullDate(c.publishedAt)}
      </p>
      <h2 id={headingId} className="follow-title">
        {c.title || 'Untitled'}
      </h2>
      {c.excerpt ? <p className="follow-excerpt">{c.excerpt}</p> : null}
      {editing ? (
        <form
          className="note-form"
          onSubmit={(e) => {
            e.preventDefault();
            void setKeptNote(bookmark.conversationId, draft).then((ok) => ok && setEditing(false));
          }}
        >
          <label htmlFor={`note-${bookmark.conversationId}`}>Your note</label>
          <textarea id={`note-${bookmark.conversationId}`} rows={2} value={draft} autoFocus onChange={(e) => setDraft(e.target.value)} />
          <span className="note-form-buttons">
            <button type="submit" className="button">
              Save the note
            </button>
            <button type="button" className="text-button" onClick={() => setEditing(false)}>
              Cancel
            </button>
          </span>
        </form>
      ) : bookmark.note ? (
        <p className="kept-note">{bookmark.note}</p>
      ) : null}
      <p className="follow-item-actions">
        {bookmark.available ? (
          <button type="button" className="text-button" onClick={read} {...forItem}>
            Read it
          </button>
        ) : (
          <span className="quiet">No longer in the source; what it said is kept here.</span>
        )}
        {link ? (
          <a href={link} target="_blank" rel="noopener noreferrer" className="text-link" {...forItem}>
            Where it was said
          </a>
        ) : null}
        {!editing ? (
          <button type="button" className="text-button" ref={noteButton} onClick={() => { setDraft(bookmark.note); setEditing(true); }} {...forItem}>
            {bookmark.note ? 'Edit the note' : 'Add a note'}
          </button>
        ) : null}
        {bookmark.available ? (
          <button type="button" className="text-button" onClick={() => forward(bookmark.conversationId)} {...forItem}>
            Forward…
          </button>
        ) : null}
        <button type="button" className="text-button" onClick={() => void unkeep(bookmark.conversationId)} {...forItem}>
          Let it go
        </button>
      </p>
    </li>
  );
}
