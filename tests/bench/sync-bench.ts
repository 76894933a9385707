// Sync at scale: 200 sources × 50 conversations from loopback servers.
// Cold sync ÷ bare rss-parser on the same bytes; warm re-sync (all 304) ÷ cold; main-thread event-loop lag.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import Parser from 'rss-parser';
import { createCore } from '../../electron/core';
import { makeFeed, startFeedServer } from './feed-server';
import { stepRows, syncSteps } from './sync-steps';
import type { BenchRow } from './table';

export async function benchSync(workerPath: string, feedCount = 200, itemsPerFeed = 50): Promise<BenchRow[]> {
  const feeds = Array.from({ length: feedCount }, (_, i) => makeFeed(i, itemsPerFeed));
  const server = await startFeedServer(feeds);
  const dir = await mkdtemp(join(tmpdir(), 'earshot-bench-sync-'));
  try {
    // Bare rss-parser on the same bytes, the yardstick (best of two runs, warmed).
    const parser = new Parser();
    let bare = Infinity;
    for (let run = 0; run < 2; run++) {
      const t0 = performance.now();
      for (const f of feeds) await parser.parseString(f);
      bare = Math.min(bare, performance.now() - t0);
    }

    const core = await createCore({ dataDir: dir, workerPath });
    await core.api['settings.set']({ syncConcurrency: 8 });
    for (const url of server.urls) await core.api['sources.add']({ url, kind: 'search' });

    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    // Also what the run cost in CPU (every thread of the process) and how busy the main thread's loop was: on a
    // machine shared with other work, wall time and lag alone mostly measure the neighbours.
    const cpu0 = process.cpuUsage();
    const elu0 = performance.eventLoopUtilization();
    const t1 = performance.now();
    const cold = await core.api['sync.run']({});
    const coldMs = performance.now() - t1;
    const elu = performance.eventLoopUtilization(elu0);
    const cpu = process.cpuUsage(cpu0);
    lag.disable();
    // The re-sync starts with the app idle again: the work that follows a sync (the day's backup here) is done.
    await core.idle();
    const t2 = performance.now();
    const warm = await core.api['sync.run']({ sourceIds: (await core.api['sources.list']({})).map((s) => s.id) });
    const warmMs = performance.now() - t2;
    await core.close();
    if (cold.added !== feedCount * itemsPerFeed) throw new Error(`cold sync stored ${cold.added} conversations`);
    if (warm.sources.some((s) => !s.notModified)) throw new Error('warm sync re-read sources that had not changed');
    // The same work step by step on this thread, with the engine closed and nothing else running.
    const steps = await syncSteps(feeds, Date.now());
    if (steps.rows !== feedCount * itemsPerFeed) throw new Error(`the steps stored ${steps.rows} conversations`);
    const maxLagMs = lag.max / 1e6;
    return [
      { name: 'bare rss-parser, 200 × 50', value: bare, unit: 'ms' },
      { name: 'cold sync, 200 sources × 50', value: coldMs, unit: 'ms' },
      { name: 'cold sync ÷ bare rss-parser', value: coldMs / bare, unit: '×', goal: '≤ 1.5', ok: coldMs / bare <= 1.5 },
      ...stepRows(steps, bare),
      { name: 'warm re-sync (all 304)', value: warmMs, unit: 'ms' },
      { name: 'warm ÷ cold', value: warmMs / coldMs, unit: '×', goal: '≤ 0.05', ok: warmMs / coldMs <= 0.05 },
      { name: 'main-thread event-loop lag during sync (max)', value: maxLagMs, unit: 'ms', goal: '≤ 50', ok: maxLagMs <= 50 },
      { name: 'main-thread event-loop lag during sync (p99)', value: lag.percentile(99) / 1e6, unit: 'ms' },
      { name: 'main-thread busy during cold sync', value: elu.active, unit: 'ms' },
      { name: 'CPU during cold sync, all threads', value: (cpu.user + cpu.system) / 1000, unit: 'ms' },
      { name: 'machine load (1-minute average) at the end', value: loadavg()[0] ?? 0, unit: '' },
    ];
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
