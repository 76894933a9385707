// Checkpoints: the whole file written atomically, the journal emptied, nothing lost.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreEngine } from '../../../electron/core/store/engine';
import { loadSqlJs } from '../../../electron/core/store/sql';
import { open, recordingLog, removeTempDirs, setting, tempDir } from './helpers';

afterEach(removeTempDirs);

const journalLines = (dir: string) => readFileSync(join(dir, 'earshot.journal'), 'utf8').trimEnd().split('\n').length;

describe('checkpoint', () => {
  it('empties the journal and the data survives reopening', async () => {
    const dir = tempDir();
    const store = await open(dir);
    for (let i = 0; i < 5; i++) await store.write([setting(`k${i}`, String(i))]);
    expect(journalLines(dir)).toBe(6);
    await store.checkpoint();
    expect(journalLines(dir)).toBe(1);
    // Cached prepared statements still work after the export.
    expect(await store.get('SELECT value FROM settings WHERE key = ?', ['k3'])).toEqual({ value: '3' });
    await store.write([setting('after', 'x')]);
    expect(await store.get('SELECT value FROM settings WHERE key = ?', ['after'])).toEqual({ value: 'x' });
    await store.close();
    expect(journalLines(dir)).toBe(1);
    const again = await open(dir);
    expect(await again.get('SELECT count(*) AS n FROM settings')).toEqual({ n: 6 });
    await again.close();
  });

  it('runs by itself once the journal passes checkpointBytes', async () => {
    const dir = tempDir();
    const log = recordingLog();
    const store = await open(dir, { checkpointBytes: 4096, log });
    const dbBefore = statSync(join(dir, 'earshot.db')).mtimeMs;
    for (let i = 0; i < 40; i++) await store.write([setting(`k${i}`, 'x'.repeat(200))]);
    // Let the checkpoint scheduled after the last acknowledgement run.
    await store.get('SELECT 1');
    const problems = JSON.stringify(log.lines.filter((l) => l.level === 'error'));
    expect(statSync(join(dir, 'earshot.journal')).size, problems).toBeLessThan(4096 + 400);
    expect(statSync(join(dir, 'earshot.db')).mtimeMs).toBeGreaterThanOrEqual(dbBefore);
    expect(readFileSync(join(dir, 'earshot.journal'), 'utf8')).not.toContain('"k0"');
    await store.close();
    const again = await open(dir);
    expect(await again.get('SELECT count(*) AS n FROM settings')).toEqual({ n: 40 });
    await again.close();
  });

  it('runs by itself after the store has been idle for a while', async () => {
    const dir = tempDir();
    // The engine directly (as the worker runs it), with the idle delay shortened from a minute.
    const engine = await StoreEngine.open(await loadSqlJs(), { dataDir: dir, checkpointBytes: 1 << 20, idleMs: 50, now: 0 }, recordingLog());
    try {
      engine.write([setting('a', '1')]);
      expect(journalLines(dir)).toBe(2);
      await expect.poll(() => journalLines(dir), { timeout: 5000, interval: 25 }).toBe(1);
    } finally {
      engine.close();
    }
    const again = await open(dir);
    expect(await again.get('SELECT value FROM settings')).toEqual({ value: '1' });
    await again.close();
  });
});
