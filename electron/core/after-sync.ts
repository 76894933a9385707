// What follows a sync, off the critical path: keep the whole article, pictures and replies of new conversations
// that mention a watch word (for reading offline), clean up what is past the retention period, then make the
// day's backup if it isn't made yet.
import type { EngineContext } from './context';
import { captureFullText } from './read/api';
import { cleanUp } from './store/retention';

/** At most this many articles fetched after one sync, so a first sync of many sources stays polite. */
const FULL_TEXT_PER_SYNC = 40;

export async function afterSync(ctx: EngineContext, startedAt: number): Promise<void> {
  const rows = await ctx.store.all<{ id: string }>(
    `SELECT id FROM conversations
     WHERE fetched_at >= ? AND parent_id IS NULL AND full_text IS NULL AND link IS NOT NULL
       AND matches IS NOT NULL AND matches NOT IN ('', '[]')
     ORDER BY published_at DESC LIMIT ?`,
    [startedAt, FULL_TEXT_PER_SYNC],
  );
  if (rows.length) await captureFullText(ctx, rows.map((r) => r.id));
  const { deleted } = await cleanUp({ store: ctx.store, settings: ctx.settings, clock: ctx.clock, log: ctx.log });
  if (deleted) ctx.changed('conversations');
  await ctx.store.backupIfDue().catch((err: unknown) => ctx.log.warn('daily backup failed', err));
}
