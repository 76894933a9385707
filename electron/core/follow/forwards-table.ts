// SQL for forwards and their history (forward_events). Every change is one store.write transaction:
// the forward's row and its history event land together or not at all.
import type { ConversationSnapshot, Forward, ForwardEvent, ForwardStatus } from '../../../shared/follow';
import type { SqlValue, Statement, Store } from '../store/types';
import { parseSnapshot } from './snapshot';
import { isForwardStatus } from './status';

/** What a forward keeps beside its row: the conversation and the person as they were when forwarded. */
export interface ForwardSnapshot {
  conversation: ConversationSnapshot;
  personName: string;
  personEmail: string | null;
}

interface ForwardRow {
  id: string;
  conversation_id: string;
  person_id: string | null;
  note: string;
  status: string;
  remind_at: number | null;
  reply_link: string | null;
  snapshot: string | null;
  created_at: number;
  updated_at: number;
  live_name: string | null;
  live_email: string | null;
  latest_note: string | null;
}

const SELECT = `SELECT f.*, p.name AS live_name, p.email AS live_email,
    (SELECT e.note FROM forward_events e WHERE e.forward_id = f.id AND e.note <> '' ORDER BY e.at DESC, e.rowid DESC LIMIT 1)
      AS latest_note
  FROM forwards f LEFT JOIN people p ON p.id = f.person_id`;

function parseForwardSnapshot(json: string | null): ForwardSnapshot {
  let raw: Record<string, unknown> = {};
  try {
    const parsed: unknown = json ? JSON.parse(json) : {};
    if (parsed && typeof parsed === 'object') raw = parsed as Record<string, unknown>;
  } catch {
    raw = {};
  }
  return {
    conversation: parseSnapshot(json),
    personName: typeof raw.personName === 'string' ? raw.personName : 'Someone no longer in Earshot',
    personEmail: typeof raw.personEmail === 'string' ? raw.personEmail : null,
  };
}

function toForward(row: ForwardRow): Forward {
  const snap = parseForwardSnapshot(row.snapshot);
  return {
    id: row.id,
    conversationId: row.conversation_id,
    personId: row.person_id,
    personName: row.live_name ?? snap.personName,
    personEmail: row.live_name !== null ? row.live_email : snap.personEmail,
    note: row.note,
    status: isForwardStatus(row.status) ? row.status : 'open',
    remindAt: row.remind_at,
    replyLink: row.reply_link,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    latestNote: row.latest_note ?? row.note,
    conversation: snap.conversation,
  };
}

export function eventStatement(forwardId: string, status: ForwardStatus, note: string, at: number): Statement {
  return { sql: `INSERT INTO forward_events (forward_id, status, note, at) VALUES (?, ?, ?, ?)`, params: [forwardId, status, note, at] };
}

export class ForwardsTable {
  constructor(private readonly store: Store) {}

  async get(id: string): Promise<Forward | null> {
    const row = await this.store.get<ForwardRow>(`${SELECT} WHERE f.id = ?`, [id]);
    return row ? toForward(row) : null;
  }

  async snapshot(id: string): Promise<ForwardSnapshot | null> {
    const row = await this.store.get<{ snapshot: string | null }>(`SELECT snapshot FROM forwards WHERE id = ?`, [id]);
    return row ? parseForwardSnapshot(row.snapshot) : null;
  }

  async list(filter: { status?: ForwardStatus; statuses?: ForwardStatus[]; personId?: string; conversationId?: string } = {}): Promise<Forward[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    const statuses = filter.statuses ?? (filter.status ? [filter.status] : []);
    if (statuses.length) {
      where.push(`f.status IN (${statuses.map(() => '?').join(',')})`);
      params.push(...statuses);
    }
    if (filter.personId) {
      where.push('f.person_id = ?');
      params.push(filter.personId);
    }
    if (filter.conversationId) {
      where.push('f.conversation_id = ?');
      params.push(filter.conversationId);
    }
    const rows = await this.store.all<ForwardRow>(
      `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY f.updated_at DESC, f.created_at DESC, f.id`,
      params,
    );
    return rows.map(toForward);
  }

  async history(id: string): Promise<ForwardEvent[]> {
    const rows = await this.store.all<{ status: string; note: string; at: number }>(
      `SELECT status, note, at FROM forward_events WHERE forward_id = ? ORDER BY at, rowid`,
      [id],
    );
    return rows.map((r) => ({ status: isForwardStatus(r.status) ? r.status : 'open', note: r.note, at: r.at }));
  }

  createStatements(f: {
    id: string;
    conversationId: string;
    personId: string;
    note: string;
    remindAt: number | null;
    snapshot: ForwardSnapshot;
    at: number;
  }): Statement[] {
    return [
      {
        sql: `INSERT INTO forwards (id, conversation_id, person_id, note, status, remind_at, reply_link, snapshot, created_at, updated_at)
              VALUES (?, ?, ?, ?, 'open', ?, NULL, ?, ?, ?)`,
        // Flat JSON: the conversation's fields at the top (as bookmarks keep them; the brief reads .title), plus the person.
        params: [f.id, f.conversationId, f.personId, f.note, f.remindAt, JSON.stringify({ ...f.snapshot.conversation, personName: f.snapshot.personName, personEmail: f.snapshot.personEmail }), f.at, f.at],
      },
      eventStatement(f.id, 'open', f.note, f.at),
    ];
  }

  updateStatement(id: string, fields: { status: ForwardStatus; remindAt: number | null; replyLink: string | null; at: number }): Statement {
    return {
      sql: `UPDATE forwards SET status = ?, remind_at = ?, reply_link = ?, updated_at = ? WHERE id = ?`,
      params: [fields.status, fields.remindAt, fields.replyLink, fields.at, id],
    };
  }

  removeStatements(id: string): Statement[] {
    return [
      { sql: `DELETE FROM forward_events WHERE forward_id = ?`, params: [id] },
      { sql: `DELETE FROM forwards WHERE id = ?`, params: [id] },
    ];
  }
}
