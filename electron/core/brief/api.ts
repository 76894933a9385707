// The brief area's part of the Api: today's brief (built when due), past briefs as they were shown, read marks.
import { ApiError } from '../../../shared/api';
import type { BriefMethods } from '../../../shared/api-brief';
import type { Brief } from '../../../shared/brief';
import type { AreaApi, EngineContext } from '../context';
import { buildBrief } from './build';
import { BriefsTable } from './briefs-table';
import { LISTEN_PARTS, type ListenParts } from './listen-parts';
import { briefDue } from './window';

export function briefApi(ctx: EngineContext, parts: ListenParts = LISTEN_PARTS): AreaApi<BriefMethods> {
  const briefs = new BriefsTable(ctx.store);
  // One build at a time: the morning routine and an opened window may ask together.
  let building: Promise<{ brief: Brief; isNew: boolean }> | null = null;

  async function ensure(): Promise<{ brief: Brief; isNew: boolean }> {
    const now = ctx.clock();
    const started = performance.now();
    const offset = new Date(now).getTimezoneOffset();
    const [latest, settings] = await Promise.all([briefs.latest(now), ctx.settings.get()]);
    const due = latest === null || briefDue(now, latest.createdAt, settings.briefTime, offset);
    // An unread brief made before anything had come in (first start, before the first sync) is replaced.
    const replace = !due && latest.readAt === null && latest.totals.all === 0 && now > latest.createdAt;
    if (!due && !replace) return { brief: latest, isNew: false };
    const data = await buildBrief({
      store: ctx.store,
      log: ctx.log,
      parts,
      now,
      lastReadEnd: await briefs.lastReadEnd(now),
      retentionDays: settings.retentionDays,
      offsetMinutes: offset,
    });
    if (replace && data.totals.all === 0) return { brief: latest, isNew: false };
    const statements = [briefs.insertStatement(data)];
    if (replace && latest.id !== data.id) statements.push({ sql: `DELETE FROM briefs WHERE id = ?`, params: [latest.id] });
    const built = performance.now();
    await ctx.store.write(statements);
    ctx.log.debug('brief: stored', { buildMs: Math.round(built - started), writeMs: Math.round(performance.now() - built) });
    ctx.emit('brief.ready', { id: data.id });
    return { brief: { ...data, readAt: null }, isNew: true };
  }

  function ensureOnce(): Promise<{ brief: Brief; isNew: boolean }> {
    building ??= ensure().finally(() => {
      building = null;
    });
    return building;
  }

  async function mustGet(id: string): Promise<Brief> {
    const brief = await briefs.get(id);
    if (!brief) throw new ApiError('That brief is no longer in Earshot.', 'not-found');
    return brief;
  }

  return {
    async 'brief.today'() {
      return (await ensureOnce()).brief;
    },
    async 'brief.ensureToday'() {
      return ensureOnce();
    },
    async 'brief.list'({ limit }) {
      return briefs.list(limit ?? 100);
    },
    async 'brief.get'({ id }) {
      return briefs.get(id);
    },
    async 'brief.markRead'({ id }) {
      await mustGet(id);
      await briefs.markRead(id, ctx.clock());
      return mustGet(id);
    },
    async 'brief.markdown'({ id }) {
      return { markdown: (await mustGet(id)).markdown };
    },
  };
}
