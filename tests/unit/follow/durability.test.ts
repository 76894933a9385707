// Bookmarks, notes and forwards survive SIGKILL: a child drives the real engine through the Api and is killed at
// random moments; after each kill, everything it was told was saved is there.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { ROOT, WORKER_PATH } from '../../support/paths';

const CHILD = resolve(ROOT, 'out/tests/follow-durability-child.js');
const KILLS = 25;
const dir = mkdtempSync(join(tmpdir(), 'earshot-follow-durability-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runAndKill(run: number, delayMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, dir, String(run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    const guard = setTimeout(() => {
      err += 'the child did not open within 60 s';
      child.kill('SIGTERM');
    }, 60_000);
    // The kill comes `delayMs` after the child opened, but never before it acknowledged a first write: on a busy
    // machine the writes start late, and a kill before any of them would test nothing.
    let due = false;
    const acked = () => out.split('\n').length > 2;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (due && acked()) child.kill('SIGKILL');
      if (out.startsWith('open\n')) {
        timer ??= setTimeout(() => {
          due = true;
          if (acked()) child.kill('SIGKILL');
        }, delayMs);
      }
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return fail(new Error(`child ended on its own (code ${code}): ${err}`));
      done(out.split('\n').slice(0, -1)); // a kill can cut the last line short: only whole lines count
    });
  });
}

/** Fails with the step's name instead of hanging the whole run when a step never finishes. */
function within<T>(ms: number, step: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`${step} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

describe('follow-ups under SIGKILL', () => {
  it(`loses no acknowledged bookmark, note or forward over ${KILLS} kills`, async () => {
    // Per conversation, the newest note the child was told was saved: (run, i) in order.
    const lastNote = new Map<string, [number, number]>();
    const forwards = new Map<string, 'open' | 'answered'>();
    let acknowledgedRuns = 0;
    let seed = 7;
    const rand = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < KILLS; run++) {
      const lines = await runAndKill(run, 50 + Math.floor(rand() * 400));
      if (lines.length > 1) acknowledgedRuns++;
      for (const line of lines) {
        const [kind, id, a, b] = line.split(' ');
        if (kind === 'bookmark') lastNote.set(id!, [Number(a), Number(b)]);
        if (kind === 'forward') forwards.set(id!, a as 'open' | 'answered');
      }
      const core = await within(60_000, `opening after kill ${run}`, createCore({ dataDir: dir, workerPath: WORKER_PATH }));
      try {
        const kept = new Map((await within(60_000, `listing bookmarks after kill ${run}`, core.api['bookmarks.list']({}))).map((bm) => [bm.conversationId, bm.note]));
        for (const [id, [r, i]] of lastNote) {
          const note = kept.get(id);
          expect(note, `bookmark ${id} after kill ${run}`).toBeDefined();
          // The stored note is the acknowledged one or a later one (a write may land just before the kill).
          const [nr, ni] = (/run (\d+) note (\d+)/.exec(note!) ?? []).slice(1).map(Number) as [number, number];
          expect(nr > r || (nr === r && ni >= i), `note of ${id}: ${note} older than run ${r} note ${i}`).toBe(true);
        }
        const stored = new Map((await within(60_000, `listing forwards after kill ${run}`, core.api['forwards.list']({}))).map((f) => [f.id, f.status]));
        for (const [id, status] of forwards) {
          expect(stored.get(id), `forward ${id} after kill ${run}`).toBeDefined();
          if (status === 'answered') expect(stored.get(id)).toBe('answered');
        }
      } finally {
        await within(60_000, `closing after kill ${run}`, core.close());
      }
    }
    expect(acknowledgedRuns).toBe(KILLS);
    expect(lastNote.size).toBeGreaterThan(0);
    expect(forwards.size).toBeGreaterThan(0);
  }, 900_000);
});
