import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../shared/api';
import { DEFAULT_SETTINGS } from '../../shared/model';
import { silentLog } from '../../electron/core/log';
import { MORNING_LEAD_MS, nextMorningRun, nextPeriodicRun } from '../../electron/core/sync/schedule';
import { Scheduler } from '../../electron/core/sync/scheduler';

const MIN = 60_000;

describe('when Earshot syncs by itself', () => {
  it('runs the morning routine shortly before the brief time, today or tomorrow', () => {
    const six = Date.parse('2026-11-22T06:00:00Z');
    expect(nextMorningRun(six, '07:30', 0)).toBe(Date.parse('2026-11-22T07:30:00Z') - MORNING_LEAD_MS);
    const nine = Date.parse('2026-11-22T09:00:00Z');
    expect(nextMorningRun(nine, '07:30', 0)).toBe(Date.parse('2026-11-23T07:30:00Z') - MORNING_LEAD_MS);
    // 07:30 in New York (UTC-5, offset +300) is 12:30 UTC.
    expect(nextMorningRun(nine, '07:30', 300)).toBe(Date.parse('2026-11-22T12:30:00Z') - MORNING_LEAD_MS);
  });

  it('syncs periodically, right away when never synced, never when set to by hand only', () => {
    const now = Date.parse('2026-11-22T09:00:00Z');
    expect(nextPeriodicRun(null, now, 60)).toBe(now);
    expect(nextPeriodicRun(now - 10 * MIN, now, 60)).toBe(now + 50 * MIN);
    expect(nextPeriodicRun(now - 90 * MIN, now, 60)).toBe(now);
    expect(nextPeriodicRun(now, now, 0)).toBeNull();
  });

  it('builds the brief after the morning sync and says so once', async () => {
    const calls: string[] = [];
    const api = {
      'sync.run': vi.fn(async () => void calls.push('sync')),
      'brief.ensureToday': vi.fn(async () => (calls.push('brief'), { brief: { id: 'b1' }, isNew: calls.length < 3 })),
      'settings.get': vi.fn(async () => DEFAULT_SETTINGS),
      'app.info': vi.fn(async () => ({ lastSyncedAt: null })),
    } as unknown as Api;
    const ready = vi.fn();
    const scheduler = new Scheduler({ api, clock: () => 0, log: silentLog, onBriefReady: ready, setTimer: () => 0, clearTimer: () => {} });
    await scheduler.morning();
    await scheduler.morning();
    expect(calls).toEqual(['sync', 'brief', 'sync', 'brief']);
    expect(ready).toHaveBeenCalledTimes(1);
    expect(ready).toHaveBeenCalledWith('b1');
  });

  it('plans one timer for whichever comes first, and none after stopping', async () => {
    const now = Date.parse('2026-11-22T06:00:00Z');
    const timers: number[] = [];
    const api = {
      'settings.get': vi.fn(async () => ({ ...DEFAULT_SETTINGS, syncIntervalMinutes: 60 })),
      'app.info': vi.fn(async () => ({ lastSyncedAt: now - 55 * MIN })),
    } as unknown as Api;
    const scheduler = new Scheduler({ api, clock: () => now, log: silentLog, offsetMinutes: () => 0, setTimer: (_f, ms) => timers.push(ms), clearTimer: () => {} });
    await scheduler.plan();
    expect(timers).toEqual([5 * MIN]); // the hourly sync is due before the 07:10 morning run
    scheduler.stop();
    await scheduler.plan();
    expect(timers).toHaveLength(1);
  });
});
