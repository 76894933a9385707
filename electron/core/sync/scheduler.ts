// Runs the periodic sync and the morning routine (sync, then build the brief) while the app is open.
// The faces decide what to do when a brief is ready (the desktop shows a notification).
import type { Api } from '../../../shared/api';
import type { Log } from '../log';
import { nextMorningRun, nextPeriodicRun } from './schedule';

export interface SchedulerDeps {
  api: Api;
  clock: () => number;
  log: Log;
  /** Local time zone offset (Date#getTimezoneOffset) — injected for tests. */
  offsetMinutes?: () => number;
  /** Called after the morning routine built a new brief. */
  onBriefReady?: (briefId: string) => void;
  setTimer?: (fn: () => void, ms: number) => { unref?: () => void } | number;
  clearTimer?: (timer: unknown) => void;
}

const MAX_TIMER_MS = 2 ** 31 - 1;
const RECHECK_MS = 15 * 60_000;

export class Scheduler {
  private timer: unknown = null;
  private stopped = false;

  constructor(private readonly deps: SchedulerDeps) {}

  start(): void {
    this.stopped = false;
    void this.plan();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer !== null) (this.deps.clearTimer ?? clearTimeout)(this.timer as never);
    this.timer = null;
  }

  /** Decides what runs next and sets one timer for it; settings are re-read each time, so changes apply. */
  async plan(): Promise<void> {
    if (this.stopped) return;
    const { api, clock } = this.deps;
    const now = clock();
    const [settings, info] = await Promise.all([api['settings.get']({}), api['app.info']({})]);
    const offset = (this.deps.offsetMinutes ?? (() => new Date(now).getTimezoneOffset()))();
    const morning = nextMorningRun(now, settings.briefTime, offset);
    const periodic = nextPeriodicRun(info.lastSyncedAt, now, settings.syncIntervalMinutes);
    const isMorning = periodic === null || morning <= periodic;
    const at = Math.min(isMorning ? morning : periodic, now + RECHECK_MS);
    const due = at === (isMorning ? morning : periodic);
    const run = async () => {
      this.timer = null;
      if (due) await (isMorning ? this.morning() : this.sync());
      await this.plan();
    };
    const timer = (this.deps.setTimer ?? setTimeout)(() => void run().catch((err: unknown) => this.deps.log.error('scheduled work failed', err)), Math.min(MAX_TIMER_MS, Math.max(0, at - now)));
    if (typeof timer === 'object' && timer?.unref) timer.unref();
    this.timer = timer;
  }

  private async sync(): Promise<void> {
    await this.deps.api['sync.run']({}).catch((err: unknown) => this.deps.log.warn('scheduled sync failed', err));
  }

  /** Sync, then build today's brief if it's due; tells the face when a new one is ready. */
  async morning(): Promise<void> {
    await this.sync();
    const { brief, isNew } = await this.deps.api['brief.ensureToday']({});
    if (isNew) this.deps.onBriefReady?.(brief.id);
  }
}
