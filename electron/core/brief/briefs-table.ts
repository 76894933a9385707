// SQL for stored briefs (table briefs): each brief's data kept exactly as it was shown, readable offline.
import type { Brief, BriefData, BriefListItem } from '../../../shared/brief';
import type { Statement, Store } from '../store/types';

interface BriefRow {
  id: string;
  window_start: number;
  window_end: number;
  data: string;
  created_at: number;
  read_at: number | null;
}

function toBrief(row: BriefRow): Brief {
  return { ...(JSON.parse(row.data) as BriefData), readAt: row.read_at };
}

export class BriefsTable {
  constructor(private readonly store: Store) {}

  async get(id: string): Promise<Brief | null> {
    const row = await this.store.get<BriefRow>(`SELECT * FROM briefs WHERE id = ?`, [id]);
    return row ? toBrief(row) : null;
  }

  /** The latest brief made at or before `now` (a clock set back, as `--now` does, sees the briefs of that time). */
  async latest(now: number): Promise<Brief | null> {
    const row = await this.store.get<BriefRow>(`SELECT * FROM briefs WHERE created_at <= ? ORDER BY created_at DESC, id DESC LIMIT 1`, [now]);
    return row ? toBrief(row) : null;
  }

  /** Where the last brief that was read ended, or null when none has been read. */
  async lastReadEnd(now: number): Promise<number | null> {
    const row = await this.store.get<{ end: number | null }>(
      `SELECT MAX(window_end) AS end FROM briefs WHERE read_at IS NOT NULL AND window_end <= ?`,
      [now],
    );
    return row?.end ?? null;
  }

  async list(limit: number): Promise<BriefListItem[]> {
    const rows = await this.store.all<Omit<BriefRow, 'data'> & { gist: string | null }>(
      `SELECT id, window_start, window_end, created_at, read_at, json_extract(data, '$.gist') AS gist
       FROM briefs ORDER BY created_at DESC, id DESC LIMIT ?`,
      [limit],
    );
    return rows.map((r) => ({
      id: r.id,
      window: { start: r.window_start, end: r.window_end },
      createdAt: r.created_at,
      readAt: r.read_at,
      gist: r.gist ?? '',
    }));
  }

  insertStatement(data: BriefData): Statement {
    return {
      sql: `INSERT OR REPLACE INTO briefs (id, window_start, window_end, data, created_at, read_at) VALUES (?, ?, ?, ?, ?, NULL)`,
      params: [data.id, data.window.start, data.window.end, JSON.stringify(data), data.createdAt],
    };
  }

  markReadStatement(id: string, at: number): Statement {
    return { sql: `UPDATE briefs SET read_at = COALESCE(read_at, ?) WHERE id = ?`, params: [at, id] };
  }

  async markRead(id: string, at: number): Promise<boolean> {
    const [result] = await this.store.write([this.markReadStatement(id, at)]);
    return (result?.changes ?? 0) > 0;
  }
}
