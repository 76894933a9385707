// Search over every kept conversation: FTS4 (title + excerpt) with highlighted snippets, and filters by tone,
// source, date and bookmark. Two steps so snippets are only made for the rows shown, not for every match.
import type { ReadMethods, SearchHit, SearchResult } from '../../../shared/api-read';
import { LISTED, toSummary } from '../store/conversations-table';
import type { SqlValue, Store } from '../store/types';

type SearchArgs = ReadMethods['search.query']['args'];

/** Matches are counted up to this many. */
export const COUNT_CAP = 1000;

// Control characters never found in stored text mark the found words until the text is escaped.
const OPEN = '\u0001';
const CLOSE = '\u0002';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Escapes everything, then turns the markers into <mark>: the only markup a snippet ever carries. */
export function markSnippet(raw: string): string {
  return escapeHtml(raw).split(OPEN).join('<mark>').split(CLOSE).join('</mark>');
}

function clipped(text: string, max = 200): string {
  return text.length <= max ? text : `${text.slice(0, max).replace(/\s+\S*$/, '')}…`;
}

/**
 * What a person types, as an FTS4 query: every word required; only the last one (still being typed) is a
 * prefix, and only from three letters on — short prefixes expand to thousands of terms and cost the most.
 */
export function searchMatch(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu)?.slice(0, 12);
  if (!words || words.length === 0) return null;
  const last = words.length - 1;
  const typing = !/\s$/.test(text);
  return words.map((w, i) => (i === last && typing && w.length >= 3 ? `${w}*` : w)).join(' ');
}

export async function searchConversations(store: Store, args: SearchArgs): Promise<SearchResult> {
  const limit = Math.max(1, Math.min(500, Math.floor(args.limit ?? 50)));
  const match = searchMatch(args.text);
  const where: string[] = [`(${LISTED} OR b.conversation_id IS NOT NULL)`];
  const params: SqlValue[] = [];
  const from = `conversations c LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN bookmarks b ON b.conversation_id = c.id`;
  if (match) {
    // The matching set first, then walk conversations newest first through their date index and stop at the
    // page: a common word never sorts its whole match set.
    where.push(`c.rowid IN (SELECT docid FROM conversations_fts WHERE conversations_fts MATCH ?)`);
    params.push(match);
  } else if (args.text.trim()) {
    // Only punctuation typed: nothing can match.
    return { items: [], total: 0 };
  }
  if (args.tone) {
    where.push(`c.tone = ?`);
    params.push(args.tone);
  }
  if (args.sourceId) {
    where.push(`c.source_id = ?`);
    params.push(args.sourceId);
  }
  if (args.from !== undefined) {
    where.push(`c.published_at >= ?`);
    params.push(args.from);
  }
  if (args.to !== undefined) {
    where.push(`c.published_at < ?`);
    params.push(args.to);
  }
  if (args.bookmarked !== undefined) where.push(args.bookmarked ? `b.conversation_id IS NOT NULL` : `b.conversation_id IS NULL`);
  const filter = `FROM ${from} WHERE ${where.join(' AND ')}`;
  // One pass over the match, newest first, up to the counting cap: it gives both the page and the total, so the
  // full-text index is read once. Counting stops at COUNT_CAP: "more than a thousand" is all anyone needs to know.
  const ranked = await store.all<{ rowid: number }>(`SELECT c.rowid AS rowid ${filter} ORDER BY c.published_at DESC LIMIT ?`, [
    ...params,
    Math.max(limit, COUNT_CAP),
  ]);
  const total = ranked.length;
  const page = ranked.slice(0, limit).map((r) => r.rowid);
  const details = page.length
    ? await store.all<Parameters<typeof toSummary>[0] & { rowid: number; bookmarked: number }>(
        `SELECT c.rowid AS rowid, c.id, c.source_id, s.title AS source_title, c.title, c.link, c.author, c.published_at, c.excerpt,
           c.reply_count, c.tone, c.tone_words, c.matches, b.conversation_id IS NOT NULL AS bookmarked
         FROM ${from} WHERE c.rowid IN (${page.map(() => '?').join(',')})`,
        page,
      )
    : [];
  const byRowid = new Map(details.map((d) => [d.rowid, d]));
  const rows = page.map((rowid) => byRowid.get(rowid)).filter((r): r is (typeof details)[number] => r !== undefined);
  const snippets = new Map<number, { title: string; body: string }>();
  if (match && rows.length > 0) {
    const found = await store.all<{ docid: number; title: string; body: string }>(
      `SELECT docid, snippet(conversations_fts, ?, ?, '…', 0, 40) AS title, snippet(conversations_fts, ?, ?, '…', 1, 28) AS body
       FROM conversations_fts WHERE conversations_fts MATCH ? AND docid IN (${rows.map(() => '?').join(',')})`,
      [OPEN, CLOSE, OPEN, CLOSE, match, ...rows.map((r) => r.rowid)],
    );
    for (const f of found) snippets.set(f.docid, { title: f.title, body: f.body });
  }
  const items: SearchHit[] = rows.map((row) => {
    const s = snippets.get(row.rowid);
    return {
      ...toSummary(row),
      // A title snippet with no found word in it is a clipped title: show the whole title instead.
      titleSnippet: s && s.title.includes(OPEN) ? markSnippet(s.title) : escapeHtml(row.title),
      snippet: s?.body ? markSnippet(s.body) : escapeHtml(clipped(row.excerpt)),
      bookmarked: !!row.bookmarked,
    };
  });
  return { items, total };
}
