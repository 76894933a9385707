// SQL for the `sources` table. Everything here goes through the Store (the worker runs the SQL).
import type { Source, SourceKind, SourceStatus } from '../../../shared/model';
import type { Statement, Store } from './types';

interface SourceRow {
  id: string;
  url: string;
  title: string;
  site_url: string | null;
  kind: string;
  group_name: string | null;
  widely_read: number;
  muted: number;
  own: number;
  paused: number;
  status: string;
  status_message: string;
  etag: string | null;
  last_modified: string | null;
  last_synced_at: number | null;
  last_ok_at: number | null;
  next_attempt_at: number | null;
  failures: number;
  added_at: number;
  conversation_count: number;
}

/** What sync needs beyond the public Source: the validators for conditional GET. */
export interface SourceForSync extends Source {
  etag: string | null;
  lastModified: string | null;
}

const SELECT = `SELECT s.*, (SELECT COUNT(*) FROM conversations c WHERE c.source_id = s.id) AS conversation_count FROM sources s`;
/** Without the counts (a walk of every conversation's index entry): what a sync needs, and it runs often. */
const SELECT_UNCOUNTED = `SELECT s.*, 0 AS conversation_count FROM sources s`;

function toSource(row: SourceRow): SourceForSync {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    siteUrl: row.site_url,
    kind: row.kind === 'search' ? 'search' : 'general',
    group: row.group_name,
    widelyRead: row.widely_read === 1,
    muted: row.muted === 1,
    own: row.own === 1,
    paused: row.paused === 1,
    status: row.status as SourceStatus,
    statusMessage: row.status_message,
    lastSyncedAt: row.last_synced_at,
    lastOkAt: row.last_ok_at,
    nextAttemptAt: row.next_attempt_at,
    consecutiveFailures: row.failures,
    conversationCount: row.conversation_count,
    addedAt: row.added_at,
    etag: row.etag,
    lastModified: row.last_modified,
  };
}

/** Strips the sync-only fields so nothing internal crosses the Api. */
export function publicSource(source: SourceForSync): Source {
  const { etag: _etag, lastModified: _lastModified, ...rest } = source;
  return rest;
}

/** An UPDATE of the given columns (undefined ones left alone), or null when there is nothing to change. */
function updateStatement(id: string, columns: Record<string, string | number | null | undefined>): Statement | null {
  const set = Object.entries(columns).filter((entry): entry is [string, string | number | null] => entry[1] !== undefined);
  if (set.length === 0) return null;
  return {
    sql: `UPDATE sources SET ${set.map(([column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
    params: [...set.map(([, value]) => value), id],
  };
}

/** What a person may change about a source. */
type SourceFields = { title?: string; kind?: SourceKind; paused?: boolean; own?: boolean };

export class SourcesTable {
  constructor(private readonly store: Store) {}

  /** Every source; without `counts`, conversationCount is 0 (a sync has no use for it). */
  async list({ counts = true }: { counts?: boolean } = {}): Promise<SourceForSync[]> {
    const rows = await this.store.all<SourceRow>(`${counts ? SELECT : SELECT_UNCOUNTED} ORDER BY s.added_at, s.title`);
    return rows.map(toSource);
  }

  async get(id: string): Promise<SourceForSync | undefined> {
    const row = await this.store.get<SourceRow>(`${SELECT} WHERE s.id = ?`, [id]);
    return row && toSource(row);
  }

  async findByUrl(url: string): Promise<SourceForSync | undefined> {
    const row = await this.store.get<SourceRow>(`${SELECT} WHERE s.url = ?`, [url]);
    return row && toSource(row);
  }

  async add(source: { id: string; url: string; title: string; kind: SourceKind; group?: string | null; own?: boolean; addedAt: number }): Promise<void> {
    await this.store.write([
      {
        sql: `INSERT INTO sources (id, url, title, kind, group_name, own, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
        params: [source.id, source.url, source.title, source.kind, source.group ?? null, source.own ? 1 : 0, source.addedAt],
      },
    ]);
  }

  async update(id: string, fields: SourceFields): Promise<void> {
    const statement = this.updateStatement(id, fields);
    if (statement) await this.store.write([statement]);
  }

  /** The UPDATE for the given fields (to join a write of its own), or null when there is nothing to change. */
  updateStatement(id: string, fields: SourceFields): Statement | null {
    const flag = (value: boolean | undefined) => (value === undefined ? undefined : value ? 1 : 0);
    return updateStatement(id, { title: fields.title, kind: fields.kind, paused: flag(fields.paused), own: flag(fields.own) });
  }

  /** Removes a source and its conversations, except those kept as bookmarks or forwards. */
  async remove(id: string): Promise<boolean> {
    const keep = `id IN (SELECT conversation_id FROM bookmarks UNION SELECT conversation_id FROM forwards)`;
    const results = await this.store.write([
      {
        sql: `DELETE FROM conversations_fts WHERE docid IN (SELECT rowid FROM conversations WHERE source_id = ? AND NOT ${keep})`,
        params: [id],
      },
      { sql: `DELETE FROM conversations WHERE source_id = ? AND NOT ${keep}`, params: [id] },
      { sql: `DELETE FROM sources WHERE id = ?`, params: [id] },
    ]);
    return (results[2]?.changes ?? 0) > 0;
  }

  /** Statement recording the outcome of one sync attempt (joined into the same write as the conversations). */
  recordStatement(
    id: string,
    outcome: {
      status: SourceStatus;
      message: string;
      at: number;
      ok: boolean;
      failures: number;
      nextAttemptAt: number | null;
      etag?: string | null;
      lastModified?: string | null;
      url?: string;
      title?: string;
      siteUrl?: string | null;
    },
  ): Statement {
    return updateStatement(id, {
      status: outcome.status,
      status_message: outcome.message,
      last_synced_at: outcome.at,
      failures: outcome.failures,
      next_attempt_at: outcome.nextAttemptAt,
      last_ok_at: outcome.ok ? outcome.at : undefined,
      etag: outcome.etag,
      last_modified: outcome.lastModified,
      url: outcome.url,
      title: outcome.title,
      site_url: outcome.siteUrl,
    })!;
  }
}
