// The brief area's part of the Api: today's brief (built when due), past briefs as they were shown, read marks.
import { ApiError } from '../../../shared/api';
import type { BriefMethods } from '../../../shared/api-brief';
import type { Brief } from '../../../shared/brief';
import type { AreaApi, EngineContext } from '../context';
import { buildBrief } from './build';
import { BriefsTable } from './briefs-table';
import { LISTEN_PARTS, type ListenParts } from './listen-parts';
import { LISTENING_CHANGED_KEY } from '../listen/relisten';
import { briefDue } from './window';

/** The listening change today's brief was last made again for. */
const REMADE_KEY = 'brief.remadeFor';

export function briefApi(ctx: EngineContext, parts: ListenParts = LISTEN_PARTS): AreaApi<BriefMethods> {
  const briefs = new BriefsTable(ctx.store);
  // One build at a time: the morning routine and an opened window may ask together.
  let building: Promise<{ brief: Brief; isNew: boolean }> | null = null;

  async function ensure(): Promise<{ brief: Brief; isNew: boolean }> {
    const now = ctx.clock();
    const started = performance.now();
    const offset = new Date(now).getTimezoneOffset();
    const [latest, settings, changedAt, remadeFor] = await Promise.all([
      briefs.latest(now),
      ctx.settings.get(),
      ctx.settings.getValue<number>(LISTENING_CHANGED_KEY),
      ctx.settings.getValue<number>(REMADE_KEY),
    ]);
    const due = latest === null || briefDue(now, latest.createdAt, settings.briefTime, offset);
    // An unread brief made before anything had come in (first start, before the first sync) is replaced.
    const replace = !due && latest.readAt === null && latest.totals.all === 0 && now > latest.createdAt;
    // (At the same moment as it was made counts as after: a clock may not have moved.)
    if (!due && !replace && changedAt !== undefined && changedAt >= latest.createdAt && changedAt > (remadeFor ?? -Infinity)) {
      return { brief: await remake(latest, changedAt, settings.retentionDays, offset), isNew: false };
    }
    if (!due && !replace) return { brief: latest, isNew: false };
    const data = await buildBrief({
      store: ctx.store,
      log: ctx.log,
      parts,
      now,
      lastReadEnd: await briefs.lastReadEnd(now),
      retentionDays: settings.retentionDays,
      offsetMinutes: offset,
      replacing: replace ? latest.id : null,
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

  /**
   * What counts changed after today's brief was made (a name, a muted word or source): the same brief is made
   * again — the same window, as of the same moment, its read mark kept — so it no longer shows what was set aside.
   */
  async function remake(latest: Brief, changedAt: number, retentionDays: number, offset: number): Promise<Brief> {
    const data = await buildBrief({
      store: ctx.store,
      log: ctx.log,
      parts,
      now: latest.createdAt,
      lastReadEnd: await briefs.lastReadEnd(latest.window.start),
      retentionDays,
      offsetMinutes: offset,
    });
    const statements = [briefs.insertStatement(data), ctx.settings.setValueStatement(REMADE_KEY, changedAt)];
    if (data.id !== latest.id) statements.push({ sql: `DELETE FROM briefs WHERE id = ?`, params: [latest.id] });
    if (latest.readAt !== null) statements.push(briefs.markReadStatement(data.id, latest.readAt));
    await ctx.store.write(statements);
    ctx.emit('brief.ready', { id: data.id });
    return { ...data, readAt: latest.readAt };
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
