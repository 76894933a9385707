// Search over every kept conversation: FTS4 (title + excerpt) with highlighted snippets, and filters by tone,
// source, date and bookmark. The page, then the count (only when the page is full), then snippets for the rows shown.
import { SEARCH_COUNT_CAP, SEARCH_PAGE, type ReadMethods, type SearchHit, type SearchResult } from '../../../shared/api-read';
import { LISTED, shownToneWhere, toSummary } from '../store/conversations-table';
import type { SqlValue, Store } from '../store/types';

type SearchArgs = ReadMethods['search.query']['args'];

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

/**
 * A list shows a snippet's first line or two: when the first found word sits further in than `lead` characters,
 * the words before it are cut (from a word's start) so the found word is in view.
 */
export function leadWithMatch(raw: string, lead = 40): string {
  const at = raw.indexOf(OPEN);
  if (at <= lead) return raw;
  const space = raw.slice(at - lead, at).search(/\s/u);
  const cut = space >= 0 ? at - lead + space + 1 : at;
  return `…${raw.slice(cut)}`;
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

type Row = Parameters<typeof toSummary>[0] & { rowid: number; bookmarked: number };

const COLUMNS = `c.rowid AS rowid, c.id, c.source_id, s.title AS source_title, c.title, c.link, c.author, c.published_at,
  c.excerpt, c.reply_count, c.tone, c.tone_words, c.matches, c.asks, b.conversation_id IS NOT NULL AS bookmarked`;

/**
 * Where the newest-first walk starts. Conversations are walked through a date index, newest first, and each is
 * checked against the match set, so the walk stops at the page: a common word never looks up and sorts all of
 * its matches. Only "bookmarked" walks the (few) bookmarks instead.
 */
function walkFrom(args: SearchArgs): string {
  if (args.bookmarked === true) return `bookmarks b CROSS JOIN conversations c ON c.id = b.conversation_id LEFT JOIN sources s ON s.id = c.source_id`;
  const index = args.sourceId ? 'conversations_source' : args.tone ? 'conversations_tone' : 'conversations_published';
  return `conversations c INDEXED BY ${index} LEFT JOIN sources s ON s.id = c.source_id LEFT JOIN bookmarks b ON b.conversation_id = c.id`;
}

/** The filters as SQL over `c` (conversations), `s` (its source) and `b` (its bookmark, if any). */
function filterSql(args: SearchArgs): { sql: string; params: SqlValue[] } {
  const where: string[] = [`(${LISTED} OR b.conversation_id IS NOT NULL)`];
  const params: SqlValue[] = [];
  const add = (sql: string, value?: SqlValue) => {
    where.push(sql);
    if (value !== undefined) params.push(value);
  };
  if (args.tone) add(shownToneWhere(args.tone));
  if (args.sourceId) add(`c.source_id = ?`, args.sourceId);
  if (args.from !== undefined) add(`c.published_at >= ?`, args.from);
  if (args.to !== undefined) add(`c.published_at < ?`, args.to);
  if (args.bookmarked === false) add(`b.conversation_id IS NULL`);
  return { sql: where.join(' AND '), params };
}

export async function searchConversations(store: Store, args: SearchArgs): Promise<SearchResult> {
  const limit = Math.max(1, Math.min(500, Math.floor(args.limit ?? SEARCH_PAGE)));
  const offset = Math.max(0, Math.floor(args.offset ?? 0));
  const match = searchMatch(args.text);
  // Only punctuation typed: nothing can match.
  if (!match && args.text.trim()) return { items: [], total: 0 };
  const filters = filterSql(args);
  const walk = {
    sql: `FROM ${walkFrom(args)} WHERE ${filters.sql}${match ? ` AND c.rowid IN (SELECT docid FROM conversations_fts WHERE conversations_fts MATCH ?)` : ''}`,
    params: match ? [...filters.params, match] : filters.params,
  };
  const rows = await store.all<Row>(`SELECT ${COLUMNS} ${walk.sql} ORDER BY c.published_at DESC LIMIT ? OFFSET ?`, [...walk.params, limit, offset]);
  // A page that isn't full says how many there are; otherwise count (stopping just past the cap).
  const cap = SEARCH_COUNT_CAP + 1;
  const counted = async (sql: string, params: SqlValue[]) => (await store.get<{ n: number }>(`SELECT count(*) AS n FROM (SELECT 1 ${sql} LIMIT ?)`, [...params, cap]))?.n ?? 0;
  let total = offset + rows.length;
  if (rows.length === limit) {
    // Counting needs no order: for a word it is driven from the full-text index (docid order), so its cost
    // follows the matches and stops at the cap, however many conversations a source holds. Bookmarks are few:
    // the page's own walk over them is counted.
    const fromIndex = match !== null && args.bookmarked !== true;
    const n = fromIndex
      ? await counted(
          `FROM conversations_fts f CROSS JOIN conversations c ON c.rowid = f.docid LEFT JOIN sources s ON s.id = c.source_id
           LEFT JOIN bookmarks b ON b.conversation_id = c.id WHERE conversations_fts MATCH ? AND ${filters.sql}`,
          [match, ...filters.params],
        )
      : await counted(walk.sql, walk.params);
    total = Math.max(total, n);
  }
  const snippets = match ? await snippetsFor(store, match, rows.map((r) => r.rowid)) : new Map<number, Snippet>();
  const items: SearchHit[] = rows.map((row) => {
    const s = snippets.get(row.rowid);
    return {
      ...toSummary(row),
      // A title snippet with no found word in it is a clipped title: show the whole title instead.
      titleSnippet: s && s.title.includes(OPEN) ? markSnippet(s.title) : escapeHtml(row.title),
      snippet: s?.body ? markSnippet(leadWithMatch(s.body)) : escapeHtml(clipped(row.excerpt)),
      bookmarked: !!row.bookmarked,
    };
  });
  return { items, total };
}

interface Snippet {
  title: string;
  body: string;
}

/** Snippets for the rows shown only; the docid range lets the index skip the matches outside the page. */
async function snippetsFor(store: Store, match: string, docids: number[]): Promise<Map<number, Snippet>> {
  if (docids.length === 0) return new Map();
  const found = await store.all<Snippet & { docid: number }>(
    `SELECT docid, snippet(conversations_fts, ?, ?, '…', 0, 40) AS title, snippet(conversations_fts, ?, ?, '…', 1, 28) AS body
     FROM conversations_fts WHERE conversations_fts MATCH ? AND docid >= ? AND docid <= ? AND docid IN (${docids.map(() => '?').join(',')})`,
    [OPEN, CLOSE, OPEN, CLOSE, match, Math.min(...docids), Math.max(...docids), ...docids],
  );
  return new Map(found.map((f) => [f.docid, { title: f.title, body: f.body }]));
}
