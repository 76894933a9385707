// SQL for the `conversations` table and its full-text index (conversations_fts, docid = rowid).
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { shownTone, TONES, type NotListedReason, type Conversation, type ConversationPage, type ConversationSummary, type Enclosure, type Tone, type WatchMatch } from '../../../shared/model';
import type { SqlValue, Statement, Store } from './types';

/** A conversation ready to be stored (built by sync from a parsed item). */
export interface NewConversation {
  id: string;
  guid: string;
  link: string | null;
  title: string;
  author: string | null;
  publishedAt: number;
  excerpt: string;
  contentHtml: string;
  contentHash: string;
  enclosures: Enclosure[];
  commentsUrl: string | null;
  replyCount: number | null;
  /** A review's stars, 1 to 5, or null. */
  stars: number | null;
}

/** What the listen step found in a conversation (stored in the schema v2 columns). */
export interface ListenColumns {
  tone: Tone | null;
  toneWords: string[];
  matches: WatchMatch[];
  relevant: boolean;
  asks: boolean;
  fingerprint: string | null;
  /** The first-seen conversation (from another source) this one repeats; only set when it is first stored. */
  duplicateOf: string | null;
}

/** Called for each conversation that is new or changed, so unchanged ones cost nothing. */
export type ListenFn = (item: NewConversation, isNew: boolean) => ListenColumns;

interface Row {
  rowid?: number;
  id: string;
  source_id: string;
  source_title: string | null;
  title: string;
  link: string | null;
  author: string | null;
  published_at: number;
  excerpt: string;
  reply_count: number | null;
  tone?: string | null;
  tone_words?: string | null;
  matches?: string | null;
  asks?: number | null;
  /** Why it is left out of lists (only when listing those). */
  why?: NotListedReason;
}

interface FullRow extends Row {
  content: Uint8Array | null;
  enclosures: string | null;
  comments_url: string | null;
  fetched_at: number;
}

const SUMMARY_COLUMNS = `c.id, c.source_id, s.title AS source_title, c.title, c.link, c.author, c.published_at, c.excerpt, c.reply_count,
  c.tone, c.tone_words, c.matches, c.asks`;

/** The SQL condition for a conversation shown with `tone` (shownTone); each reads the conversations_tone index. */
export function shownToneWhere(tone: Tone): string {
  if (!TONES.includes(tone)) throw new Error(`Not a tone: ${String(tone)}`);
  if (tone === 'unhappy') return `c.tone = 'unhappy'`;
  if (tone === 'asking') return `c.tone IN ('asking', 'pleased', 'neutral') AND (c.tone = 'asking' OR c.asks = 1)`;
  return `c.tone = '${tone}' AND c.asks = 0`;
}

/**
 * What lists show by default: no repeats of a story seen elsewhere, only what counts, nothing from a muted source.
 * Replies live in their threads, not in lists. The unary + keeps SQLite from reading these through an index: nearly
 * every row passes them, and "duplicate_of IS NULL" through its index meant sorting every row (0.1 s at 100k) where
 * walking conversations_published newest first stops after a page.
 */
export const LISTED = `+c.duplicate_of IS NULL AND +c.parent_id IS NULL AND +c.relevant = 1 AND COALESCE(s.muted, 0) = 0`;

/** Why a conversation is not listed, under its first reason (as listCounts counts them). */
const WHY_NOT_LISTED = `CASE WHEN COALESCE(s.muted, 0) = 1 THEN 'muted' WHEN c.relevant = 0 THEN 'elsewhere'
  WHEN c.duplicate_of IS NOT NULL THEN 'repeat' ELSE 'reply' END`;

// What the conversation list leaves out, by first reason, read from the small conversations_listed index.
const LEFT_OUT = `COUNT(*) AS stored, COALESCE(SUM(c.relevant = 0), 0) AS elsewhere,
  COALESCE(SUM(c.relevant = 1 AND c.duplicate_of IS NOT NULL), 0) AS repeats,
  COALESCE(SUM(c.relevant = 1 AND c.duplicate_of IS NULL AND c.parent_id IS NOT NULL), 0) AS replies`;

function parseList<T>(text: string | null | undefined): T[] {
  if (!text) return [];
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? (value as T[]) : [];
  } catch {
    return [];
  }
}

