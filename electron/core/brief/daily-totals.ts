// Daily counts by tone (table daily_totals), kept up to date from the conversations that count. They outlive
// retention's clean-up, so the 30-day trend and "the usual" still work after old conversations are gone.
import type { BriefTotals, BriefTrendDay, ToneCounts } from '../../../shared/brief';
import { isTone, TONES, type Tone } from '../../../shared/model';
import { LISTENING_CHANGED_KEY } from '../listen/relisten';
import { SettingsTable } from '../store/settings-table';
import type { Statement, Store } from '../store/types';
import { DAY, dayKey, dayStart } from './window';
import { briefToneSql, type ToneLookup } from './tones';

const HISTORY_DAYS = 45;
/** Items arrive late (a source offline for a while): days this close to the last refresh are counted again. */
const RECOUNT_DAYS = 2;
const USUAL_DAYS = 14;
const MIN_USUAL_DAYS = 3;
export const TREND_DAYS = 30;
// Named anew when what the totals count changes (replies left out, the brief's tone rule), so every day is counted again.
const REFRESHED_KEY = 'brief.totalsRefreshedAt.2';
/** The newest conversation (by rowid) the totals have seen. */
const ROWID_KEY = 'brief.totalsRowid';

/** The sources the brief leaves out: muted ones, and the company's own channels (not what customers say). */
const LEFT_OUT_SOURCES = `(SELECT id FROM sources WHERE muted = 1 OR own = 1)`;

/**
 * The SQL condition for "a conversation that counts": what the lists show (LISTED in conversations-table.ts) —
 * relevant, not a repeat, not a reply (replies are read in their thread), not from a muted source — and not from
 * the company's own channels.
 */
export function countsWhere(alias = 'c'): string {
  // The unary + keeps SQLite from reading these through the duplicate_of index, which (without ANALYZE) it
  // would prefer to the time range, scanning every conversation ever stored.
  return `+${alias}.relevant = 1 AND +${alias}.duplicate_of IS NULL AND +${alias}.parent_id IS NULL AND ${alias}.source_id NOT IN ${LEFT_OUT_SOURCES}`;
}

export function zeroCounts(): ToneCounts {
  return { pleased: 0, unhappy: 0, asking: 0, neutral: 0 };
}


/**
 * Counts again the days since a little before the last refresh (all of the last 45 days the first time, or when
 * what counts changed), and the days of conversations stored since, however old — but never days that retention
 * may already have thinned: their stored totals are the only true record left.
 */
