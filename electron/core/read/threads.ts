// Threads: a conversation and its replies. Replies come from the comment list its source names (wfw:commentRss,
// or the item feeds Hacker News and Reddit offer), are stored as conversations with parent_id, and are not
// listed on their own (relevant = 0) — they are read in their thread.
import { inflateRawSync } from 'node:zlib';
import type { Conversation, Enclosure } from '../../../shared/model';
import { toSummary } from '../store/conversations-table';
import { parseFeed } from '../feeds/parse';
import type { EngineContext } from '../context';
import { toConversation } from '../sync/to-conversation';
import { fetchBounded, type ReadFetchContext } from './fetch-page';

export const MAX_REPLIES = 500;
const REPLIES_MAX_BYTES = 5 * 1024 * 1024;
/** A thread opened again within this time is not fetched again. */
export const REFRESH_AFTER_MS = 5 * 60_000;

export type ThreadContext = ReadFetchContext & Pick<EngineContext, 'conversations'>;

const lastFetched = new WeakMap<object, Map<string, number>>();

/** The address of a readable list of replies for a comments link, or null when there is none we can read. */
export function replyListUrl(commentsUrl: string | null): string | null {
  if (!commentsUrl) return null;
  let u: URL;
  try {
    u = new URL(commentsUrl);
  } catch {
    return null;
  }
  if (u.protocol === 'file:') return u.href;
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  // Hacker News pages are HTML; hnrss serves the same thread as a list of replies.
  if (u.hostname === 'news.ycombinator.com' && u.pathname === '/item' && u.searchParams.get('id')) {
    return `https://hnrss.org/item?id=${encodeURIComponent(u.searchParams.get('id') as string)}`;
  }
  // A Reddit thread reads as a list of replies with .rss appended.
  if (/(^|\.)reddit\.com$/.test(u.hostname) && /\/comments\//.test(u.pathname) && !u.pathname.endsWith('.rss')) {
    return `${u.origin}${u.pathname.replace(/\/$/, '')}/.rss`;
  }
  return u.href;
}

/**
 * Fetches a conversation's replies and stores them (bounded). Never throws.
 * Returns the number of replies read, or null when they couldn't be fetched.
 */
export async function fetchReplies(ctx: ThreadContext, id: string, opts: { localOnly?: boolean } = {}): Promise<number | null> {
  const row = await ctx.store.get<{ source_id: string; comments_url: string | null }>(
    `SELECT source_id, comments_url FROM conversations WHERE id = ?`,
    [id],
  );
  const url = replyListUrl(row?.comments_url ?? null);
  if (!row || !url || (opts.localOnly && !url.startsWith('file:'))) return null;
  const outcome = await fetchBounded(ctx, url, {
    maxBytes: REPLIES_MAX_BYTES,
    accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5',
  });
  let times = lastFetched.get(ctx.store);
  if (!times) lastFetched.set(ctx.store, (times = new Map()));
  if (outcome.kind !== 'ok') return null;
  times.set(id, ctx.clock());
  let feed;
  try {
    feed = await parseFeed(outcome.body, { baseUrl: outcome.finalUrl, contentType: outcome.contentType });
  } catch (err) {
    ctx.log.info(`read: the replies at ${url} could not be read`, err);
    return null;
  }
  const now = ctx.clock();
  // Reply ids are made in the thread's own space, so a reply never collides with the source's own items.
  const items = feed.items.slice(0, MAX_REPLIES).map((item) => toConversation(row.source_id, { ...item, id: `${id}\u0000${item.id ?? item.link ?? ''}` }, now))
    .filter((item) => item.id !== id);
  if (items.length === 0) return 0;
  const ids = items.map((i) => i.id);
  const marks = ids.map(() => '?').join(',');
  const before = new Set(
    (await ctx.store.all<{ id: string }>(`SELECT id FROM conversations WHERE id IN (${marks})`, ids)).map((r) => r.id),
  );
  const { statements } = await ctx.conversations.upsertStatements(row.source_id, items, now);
  const fresh = ids.filter((i) => !before.has(i));
  await ctx.store.write([
    ...statements,
    { sql: `UPDATE conversations SET parent_id = ? WHERE id IN (${marks})`, params: [id, ...ids] },
    ...(fresh.length ? [{ sql: `UPDATE conversations SET relevant = 0 WHERE id IN (${fresh.map(() => '?').join(',')})`, params: fresh }] : []),
  ]);
  return items.length;
}

/** Whether a thread's replies are due to be fetched again. */
export function repliesDue(ctx: Pick<EngineContext, 'store' | 'clock'>, id: string): boolean {
  const at = lastFetched.get(ctx.store)?.get(id);
  return at === undefined || ctx.clock() - at >= REFRESH_AFTER_MS;
}

/** The stored replies of a conversation, oldest first, in one query (a thread can have hundreds). */
export async function storedReplies(ctx: Pick<EngineContext, 'store'>, id: string): Promise<Conversation[]> {
  const rows = await ctx.store.all<Parameters<typeof toSummary>[0] & {
    content: Uint8Array | null;
    enclosures: string | null;
    comments_url: string | null;
    fetched_at: number;
  }>(
    `SELECT c.id, c.source_id, s.title AS source_title, c.title, c.link, c.author, c.published_at, c.excerpt, c.reply_count,
       c.tone, c.tone_words, c.matches, c.content, c.enclosures, c.comments_url, c.fetched_at
     FROM conversations c LEFT JOIN sources s ON s.id = c.source_id
     WHERE c.parent_id = ? ORDER BY c.published_at ASC, c.id ASC LIMIT ${MAX_REPLIES}`,
    [id],
  );
  return rows.map((row) => ({
    ...toSummary(row),
    contentHtml: row.content ? inflateRawSync(row.content).toString('utf8') : '',
    enclosures: row.enclosures ? (JSON.parse(row.enclosures) as Enclosure[]) : [],
    commentsUrl: row.comments_url,
    fetchedAt: row.fetched_at,
  }));
}
