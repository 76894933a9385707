// Opening, migrations, reads and writes through the worker.
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from '../../../electron/core/store';
import { SCHEMA_VERSION } from '../../../electron/core/store/migrations';
import { open, recordingLog, removeTempDirs, setting, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('store basics', () => {
  it('creates the schema on a new folder and records its version', async () => {
    const dir = tempDir();
    const store = await open(dir);
    try {
      expect(store.notice).toBeNull();
      expect(store.dataDir).toBe(dir);
      expect(await store.get('PRAGMA user_version')).toEqual({ user_version: SCHEMA_VERSION });
      const tables = (await store.all<{ name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")).map((t) => t.name);
      expect(tables).toEqual(expect.arrayContaining(['sources', 'conversations', 'conversations_fts', 'settings', 'bookmarks']));
      expect(statSync(join(dir, 'earshot.db')).size).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
    // Opening again does not run the migrations twice.
    const again = await open(dir);
    expect(await again.get('PRAGMA user_version')).toEqual({ user_version: SCHEMA_VERSION });
    await again.close();
  });

  it('writes in one transaction and reads rows back as objects', async () => {
    const store = await open(tempDir());
    try {
      const results = await store.write([setting('a', '1'), setting('b', '2')]);
      expect(results).toEqual([{ changes: 1 }, { changes: 1 }]);
      expect(await store.all('SELECT key, value FROM settings ORDER BY key')).toEqual([
        { key: 'a', value: '1' },
        { key: 'b', value: '2' },
      ]);
      expect(await store.get('SELECT value FROM settings WHERE key = ?', ['b'])).toEqual({ value: '2' });
      expect(await store.get('SELECT value FROM settings WHERE key = ?', ['zzz'])).toBeUndefined();
      const [upd] = await store.write([{ sql: 'UPDATE settings SET value = ? WHERE key IN (?, ?)', params: ['x', 'a', 'b'] }]);
      expect(upd?.changes).toBe(2);
      expect(await store.write([])).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('applies nothing and journals nothing when a statement of a write fails', async () => {
    const dir = tempDir();
    const store = await open(dir);
    try {
      await store.write([setting('a', '1')]);
      const journalBefore = statSync(join(dir, 'earshot.journal')).size;
      await expect(store.write([setting('b', '2'), setting('a', 'again')])).rejects.toThrow(/statement 2 of 2.*UNIQUE constraint failed/);
      await expect(store.write([{ sql: 'INSERT INTO nowhere VALUES (1)' }])).rejects.toThrow(/no such table: nowhere/);
      expect(statSync(join(dir, 'earshot.journal')).size).toBe(journalBefore);
      expect(await store.all('SELECT key FROM settings')).toEqual([{ key: 'a' }]);
      // The store keeps working after a failed write.
      await store.write([setting('b', '2')]);
    } finally {
      await store.close();
    }
    const reopened = await open(dir);
    expect(await reopened.all('SELECT key, value FROM settings ORDER BY key')).toEqual([
      { key: 'a', value: '1' },
      { key: 'b', value: '2' },
    ]);
    await reopened.close();
  });

  it('rejects a bad read with a clear message', async () => {
    const store = await open(tempDir());
    try {
      await expect(store.all('SELECT nope FROM settings')).rejects.toThrow(/no such column: nope/);
    } finally {
      await store.close();
    }
  });

  it('round-trips Uint8Array parameters through memory, the journal and a checkpoint', async () => {
    const dir = tempDir();
    const bytes = new Uint8Array(4096).map((_, i) => (i * 31 + 7) % 256);
    const store = await open(dir);
    await store.write([
      {
        sql: `INSERT INTO conversations (id, source_id, guid, title, published_at, fetched_at, content) VALUES (?, 's', 'g', 't', ?, ?, ?)`,
        params: ['c1', 1_760_000_000_000, 1_760_000_000_001, bytes],
      },
      { sql: 'INSERT INTO settings (key, value) VALUES (?, ?)', params: ['odd', 'line\nbreak "quoted" \u2028 ✓'] },
    ]);
    const live = await store.get<{ content: Uint8Array; published_at: number }>('SELECT content, published_at FROM conversations');
    expect(live?.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(live!.content).equals(Buffer.from(bytes))).toBe(true);
    expect(live?.published_at).toBe(1_760_000_000_000);

    // Replay: a copy of the folder while the store is open is what a crash would leave.
    const crashed = tempDir();
    const { cpSync } = await import('node:fs');
    cpSync(dir, crashed, { recursive: true });
    await store.close();
    for (const d of [crashed, dir]) {
      const s = await open(d);
      const row = await s.get<{ content: Uint8Array }>('SELECT content FROM conversations');
      expect(Buffer.from(row!.content).equals(Buffer.from(bytes))).toBe(true);
      expect(await s.get('SELECT value FROM settings')).toEqual({ value: 'line\nbreak "quoted" \u2028 ✓' });
      await s.close();
    }
  });

  it('rejects calls after close, and pending calls when the worker dies', async () => {
    const store = await open(tempDir());
    await store.close();
    await expect(store.get('SELECT 1')).rejects.toThrow(/closed/);

    // A worker that answers "open" and then dies on the next request.
    const dir = tempDir();
    const fake = join(dir, 'dying-worker.js');
    writeFileSync(
      fake,
      `const { parentPort } = require('node:worker_threads');
       parentPort.on('message', (m) => {
         if (m.op === 'open') parentPort.postMessage({ type: 'result', id: m.id, ok: true, value: { notice: null } });
         else process.exit(7);
       });`,
    );
    const dying = await openStore({ dataDir: dir, clock: () => 0, log: recordingLog(), workerPath: fake });
    await expect(dying.get('SELECT 1')).rejects.toThrow(/stopped unexpectedly \(exit code 7\)/);
    await expect(dying.write([setting('a', 'b')])).rejects.toThrow(/stopped unexpectedly/);
  });

  it('fails to open with a plain message when the worker cannot start', async () => {
    const dir = tempDir();
    await expect(
      openStore({ dataDir: dir, clock: () => 0, log: recordingLog(), workerPath: join(dir, 'missing-worker.js') }),
    ).rejects.toThrow(/could not be opened|Cannot find module/);
  });
});
