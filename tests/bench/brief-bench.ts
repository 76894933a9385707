// Brief benchmark: building the morning brief with 100k conversations stored (90 days, ~1,100 a day, tones and
// questions already stored by listening). Times the Api call a morning makes (build + store), day after day.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { createCore } from '../../electron/core';
import { silentLog } from '../../electron/core/log';
import { openStore } from '../../electron/core/store';
import type { Statement } from '../../electron/core/store';
import type { BenchRow } from './table';
import { toneTexts } from './tone-bench';

const DAY = 86_400_000;
const TOTAL = 100_000;
const DAYS = 90;
/** Data also runs a week past the first brief, so each following morning has a full day to read. */
const AHEAD = 7;
const SOURCES = 40;
const NOW = Date.parse('2026-11-22T07:30:00Z');
const TONES = ['unhappy', 'neutral', 'neutral', 'pleased', 'asking', 'unhappy', 'neutral'];

/** Fills a data folder with the bench's conversations (bodies included: real rows are that big). */
export async function fillBriefStore(dataDir: string, workerPath: string): Promise<void> {
  const store = await openStore({ dataDir, clock: () => NOW, log: silentLog, workerPath, checkpointBytes: 1 << 30 });
  try {
    const sources: Statement[] = [];
    for (let s = 0; s < SOURCES; s++) {
      sources.push({
        sql: `INSERT INTO sources (id, url, title, kind, status, widely_read, added_at) VALUES (?, ?, ?, 'search', ?, ?, 0)`,
        params: [`s${s}`, `https://example.com/${s}.xml`, `Source ${s}`, s === 7 ? 'unreachable' : 'ok', s % 10 === 0 ? 1 : 0],
      });
    }
    await store.write(sources);
    const texts = toneTexts(5000, 11);
    const bodies = Array.from({ length: 32 }, (_, k) => new Uint8Array(deflateRawSync(`<p>${texts.slice(k * 40, k * 40 + 40).join('</p><p>')}</p>`)));
    const batch = 2000;
    for (let start = 0; start < TOTAL; start += batch) {
      const statements: Statement[] = [];
      for (let i = start; i < Math.min(TOTAL, start + batch); i++) {
        const text = texts[i % texts.length]!;
        // Spread evenly from 90 days before NOW to a week after it.
        const at = NOW - DAYS * DAY + Math.floor(((i + 0.5) / TOTAL) * (DAYS + AHEAD) * DAY);
        const tone = TONES[i % TONES.length]!;
        statements.push({
          sql: `INSERT INTO conversations (id, source_id, guid, link, title, author, published_at, fetched_at, excerpt,
                  content, reply_count, tone, asks) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
          params: [`c${i}`, `s${i % SOURCES}`, `g${i}`, `https://example.com/t/${i}`, text.slice(0, 90), `@user${i % 3000}`, at,
            at, text, bodies[i % bodies.length]!, i % 13 === 0 ? i % 97 : null, tone, tone === 'asking' && i % 2 === 0 ? 1 : 0],
        });
      }
      await store.write(statements);
    }
  } finally {
    await store.close();
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchBrief(workerPath: string): Promise<BenchRow[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'earshot-brief-bench-'));
  try {
    await fillBriefStore(dataDir, workerPath);
    let now = NOW;
    const log = process.env.EARSHOT_DEBUG ? { ...silentLog, debug: (m: string, d?: unknown) => console.error(m, d) } : silentLog;
    const core = await createCore({ dataDir, workerPath, clock: () => now, log });
    try {
      // The very first brief also counts 45 days of daily totals; later ones count only the last few days.
      let t0 = performance.now();
      const first = await core.api['brief.today']({});
      const firstMs = performance.now() - t0;
      if (first.totals.all < 500) throw new Error(`brief bench: only ${first.totals.all} conversations in the window`);
      await core.api['brief.markRead']({ id: first.id });
      const times: number[] = [];
      const cpu: number[] = [];
      // The following mornings: each reads the day since the last brief, which was read.
      for (let d = 1; d <= AHEAD; d++) {
        now = NOW + d * DAY;
        t0 = performance.now();
        const c0 = process.cpuUsage();
        const made = await core.api['brief.ensureToday']({});
        times.push(performance.now() - t0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        if (!made.isNew || made.brief.themes.length === 0) throw new Error('brief bench: no new brief with themes was built');
        await core.api['brief.markRead']({ id: made.brief.id });
      }
      const daily = median(times);
      return [
        { name: 'brief: build and store at 100k conversations (median of 7 mornings)', value: daily, unit: 'ms', goal: '≤ 150', ok: daily <= 150 },
        // The process's CPU time (both threads) over the same calls: what the build costs on a machine not shared.
        { name: 'brief: CPU time of the same builds (median)', value: median(cpu), unit: 'ms' },
        { name: 'brief: the very first brief at 100k (counts 45 days of totals)', value: firstMs, unit: 'ms' },
        { name: 'brief: conversations in a day’s window', value: first.totals.all, unit: '' },
      ];
    } finally {
      await core.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