export function toSummary(row: Row): ConversationSummary {
  const stored = (row.tone as Tone | null | undefined) ?? null;
  const shown = stored === null ? null : shownTone(stored, row.asks === 1);
  return {
    id: row.id,
    sourceId: row.source_id,
    sourceTitle: row.source_title ?? 'A removed source',
    title: row.title,
    link: row.link,
    author: row.author,
    publishedAt: row.published_at,
    excerpt: row.excerpt,
    replyCount: row.reply_count,
    tone: shown,
    // The words that tipped its own tone say nothing of a question that decided it.
    toneWords: shown === stored ? parseList<string>(row.tone_words) : [],
    matches: parseList<WatchMatch>(row.matches),
  };
}

function listenParams(l: ListenColumns): SqlValue[] {
  return [l.tone, l.toneWords.length ? JSON.stringify(l.toneWords) : null, l.matches.length ? JSON.stringify(l.matches) : null,
    l.relevant ? 1 : 0, l.asks ? 1 : 0];
}

/** Turns what a person types into an FTS4 query: words only, each a prefix, all required. */
export function toMatchQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  if (!words || words.length === 0) return null;
  return words.slice(0, 12).map((w) => `${w}*`).join(' ');
}

function encodeCursor(row: { published_at: number; id: string }): string {
  return `${row.published_at}:${row.id}`;
}

function decodeCursor(cursor: string): { at: number; id: string } | null {
  const colon = cursor.indexOf(':');
  const at = Number(cursor.slice(0, colon));
  if (colon <= 0 || !Number.isFinite(at)) return null;
  return { at, id: cursor.slice(colon + 1) };
}

/** What decides whether an item is new, changed or already stored. */
export interface ItemKey {
  id: string;
  link: string | null;
  contentHash: string;
}

export interface ExistingRow {
  id: string;
  link: string | null;
  content_hash: string | null;
}

/** One item to store: its index in the parsed list, the id it is stored under, and whether it is new. */
export interface UpsertStep {
  index: number;
  id: string;
  isNew: boolean;
}

/**
 * The query for the already-stored conversations an item list may match (by id, or by link within the source).
 * The ids and links go in as two JSON arrays read by json_each, not one `?` each: SQLite allows 32,766
 * variables in a statement, which a feed of 16,400 items with links exceeded. Same plan, any number of items.
 */
export function existingQuery(sourceId: string, items: ItemKey[]): { sql: string; params: SqlValue[] } {
  const links = items.map((i) => i.link).filter((l): l is string => !!l);
  return {
    sql:
      `SELECT id, link, content_hash FROM conversations WHERE source_id = ? AND (id IN (SELECT value FROM json_each(?))` +
      (links.length ? ` OR link IN (SELECT value FROM json_each(?)))` : ')'),
    params: [sourceId, JSON.stringify(items.map((i) => i.id)), ...(links.length ? [JSON.stringify(links)] : [])],
  };
}

/** Which items are new or changed (unchanged ones cost nothing), de-duplicated by stored id. */
export function planUpsert(items: ItemKey[], existing: ExistingRow[]): UpsertStep[] {
  const byId = new Map(existing.map((e) => [e.id, e]));
  const byLink = new Map(existing.filter((e) => e.link).map((e) => [e.link as string, e]));
  const seen = new Set<string>();
  const steps: UpsertStep[] = [];
  items.forEach((item, index) => {
    const match = byId.get(item.id) ?? (item.link ? byLink.get(item.link) : undefined);
    const id = match?.id ?? item.id;
    if (seen.has(id)) return; // the same item twice in one document
    seen.add(id);
    if (!match) steps.push({ index, id, isNew: true });
    else if (match.content_hash !== item.contentHash) steps.push({ index, id, isNew: false });
  });
  return steps;
}

/**
 * Bodies are stored raw-deflated (any reader inflates them with inflateRawSync). This runs for every new item and
 * bodies are small, so the cost is mostly setting up the compressor: a fast level and a smaller window and hash
 * (8 KiB, memLevel 4) set up in about half the time and compress typical bodies just as well.
 */
const DEFLATE = { level: 1, windowBits: 13, memLevel: 4 };
function deflateBody(html: string): Uint8Array | null {
  return html ? deflateRawSync(Buffer.from(html, 'utf8'), DEFLATE) : null;
}

