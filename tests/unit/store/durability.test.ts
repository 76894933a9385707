// Kills a writing process with SIGKILL at random moments, 100 times on the same folder, and checks after each
// kill that every acknowledged batch is there in full and that no batch is half there. About 45 s on an idle
// 2-core machine; the timeout is generous because a loaded machine starts processes slowly.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { StoreEngine } from '../../../electron/core/store/engine';
import { loadSqlJs } from '../../../electron/core/store/sql';
import { silentLog } from '../../../electron/core/log';
import { ROOT } from '../../support/paths';
import { rng } from '../../support/fuzz';

const CHILD = resolve(ROOT, 'out/tests/durability-child.js');
const KILLS = 100;
const SEED = 20261122;

/** Runs the child, kills it `delayMs` after it opened (or after spawn when `beforeOpen`), returns acked batch numbers. */
function runAndKill(dataDir: string, run: number, delayMs: number, beforeOpen: boolean): Promise<number[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [CHILD, dataDir, String(run), String(SEED + run)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let timer: NodeJS.Timeout | null = null;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), delayMs));
    if (beforeOpen) arm();
    // A child that never opens is a failure, not a hang (generous: machines under load are slow to start).
    const guard = setTimeout(() => {
      err += 'the child did not open within 60 s';
      child.kill('SIGTERM');
    }, 60_000);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.startsWith('open\n')) arm();
    });
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      clearTimeout(guard);
      if (signal !== 'SIGKILL') return fail(new Error(`child ended on its own (code ${code}): ${err}`));
      // Only whole lines count: a kill can cut "ack 12" to "ack 1".
      const lines = out.split('\n').slice(0, -1);
      done(lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.slice(4))));
    });
  });
}

describe('durability under SIGKILL', () => {
  const root = mkdtempSync(join(tmpdir(), 'earshot-durability-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.skipIf(!existsSync(CHILD))(`keeps every acknowledged write whole across ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const dataDir = join(root, 'data');
    const SQL = await loadSqlJs();
    const rand = rng(SEED);
    const acked = new Set<string>();
    let totalAcks = 0;
    for (let run = 0; run < KILLS; run++) {
      // Mostly mid-writing; one in five while still starting up (replaying, checkpointing at open).
      const beforeOpen = rand() < 0.2;
      const delay = beforeOpen ? 30 + Math.floor(rand() * 300) : 20 + Math.floor(rand() * 150);
      const acks = await runAndKill(dataDir, run, delay, beforeOpen);
      for (const n of acks) acked.add(`r${run}.${n}`);
      totalAcks += acks.length;

      // Check a copy: opening and closing the store checkpoints, and the next run must face the raw crash state.
      // The check runs the worker's engine in this thread (same code, one sql.js instance for all 100 checks).
      const copy = join(root, `check-${run}`);
      cpSync(dataDir, copy, { recursive: true });
      const store = await StoreEngine.open(SQL, { dataDir: copy, checkpointBytes: 1 << 20, idleMs: 60_000, now: 1_760_000_000_000 }, silentLog);
      try {
        const rows = store.all("SELECT key, value FROM settings WHERE key LIKE 'r%'") as { key: string; value: string }[];
        const convs = store.all("SELECT id, content, content_hash FROM conversations WHERE source_id = 'durability'") as {
          id: string;
          content: Uint8Array;
          content_hash: string;
        }[];
        const fts = store.get(
          "SELECT count(*) AS n FROM conversations_fts WHERE docid IN (SELECT rowid FROM conversations WHERE source_id = 'durability')",
        ) as { n: number } | undefined;
        const batches = new Map<string, { k: number; c: boolean; seen: number }>();
        for (const r of rows) {
          const id = r.key.slice(0, r.key.lastIndexOf('.'));
          const meta = JSON.parse(r.value) as { k: number; c: boolean };
          const b = batches.get(id) ?? { ...meta, seen: 0 };
          b.seen++;
          batches.set(id, b);
        }
        const convIds = new Set(convs.map((c) => c.id));
        for (const [id, b] of batches) {
          expect(b.seen, `batch ${id} half applied (run ${run})`).toBe(b.k);
          expect(convIds.has(`c${id}`), `batch ${id} lost its conversation (run ${run})`).toBe(b.c);
        }
        for (const c of convs) {
          expect(batches.has(c.id.slice(1)), `conversation ${c.id} without its batch`).toBe(true);
          expect(createHash('sha256').update(c.content).digest('hex')).toBe(c.content_hash);
        }
        expect(fts?.n).toBe(convs.length);
        for (const id of acked) expect(batches.has(id), `acknowledged batch ${id} lost (run ${run})`).toBe(true);
      } finally {
        store.close();
        rmSync(copy, { recursive: true, force: true });
      }
    }
    // The test must have exercised something (a loaded machine acknowledges fewer writes before each kill).
    expect(totalAcks).toBeGreaterThan(KILLS);
  });
});
