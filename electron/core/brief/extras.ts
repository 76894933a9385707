// The brief's smaller parts read straight from the store: loops still open, and sources that failed.
import type { BriefFollowUp, BriefItem, BriefSourceProblem } from '../../../shared/brief';
import { isTone } from '../../../shared/model';
import type { Store } from '../store/types';
import { DAY } from './window';

/** A forward still waiting this long is worth a reminder in the brief (unless its reminder was set later). */
export const FOLLOW_UP_AFTER_DAYS = 3;
const MAX_FOLLOW_UPS = 20;
// A loop is closed once the customer has been told (statuses: open → answered → customer-told → closed).
const DONE = `('customer-told', 'closed')`;

function snapshotTitle(snapshot: string | null): string | null {
  if (!snapshot) return null;
  try {
    const value = JSON.parse(snapshot) as { title?: unknown };
    return typeof value.title === 'string' ? value.title : null;
  } catch {
    return null;
  }
}

export async function openFollowUps(store: Store, now: number): Promise<BriefFollowUp[]> {
  const rows = await store.all<{
    id: string;
    conversation_id: string;
    status: string;
    created_at: number;
    snapshot: string | null;
    title: string | null;
    link: string | null;
    name: string | null;
  }>(
    `SELECT f.id, f.conversation_id, f.status, f.created_at, f.snapshot, c.title, c.link, p.name
     FROM forwards f LEFT JOIN conversations c ON c.id = f.conversation_id LEFT JOIN people p ON p.id = f.person_id
     WHERE f.status NOT IN ${DONE} AND f.created_at <= ? AND (f.remind_at IS NULL OR f.remind_at <= ?)
     ORDER BY f.created_at ASC, f.id ASC LIMIT ${MAX_FOLLOW_UPS}`,
    [now - FOLLOW_UP_AFTER_DAYS * DAY, now],
  );
  return rows.map((r) => ({
    forwardId: r.id,
    conversationId: r.conversation_id,
    title: r.title ?? snapshotTitle(r.snapshot) ?? 'A conversation you sent on',
    link: r.link,
    person: r.name,
    status: r.status,
    since: r.created_at,
    days: Math.floor((now - r.created_at) / DAY),
  }));
}

/** Sources that could not be read at their last try (not those merely offline with this computer). */
export async function failedSources(store: Store): Promise<BriefSourceProblem[]> {
  const rows = await store.all<{ id: string; title: string; status_message: string }>(
    `SELECT id, title, status_message FROM sources
     WHERE paused = 0 AND muted = 0 AND status IN ('unreachable', 'not-a-feed', 'gone') ORDER BY title, id`,
  );
  return rows.map((r) => ({ sourceId: r.id, title: r.title, message: r.status_message }));
}

/**
 * Whether a brief was made before `now` (read or not): then this one is not the first, whatever its window. The
 * brief being replaced (`except`, an empty one made before anything came in) does not count: it goes.
 */
export async function earlierBriefExists(store: Store, now: number, except: string | null = null): Promise<boolean> {
  const row = await store.get<{ id: string }>(`SELECT id FROM briefs WHERE created_at < ? AND id != ? LIMIT 1`, [now, except ?? '']);
  return !!row;
}

/** The theme keys of the latest brief, so new themes can be told apart. */
export async function previousThemeKeys(store: Store, now: number): Promise<string[]> {
  const row = await store.get<{ data: string }>(
    `SELECT data FROM briefs WHERE created_at < ? ORDER BY created_at DESC, id DESC LIMIT 1`,
    [now],
  );
  if (!row) return [];
  try {
    const data = JSON.parse(row.data) as { themes?: Array<{ key?: unknown }> };
    return (data.themes ?? []).map((t) => t.key).filter((k): k is string => typeof k === 'string');
  } catch {
    return [];
  }
}

const MAX_FROM_US = 5;

/** What the company's own channels posted in [from, to), newest first (repeats and replies left out). */
export async function fromUs(store: Store, from: number, to: number): Promise<BriefItem[]> {
  const rows = await store.all<{ id: string; title: string; link: string | null; source: string | null; author: string | null; published_at: number; tone: string | null }>(
    `SELECT c.id, c.title, c.link, s.title AS source, c.author, c.published_at, c.tone
     FROM conversations c JOIN sources s ON s.id = c.source_id
     WHERE s.own = 1 AND c.published_at >= ? AND c.published_at < ? AND +c.duplicate_of IS NULL AND +c.parent_id IS NULL
     ORDER BY c.published_at DESC, c.id DESC LIMIT ?`,
    [from, to, MAX_FROM_US],
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    link: r.link,
    source: r.source ?? '',
    author: r.author,
    publishedAt: r.published_at,
    tone: isTone(r.tone) ? r.tone : 'neutral',
  }));
}
