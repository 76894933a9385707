// Clean-up: conversations older than settings.retentionDays go, unless bookmarked or forwarded (kept forever,
// with their replies).
// Before anything is deleted, daily_totals records how many conversations each day had (per source and tone),
// in the same transaction, so charts keep their history.
//
// daily_totals semantics: a row holds the count of conversations published that UTC day, written when the day's
// first conversation is cleaned up (counting every conversation of that day, kept ones included). Later
// clean-ups of the same day keep the larger count, so a day never shrinks. Charts should read daily_totals for
// days that have rows and count live conversations for the others. Not-yet-listened conversations count as neutral.
import type { Log } from '../log';
import type { SettingsTable } from './settings-table';
import type { Store } from './types';

const DAY = 24 * 60 * 60 * 1000;

export interface CleanUpContext {
  store: Store;
  settings: SettingsTable;
  clock: () => number;
  log?: Log;
}

export interface CleanUpResult {
  /** Conversations deleted. */
  deleted: number;
  /** Anything published (and fetched) before this was a candidate. */
  cutoff: number;
}

// A conversation goes only when both published and first seen before the cutoff: an old post a source has just
// surfaced stays for a full retention period instead of coming back at every sync.
// Replies (parent_id) of a kept conversation stay with it, so its thread still reads whole.
const DOOMED = `c.published_at < ?1 AND c.fetched_at < ?1
  AND NOT EXISTS (SELECT 1 FROM bookmarks b WHERE b.conversation_id IN (c.id, c.parent_id))
  AND NOT EXISTS (SELECT 1 FROM forwards f WHERE f.conversation_id IN (c.id, c.parent_id))`;

const DAY_OF = (alias: string) => `strftime('%Y-%m-%d', ${alias}.published_at / 1000, 'unixepoch')`;

export async function cleanUp(ctx: CleanUpContext): Promise<CleanUpResult> {
  const { retentionDays } = await ctx.settings.get();
  const days = Number.isFinite(retentionDays) && retentionDays > 0 ? retentionDays : 90;
  const cutoff = ctx.clock() - days * DAY;
  const any = await ctx.store.get<{ n: number }>(`SELECT COUNT(*) AS n FROM conversations c WHERE ${DOOMED}`, [cutoff]);
  if (!any?.n) return { deleted: 0, cutoff };
  const results = await ctx.store.write([
    {
      // WHERE (not JOIN … ON) before ON CONFLICT: SQLite's upsert-from-select needs it to parse unambiguously.
      sql: `INSERT INTO daily_totals (day, source_id, tone, count)
            SELECT ${DAY_OF('c')}, c.source_id, COALESCE(c.tone, 'neutral'), COUNT(*) FROM conversations c
            WHERE ${DAY_OF('c')} IN (SELECT DISTINCT ${DAY_OF('c')} FROM conversations c WHERE ${DOOMED})
            GROUP BY 1, 2, 3
            ON CONFLICT (day, source_id, tone) DO UPDATE SET count = MAX(daily_totals.count, excluded.count)`,
      params: [cutoff],
    },
    {
      sql: `DELETE FROM conversations_fts WHERE docid IN (SELECT c.rowid FROM conversations c WHERE ${DOOMED})`,
      params: [cutoff],
    },
    { sql: `DELETE FROM conversations WHERE id IN (SELECT c.id FROM conversations c WHERE ${DOOMED})`, params: [cutoff] },
  ]);
  const deleted = results[2]?.changes ?? 0;
  ctx.log?.info(`clean-up removed ${deleted} conversations older than ${days} days`);
  return { deleted, cutoff };
}
