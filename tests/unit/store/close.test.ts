// Closing is bounded: a store worker that never finishes closing (a stalled disk) is stopped, with a warning,
// instead of holding up the app's exit. Every acknowledged write is in the journal by then.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { openStore } from '../../../electron/core/store';

const dir = mkdtempSync(join(tmpdir(), 'earshot-close-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Answers 'open', then never answers again: a worker stuck in its last checkpoint.
const STUCK = `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (req) => {
  if (req.op === 'open') parentPort.postMessage({ type: 'result', id: req.id, ok: true, value: { notice: null } });
});`;

describe('closing the store', () => {
  it('stops a worker that does not finish closing, says so, and rejects later calls plainly', async () => {
    const workerPath = join(dir, 'stuck-worker.js');
    writeFileSync(workerPath, STUCK);
    const log = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() };
    const store = await openStore({ dataDir: dir, clock: () => 0, log, workerPath, closeTimeoutMs: 200 });
    const started = Date.now();
    await store.close();
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(log.warn).toHaveBeenCalledWith(expect.stringContaining('did not close'));
    await expect(store.all('SELECT 1')).rejects.toThrow('The store is closed.');
  });
});