export async function refreshDailyTotals(store: Store, now: number, retentionDays: number, tones: ToneLookup): Promise<void> {
  const settings = new SettingsTable(store);
  const value = async (key: string): Promise<number | null> => {
    const n = Number(await settings.getValue<number>(key));
    return Number.isFinite(n) ? n : null;
  };
  const [last, lastRowid, listeningChanged] = await Promise.all([value(REFRESHED_KEY), value(ROWID_KEY), value(LISTENING_CHANGED_KEY)]);
  const today = Math.floor(now / DAY);
  let fromDay = last !== null ? Math.floor(last / DAY) - RECOUNT_DAYS : today - HISTORY_DAYS;
  // What counts changed since (names, muted words): every day may have changed.
  if (last !== null && listeningChanged !== null && listeningChanged >= last) fromDay = today - HISTORY_DAYS;
  // Conversations stored since, however old: a new source brings weeks of history at once.
  const top = (await store.get<{ top: number | null }>(`SELECT MAX(rowid) AS top FROM conversations`))?.top ?? 0;
  if (last !== null && top !== lastRowid) {
    const arrived = await store.get<{ first: number | null }>(`SELECT MIN(published_at) AS first FROM conversations WHERE rowid > ?`, [
      lastRowid ?? 0,
    ]);
    if (arrived?.first != null) fromDay = Math.min(fromDay, Math.floor(arrived.first / DAY));
  }
  fromDay = Math.max(fromDay, today - HISTORY_DAYS, Math.floor((now - retentionDays * DAY) / DAY) + 1);
  if (fromDay > today) return;
  const from = fromDay * DAY;
  const to = (today + 1) * DAY;
  const rows = await store.all<{ d: number; source_id: string; tone: string | null; n: number }>(
    `SELECT published_at / ${DAY} AS d, source_id, ${briefToneSql()} AS tone, COUNT(*) AS n FROM conversations c
     WHERE published_at >= ? AND published_at < ? AND ${countsWhere()} GROUP BY d, source_id, 3`,
    [from, to],
  );
  const counts = new Map<string, number>();
  const add = (d: number, sourceId: string, tone: Tone, n: number) => {
    const key = `${dayKey(d * DAY)}\u0000${sourceId}\u0000${tone}`;
    counts.set(key, (counts.get(key) ?? 0) + n);
  };
  for (const row of rows) if (isTone(row.tone)) add(row.d, row.source_id, row.tone, row.n);
  if (rows.some((r) => !isTone(r.tone))) {
    // Not yet listened to: work the tone out here so the counts are right today.
    const unknown = await tones.untoned(from, to);
    for (const item of unknown) add(Math.floor(item.publishedAt / DAY), item.sourceId, item.tone, 1);
  }
  // Only what changed is written: on a normal morning that is today's and yesterday's rows.
  const stored = await store.all<{ day: string; source_id: string; tone: string; count: number }>(
    `SELECT day, source_id, tone, count FROM daily_totals WHERE day >= ? AND day <= ?`,
    [dayKey(from), dayKey(today * DAY)],
  );
  const statements: Statement[] = [];
  for (const row of stored) {
    const key = `${row.day}\u0000${row.source_id}\u0000${row.tone}`;
    if (counts.get(key) === row.count) counts.delete(key);
    else if (!counts.has(key)) {
      statements.push({ sql: `DELETE FROM daily_totals WHERE day = ? AND source_id = ? AND tone = ?`, params: [row.day, row.source_id, row.tone] });
    }
  }
  for (const [key, n] of counts) {
    const [day, sourceId, tone] = key.split('\u0000') as [string, string, string];
    statements.push({ sql: `INSERT OR REPLACE INTO daily_totals (day, source_id, tone, count) VALUES (?, ?, ?, ?)`, params: [day, sourceId, tone, n] });
  }
  if (statements.length === 0 && last !== null && Math.floor(last / DAY) === today && top === lastRowid) return;
  statements.push(settings.setValueStatement(REFRESHED_KEY, now), settings.setValueStatement(ROWID_KEY, top));
  await store.write(statements);
}

/** Daily counts by tone for the days from `fromKey` to `toKey` (inclusive), muted and own sources left out. */
async function dailyCounts(store: Store, fromKey: string, toKey: string): Promise<Map<string, ToneCounts>> {
  const rows = await store.all<{ day: string; tone: string; n: number }>(
    `SELECT day, tone, SUM(count) AS n FROM daily_totals WHERE day >= ? AND day <= ?
       AND source_id NOT IN ${LEFT_OUT_SOURCES} GROUP BY day, tone`,
    [fromKey, toKey],
  );
  const byDay = new Map<string, ToneCounts>();
  for (const row of rows) {
    if (!isTone(row.tone)) continue;
    const counts = byDay.get(row.day) ?? zeroCounts();
    counts[row.tone] += row.n;
    byDay.set(row.day, counts);
  }
  return byDay;
}

function minus(a: ToneCounts, b: ToneCounts): ToneCounts {
  const out = zeroCounts();
  for (const t of TONES) out[t] = Math.max(0, a[t] - b[t]);
  return out;
}

function plus(a: ToneCounts, b: ToneCounts): ToneCounts {
  const out = zeroCounts();
  for (const t of TONES) out[t] = a[t] + b[t];
  return out;
}

/** Counts by the brief's tone of the conversations that count in each of the ranges [from, to). */
async function rangeCounts(store: Store, tones: ToneLookup, ranges: Array<[number, number]>): Promise<ToneCounts[]> {
  const counts = ranges.map(() => zeroCounts());
  if (!ranges.length) return counts;
  // One index range per part (CROSS JOIN keeps the parts outside, so no other conversation is read).
  const rows = await store.all<{ j: number; tone: string | null; n: number }>(
    `WITH parts(j, a, b) AS (VALUES ${ranges.map(() => '(?, ?, ?)').join(', ')})
     SELECT parts.j AS j, ${briefToneSql()} AS tone, COUNT(*) AS n
     FROM parts CROSS JOIN conversations c INDEXED BY conversations_published
     WHERE c.published_at >= parts.a AND c.published_at < parts.b AND ${countsWhere()} GROUP BY 1, 2`,
    ranges.flatMap(([a, b], j) => [j, a, b]),
  );
  for (const row of rows) if (isTone(row.tone) && counts[row.j]) counts[row.j]![row.tone] += row.n;
  // Conversations listening has not reached yet have no stored tone: worked out here, and only when there are any.
  if (!rows.some((r) => !isTone(r.tone))) return counts;
  const all = await tones.untoned(Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1])));
  for (const item of all) {
    const j = ranges.findIndex(([a, b]) => item.publishedAt >= a && item.publishedAt < b);
    if (j >= 0) counts[j]![item.tone]++;
  }
  return counts;
}