export interface UpsertBuilt {
  statements: Statement[];
  added: number;
  updated: number;
  /** The INSERT of each new, listened-to conversation; its last parameter is duplicate_of. */
  inserted: Array<{ id: string; fingerprint: string | null; statement: Statement }>;
}

/** The statements for planned steps (pure: no store access, so a worker can run it). */
export function upsertStatementsFor(
  sourceId: string,
  items: NewConversation[],
  steps: UpsertStep[],
  now: number,
  listen?: ListenFn,
): UpsertBuilt {
  const statements: Statement[] = [];
  const inserted: UpsertBuilt['inserted'] = [];
  let added = 0;
  let updated = 0;
  for (const { index, id, isNew } of steps) {
    const item = items[index]!;
    const content = deflateBody(item.contentHtml);
    const enclosures = item.enclosures.length ? JSON.stringify(item.enclosures) : null;
    if (isNew) {
      added++;
      const heard = listen?.({ ...item, id }, true);
      const insert: Statement = heard
        ? {
            sql: `INSERT INTO conversations (id, source_id, guid, link, title, author, published_at, fetched_at, excerpt,
                content, content_hash, enclosures, comments_url, reply_count, stars, tone, tone_words, matches, relevant,
                asks, fingerprint, duplicate_of)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            params: [id, sourceId, item.guid, item.link, item.title, item.author, item.publishedAt, now, item.excerpt,
              content, item.contentHash, enclosures, item.commentsUrl, item.replyCount, item.stars, ...listenParams(heard),
              heard.fingerprint, heard.duplicateOf],
          }
        : {
            sql: `INSERT INTO conversations (id, source_id, guid, link, title, author, published_at, fetched_at, excerpt,
                content, content_hash, enclosures, comments_url, reply_count, stars)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
            params: [id, sourceId, item.guid, item.link, item.title, item.author, item.publishedAt, now, item.excerpt,
              content, item.contentHash, enclosures, item.commentsUrl, item.replyCount, item.stars],
          };
      if (heard) inserted.push({ id, fingerprint: heard.fingerprint, statement: insert });
      statements.push(
        insert,
        {
          sql: `INSERT INTO conversations_fts (docid, title, body) VALUES ((SELECT rowid FROM conversations WHERE id = ?), ?, ?)`,
          params: [id, item.title, item.excerpt],
        },
      );
    } else {
      updated++;
      const heard = listen?.({ ...item, id }, false);
      if (heard) {
        statements.push({
          sql: `UPDATE conversations SET tone = ?, tone_words = ?, matches = ?, relevant = ?, asks = ?, fingerprint = ? WHERE id = ?`,
          params: [...listenParams(heard), heard.fingerprint, id],
        });
      }
      statements.push(
        {
          sql: `UPDATE conversations SET link = ?, title = ?, author = ?, updated_at = ?, excerpt = ?, content = ?,
                  content_hash = ?, enclosures = ?, comments_url = ?, reply_count = ?, stars = ? WHERE id = ?`,
          params: [item.link, item.title, item.author, now, item.excerpt, content, item.contentHash, enclosures,
            item.commentsUrl, item.replyCount, item.stars, id],
        },
        {
          sql: `UPDATE conversations_fts SET title = ?, body = ? WHERE docid = (SELECT rowid FROM conversations WHERE id = ?)`,
          params: [item.title, item.excerpt, id],
        },
      );
    }
  }
  return { statements, added, updated, inserted };
}

export class ConversationsTable {
  constructor(private readonly store: Store) {}

  /**
   * Statements that insert new conversations and update changed ones, de-duplicated by id (from the guid), then
   * by link within the source. Returns the statements (to be written with the source's status in one transaction).
   */
  async upsertStatements(
    sourceId: string,
    items: NewConversation[],
    now: number,
    listen?: ListenFn,
  ): Promise<{ statements: Statement[]; added: number; updated: number }> {
    if (items.length === 0) return { statements: [], added: 0, updated: 0 };
    const query = existingQuery(sourceId, items);
    const existing = await this.store.all<ExistingRow>(query.sql, query.params);
    return upsertStatementsFor(sourceId, items, planUpsert(items, existing), now, listen);
  }

