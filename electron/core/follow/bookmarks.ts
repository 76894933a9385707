// Bookmarks: conversations kept for later with a note, each with a snapshot so clean-up never empties them.
import { ApiError } from '../../../shared/api';
import type { FollowMethods } from '../../../shared/api-follow';
import type { Bookmark } from '../../../shared/follow';
import { TONES, type Tone } from '../../../shared/model';
import type { AreaApi, EngineContext } from '../context';
import { keepForOffline } from '../read/api';
import { parseSnapshot, takeSnapshot } from './snapshot';

type BookmarkMethods = Pick<FollowMethods, 'bookmarks.list' | 'bookmarks.add' | 'bookmarks.update' | 'bookmarks.remove' | 'bookmarks.has'>;

interface BookmarkRow {
  conversation_id: string;
  note: string;
  snapshot: string | null;
  created_at: number;
  live_id: string | null;
  live_tone: string | null;
}

const SELECT = `SELECT b.conversation_id, b.note, b.snapshot, b.created_at, c.id AS live_id, c.tone AS live_tone
  FROM bookmarks b LEFT JOIN conversations c ON c.id = b.conversation_id`;

function toBookmark(row: BookmarkRow): Bookmark {
  const conversation = parseSnapshot(row.snapshot);
  // The tone may have been worked out after the bookmark was taken: prefer the live one.
  if (row.live_tone && (TONES as readonly string[]).includes(row.live_tone)) conversation.tone = row.live_tone as Tone;
  return { conversationId: row.conversation_id, note: row.note, createdAt: row.created_at, conversation, available: row.live_id !== null };
}

function matchesText(b: Bookmark, words: string[]): boolean {
  const c = b.conversation;
  const hay = [c.title, c.excerpt, c.author ?? '', c.sourceTitle, b.note, c.content].join('\n').toLowerCase();
  return words.every((w) => hay.includes(w));
}

export function bookmarksApi(ctx: EngineContext): AreaApi<BookmarkMethods> {
  const changed = () => ctx.emit('follow.changed', {});

  async function getBookmark(conversationId: string): Promise<Bookmark | null> {
    const row = await ctx.store.get<BookmarkRow>(`${SELECT} WHERE b.conversation_id = ?`, [conversationId]);
    return row ? toBookmark(row) : null;
  }

  async function mustGet(conversationId: string): Promise<Bookmark> {
    const bookmark = await getBookmark(conversationId);
    if (!bookmark) throw new ApiError('That conversation is not bookmarked.', 'not-found');
    return bookmark;
  }

  return {
    async 'bookmarks.list'({ query, tone, sourceId, since, until }) {
      const rows = await ctx.store.all<BookmarkRow>(`${SELECT} ORDER BY b.created_at DESC, b.conversation_id`);
      const words = (query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
      return rows.map(toBookmark).filter((b) => {
        const c = b.conversation;
        if (tone && c.tone !== tone) return false;
        if (sourceId && c.sourceId !== sourceId) return false;
        if (since !== undefined && c.publishedAt < since) return false;
        if (until !== undefined && c.publishedAt > until) return false;
        return words.length === 0 || matchesText(b, words);
      });
    },
    async 'bookmarks.add'({ conversationId, note }) {
      const snapshot = await takeSnapshot(ctx, conversationId);
      const existing = await getBookmark(conversationId);
      if (!snapshot && !existing) throw new ApiError('That conversation is no longer in Earshot.', 'not-found');
      const text = (note ?? existing?.note ?? '').trim();
      await ctx.store.write([
        {
          sql: `INSERT INTO bookmarks (conversation_id, note, snapshot, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT(conversation_id) DO UPDATE SET note = excluded.note,
                  snapshot = COALESCE(?, bookmarks.snapshot)`,
          params: [conversationId, text, snapshot ? JSON.stringify(snapshot) : null, ctx.clock(), snapshot ? JSON.stringify(snapshot) : null],
        },
      ]);
      changed();
      // Kept means readable anywhere: the whole article, its pictures and its replies, fetched in the background.
      if (snapshot) ctx.background('keeping a bookmark for offline reading', () => keepForOffline(ctx, conversationId));
      return mustGet(conversationId);
    },
    async 'bookmarks.update'({ conversationId, note }) {
      await mustGet(conversationId);
      await ctx.store.write([{ sql: `UPDATE bookmarks SET note = ? WHERE conversation_id = ?`, params: [note.trim(), conversationId] }]);
      changed();
      return mustGet(conversationId);
    },
    async 'bookmarks.remove'({ conversationId }) {
      const [result] = await ctx.store.write([{ sql: `DELETE FROM bookmarks WHERE conversation_id = ?`, params: [conversationId] }]);
      const removed = (result?.changes ?? 0) > 0;
      if (removed) changed();
      return { removed };
    },
    async 'bookmarks.has'({ conversationId }) {
      const row = await ctx.store.get<{ note: string }>(`SELECT note FROM bookmarks WHERE conversation_id = ?`, [conversationId]);
      return { bookmarked: !!row, note: row?.note ?? '' };
    },
  };
}