/**
 * The 30-day trend: 24-hour stretches ending when the brief is made, so its last bar counts exactly what a brief of
 * the last day counts (a calendar day would end at midnight and disagree with the headline). Each is labelled with
 * the day it ends on. A stretch is the end of one calendar day and the start of the next: the daily totals (just
 * refreshed) give the days, and only the smaller part of each day (before or after the brief's time of day) is
 * counted here. Stretches that retention may have thinned (only when it keeps less than the trend shows) are read
 * from the stored totals of the day they are labelled with: the only record left of them.
 */
export async function trend(store: Store, now: number, tones: ToneLookup, retentionDays: number): Promise<BriefTrendDay[]> {
  const today = Math.floor(now / DAY);
  const first = now - TREND_DAYS * DAY;
  const firstDay = today - TREND_DAYS;
  const timeOfDay = now - today * DAY;
  const horizon = now - (Number.isFinite(retentionDays) && retentionDays > 0 ? retentionDays : Infinity) * DAY;
  const label = (k: number) => dayKey(first + (k + 1) * DAY - 1);
  const byDay = await dailyCounts(store, dayKey(firstDay * DAY), dayKey(today * DAY));
  const total = (j: number) => byDay.get(dayKey((firstDay + j) * DAY)) ?? zeroCounts();
  // Day j runs [start, start + DAY); stretch k is the end of day k (from the time of day on) and the start of day k + 1.
  const heads = timeOfDay <= DAY / 2;
  const ranges: Array<[number, number]> = [];
  for (let j = 0; j <= TREND_DAYS; j++) {
    const start = (firstDay + j) * DAY;
    ranges.push(heads ? [start, start + timeOfDay] : [start + timeOfDay, start + DAY]);
  }
  const part = await rangeCounts(store, tones, ranges);
  const head = (j: number) => (heads ? part[j]! : minus(total(j), part[j]!));
  const tail = (j: number) => (heads ? minus(total(j), part[j]!) : part[j]!);
  const days: BriefTrendDay[] = [];
  for (let k = 0; k < TREND_DAYS; k++) {
    const counts = first + k * DAY < horizon ? (byDay.get(label(k)) ?? zeroCounts()) : plus(tail(k), head(k + 1));
    days.push({ day: label(k), ...counts, total: TONES.reduce((sum, t) => sum + counts[t], 0) });
  }
  return days;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * What is usual for a window this long: the median daily count of the 14 days before it, scaled to its length.
 * Days before Earshot had any data are left out (they are not "quiet days"); too little history gives null.
 */
export async function usualFor(store: Store, windowStart: number, windowEnd: number): Promise<BriefTotals['usual']> {
  const startDay = Math.floor(windowStart / DAY);
  const firstRow = await store.get<{ day: string | null }>(`SELECT MIN(day) AS day FROM daily_totals`);
  if (!firstRow?.day) return null;
  const from = Math.max(startDay - USUAL_DAYS, Math.floor(dayStart(firstRow.day) / DAY));
  const to = startDay - 1;
  if (to - from + 1 < MIN_USUAL_DAYS) return null;
  const byDay = await dailyCounts(store, dayKey(from * DAY), dayKey(to * DAY));
  const scale = (windowEnd - windowStart) / DAY;
  const series = (pick: (c: ToneCounts) => number) => {
    const values: number[] = [];
    for (let d = from; d <= to; d++) values.push(pick(byDay.get(dayKey(d * DAY)) ?? zeroCounts()));
    return Math.round(median(values) * scale);
  };
  const byTone = zeroCounts();
  for (const t of TONES) byTone[t] = series((c) => c[t]);
  return { all: series((c) => TONES.reduce((sum, t) => sum + c[t], 0)), byTone };
}
