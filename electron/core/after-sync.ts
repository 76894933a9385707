// What follows a sync, off the critical path: keep the whole article, pictures and replies of new conversations
// that mention a watch word (for reading offline), clean up what is past the retention period, then make the
// day's backup if it isn't made yet.
import type { EngineContext } from './context';
import { captureFullText } from './read/api';
import { cleanUp } from './store/retention';
import { isDiskFull, systemCode } from './util/system-errors';

/** At most this many articles fetched after one sync, so a first sync of many sources stays polite. */
const FULL_TEXT_PER_SYNC = 40;

export async function afterSync(ctx: EngineContext, startedAt: number): Promise<void> {
  const rows = await ctx.store.all<{ id: string; local: number }>(
    `SELECT c.id, s.url LIKE 'file:%' AS local FROM conversations c JOIN sources s ON s.id = c.source_id
     WHERE c.fetched_at >= ? AND c.parent_id IS NULL AND c.full_text IS NULL AND c.link IS NOT NULL
       AND c.matches IS NOT NULL AND c.matches NOT IN ('', '[]')
     ORDER BY c.published_at DESC LIMIT ?`,
    [startedAt, FULL_TEXT_PER_SYNC],
  );
  // A file on this computer (the sample data, an export) is read as it is: the web addresses in it are not
  // fetched unasked; replies in files beside it are.
  const web = rows.filter((r) => !r.local).map((r) => r.id);
  const local = rows.filter((r) => r.local).map((r) => r.id);
  if (web.length) await captureFullText(ctx, web);
  if (local.length) await captureFullText(ctx, local, { localOnly: true });
  const { deleted } = await cleanUp({ store: ctx.store, settings: ctx.settings, clock: ctx.clock, log: ctx.log });
  if (deleted) ctx.changed('conversations');
  await dailyBackup(ctx);
}

/** A backup that could not be made, in plain words, until one is (app.info shows it with the store's notice). */
export const BACKUP_PROBLEM_KEY = 'internal.backupProblem';

/** Why a backup failed, in words a person can act on. */
function backupProblem(err: unknown): string {
  const code = systemCode(err) ?? '';
  const why = isDiskFull(err)
    ? ' (the disk is full)'
    : ['EACCES', 'EPERM', 'EROFS'].includes(code)
      ? " (it isn't allowed to write in its data folder)"
      : ['EEXIST', 'ENOTDIR'].includes(code)
        ? ' (something else is where its backups go: a file called "backups" in its data folder)'
        : '';
  return `Earshot couldn't make today's backup of its data${why}. It will try again after the next sync.`;
}

async function dailyBackup(ctx: EngineContext): Promise<void> {
  const had = await ctx.settings.getValue<string>(BACKUP_PROBLEM_KEY);
  try {
    await ctx.store.backupIfDue();
    if (had) await ctx.store.write([{ sql: `DELETE FROM settings WHERE key = ?`, params: [BACKUP_PROBLEM_KEY] }]);
  } catch (err) {
    ctx.log.warn('daily backup failed', err);
    await ctx.store.write([ctx.settings.setValueStatement(BACKUP_PROBLEM_KEY, backupProblem(err))]).catch(() => undefined);
  }
}