  async list(args: { sourceId?: string; query?: string; before?: string; limit?: number; notListed?: boolean }): Promise<ConversationPage> {
    const limit = Math.max(1, Math.min(200, Math.floor(args.limit ?? 50)));
    const filters: string[] = [];
    const params: SqlValue[] = [];
    let from = `conversations c`;
    const match = args.query ? toMatchQuery(args.query) : null;
    if (match) {
      from += ` JOIN conversations_fts f ON f.docid = c.rowid`;
      filters.push(`conversations_fts MATCH ?`);
      params.push(match);
    }
    if (args.sourceId) {
      filters.push('c.source_id = ?');
      params.push(args.sourceId);
    }
    const counts = await this.listCounts(from, filters, params);
    const cursor = args.before ? decodeCursor(args.before) : null;
    const pageWhere = [args.notListed ? `NOT (${LISTED})` : LISTED, ...filters];
    const pageParams = [...params];
    if (cursor) {
      pageWhere.push('(c.published_at < ? OR (c.published_at = ? AND c.id < ?))');
      pageParams.push(cursor.at, cursor.at, cursor.id);
    }
    const rows = await this.store.all<Row>(
      `SELECT ${SUMMARY_COLUMNS}${args.notListed ? `, ${WHY_NOT_LISTED} AS why` : ''} FROM ${from} LEFT JOIN sources s ON s.id = c.source_id WHERE ${pageWhere.join(' AND ')} ORDER BY c.published_at DESC, c.id DESC LIMIT ?`,
      [...pageParams, limit + 1],
    );
    const more = rows.length > limit;
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => (row.why ? { ...toSummary(row), notListedBecause: row.why } : toSummary(row))),
      nextCursor: more && last ? encodeCursor(last) : null,
      ...counts,
    };
  }

  /**
   * How many conversations a list holds and how many it leaves out, each under its first reason: a muted source,
   * then about something else, a repeat, a reply. Muted sources are read first (a handful at most), so the walk
   * over every conversation reads only the conversations_listed index: 17 ms at 100k, where joining each row to
   * its source and testing four conditions took 90.
   */
  private async listCounts(from: string, filters: string[], params: SqlValue[]): Promise<Pick<ConversationPage, 'total' | 'notListed'>> {
    const muted = (await this.store.all<{ id: string }>(`SELECT id FROM sources WHERE muted = 1`)).map((r) => r.id);
    const marks = muted.map(() => '?').join(',');
    const where = (extra: string[]) => (extra.length ? `WHERE ${extra.join(' AND ')}` : '');
    const row = await this.store.get<{ stored: number; elsewhere: number; repeats: number; replies: number }>(
      `SELECT ${LEFT_OUT} FROM ${from} ${where(muted.length ? [...filters, `c.source_id NOT IN (${marks})`] : filters)}`,
      muted.length ? [...params, ...muted] : params,
    );
    const fromMuted = muted.length
      ? ((await this.store.get<{ n: number }>(`SELECT COUNT(*) AS n FROM ${from} ${where([...filters, `c.source_id IN (${marks})`])}`, [...params, ...muted]))?.n ?? 0)
      : 0;
    const notListed = { muted: fromMuted, elsewhere: row?.elsewhere ?? 0, repeats: row?.repeats ?? 0, replies: row?.replies ?? 0 };
    return { total: (row?.stored ?? 0) - notListed.elsewhere - notListed.repeats - notListed.replies, notListed };
  }

  async get(id: string): Promise<Conversation | null> {
    const row = await this.store.get<FullRow>(
      `SELECT ${SUMMARY_COLUMNS}, c.content, c.enclosures, c.comments_url, c.fetched_at
       FROM conversations c LEFT JOIN sources s ON s.id = c.source_id WHERE c.id = ?`,
      [id],
    );
    if (!row) return null;
    return {
      ...toSummary(row),
      contentHtml: row.content ? inflateRawSync(row.content).toString('utf8') : '',
      enclosures: row.enclosures ? (JSON.parse(row.enclosures) as Enclosure[]) : [],
      commentsUrl: row.comments_url,
      fetchedAt: row.fetched_at,
    };
  }

  async count(): Promise<number> {
    return (await this.store.get<{ n: number }>(`SELECT COUNT(*) AS n FROM conversations`))?.n ?? 0;
  }
}
