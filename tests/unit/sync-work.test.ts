// The sync's fast paths: group commit in the store worker, writes encoded for the journal, and the sync worker
// (which must store exactly what the same work on the main thread stores).
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLog } from '../../electron/core/log';
import { encodedWriter, openStore, type Store } from '../../electron/core/store';
import { ConversationsTable } from '../../electron/core/store/conversations-table';
import { decodeStatements, encodeEntry, encodeEntryFrom, encodeStatements, readJournal } from '../../electron/core/store/journal';
import { SettingsTable } from '../../electron/core/store/settings-table';
import { SourcesTable } from '../../electron/core/store/sources-table';
import { Sync } from '../../electron/core/sync/sync';
import { syncWorkerPath } from '../../electron/core/sync/work-client';
import { WORKER_PATH } from '../support/paths';

const NOW = Date.parse('2026-11-22T07:00:00Z');
const setting = (key: string, value: string) => ({ sql: 'INSERT INTO settings (key, value) VALUES (?, ?)', params: [key, value] });

function rss(n: number, offset = 0): string {
  const items = Array.from({ length: n }, (_, i) => {
    const k = i + offset;
    return `<item><guid>g${k}</guid><title>Kestrel battery question number ${k}</title><link>https://forum.example/t/${k}</link>
<pubDate>Sat, 21 Nov 2026 09:00:00 +0000</pubDate><description><![CDATA[<p>When will the Kestrel range update arrive? I love the ride but the
battery is terrible in the cold, ${k} times now. <a href="/t/${k}">more</a></p>]]></description></item>`;
  });
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Forum</title><link>https://forum.example/</link>${items.join('')}</channel></rss>`;
}

let dirs: string[] = [];
let server: Server;
let base: string;

beforeEach(async () => {
  server = createServer((req, res) => {
    const m = /^\/(\d+)\.xml$/.exec(req.url ?? '');
    if (!m) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(6, Number(m[1]) * 3)); // overlapping items: duplicates
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterEach(async () => {
  await new Promise((r) => server.close(r));
  for (const d of dirs) await rm(d, { recursive: true, force: true });
  dirs = [];
});

async function tempStore(): Promise<Store> {
  const dir = await mkdtemp(join(tmpdir(), 'earshot-sync-work-'));
  dirs.push(dir);
  return openStore({ dataDir: dir, clock: () => NOW, log: silentLog, workerPath: WORKER_PATH });
}

describe('journal encoding for writes built elsewhere', () => {
  it('spells an encoded write exactly as a plain one, and decodes it back', () => {
    const statements = [
      { sql: 'INSERT INTO t VALUES (?, ?, ?, ?)', params: ['a "quoted" \u2028 text', 1.5, null, new Uint8Array([0, 1, 255])] },
      { sql: 'DELETE FROM t' },
    ];
    const bytes = encodeStatements(statements);
    expect(encodeEntryFrom(7, bytes).equals(encodeEntry(7, statements))).toBe(true);
    expect(decodeStatements(bytes)).toEqual([statements[0], { sql: 'DELETE FROM t', params: [] }]);
  });
});

describe('group commit', () => {
  it('commits writes sent together, each on its own: a failing one leaves no trace and the others stand', async () => {
    const store = await tempStore();
    try {
      const writes = [
        store.write([setting('a', '1')]),
        store.write([setting('b', '2'), setting('a', 'again')]), // fails: duplicate key
        encodedWriter(store)!(encodeStatements([setting('c', '3')])),
        store.write([setting('d', '4')]),
      ];
      const outcomes = await Promise.allSettled(writes);
      expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
      expect((outcomes[1] as PromiseRejectedResult).reason.message).toMatch(/statement 2 of 2/);
      const rows = await store.all<{ key: string; value: string }>(`SELECT key, value FROM settings WHERE key IN ('a','b','c','d') ORDER BY key`);
      expect(rows).toEqual([{ key: 'a', value: '1' }, { key: 'c', value: '3' }, { key: 'd', value: '4' }]);
      // Each acknowledged write has its own journal line, in order, so replay is what it always was.
      const journal = readJournal(join(store.dataDir, 'earshot.journal'));
      const keys = journal.entries.map((e) => e.statements[0]?.params?.[0]).filter((k) => k === 'a' || k === 'b' || k === 'c' || k === 'd');
      expect(keys).toEqual(['a', 'c', 'd']);
      expect(journal.problem).toBeNull();
    } finally {
      await store.close();
    }
    // And it survives reopening.
    const again = await openStore({ dataDir: store.dataDir, clock: () => NOW, log: silentLog, workerPath: WORKER_PATH });
    try {
      expect((await again.all(`SELECT key FROM settings WHERE key IN ('a','b','c','d') ORDER BY key`)).map((r) => r.key)).toEqual(['a', 'c', 'd']);
    } finally {
      await again.close();
    }
  });
});

/** Syncs 4 overlapping sources with the work in the sync worker (path) or on this thread (null); returns the rows. */
async function syncWith(workerPath: string | null, syncWorkers = 1): Promise<unknown[]> {
  const store = await tempStore();
  try {
    const sources = new SourcesTable(store);
    const settings = new SettingsTable(store);
    const sync = new Sync({
      store,
      sources,
      conversations: new ConversationsTable(store),
      settings,
      clock: () => NOW,
      fetch: globalThis.fetch,
      log: silentLog,
      userAgent: 'test',
      onProgress: () => undefined,
      onChanged: () => undefined,
      syncWorkerPath: workerPath,
      syncWorkers,
    });
    await store.write([{ sql: `INSERT INTO watch_words (id, word, kind, added_at) VALUES ('w1', 'Kestrel', 'company', 0)` }]);
    // One at a time, so which copy of a repeated story is "first" doesn't depend on timing.
    for (let i = 0; i < 4; i++) {
      const url = `${base}/${i}.xml`;
      await store.write([{ sql: `INSERT INTO sources (id, url, title, kind, added_at) VALUES (?, ?, ?, 'general', 0)`, params: [`s${i}`, url, url] }]);
      const summary = await sync.run([`s${i}`]);
      expect(summary.failed).toBe(0);
    }
    return await store.all(
      `SELECT id, source_id, title, excerpt, hex(content) AS content, tone, tone_words, matches, relevant, asks, fingerprint, duplicate_of
       FROM conversations ORDER BY id`,
    );
  } finally {
    await store.close();
  }
}

describe('the sync worker', () => {
  it('is built beside the store worker', () => {
    expect(syncWorkerPath(WORKER_PATH)).not.toBeNull();
  });

  it('stores exactly what the same work on the main thread stores', async () => {
    const inWorker = await syncWith(syncWorkerPath(WORKER_PATH));
    const inTwo = await syncWith(syncWorkerPath(WORKER_PATH), 2); // duplicates then settled on the main thread
    const inline = await syncWith(null);
    expect(inWorker.length).toBe(24);
    expect(inWorker).toEqual(inline);
    expect(inTwo).toEqual(inline);
    // Overlapping sources repeat stories: some are marked as repeats of the first-seen copy.
    expect(inWorker.filter((r) => (r as { duplicate_of: string | null }).duplicate_of !== null).length).toBeGreaterThan(0);
  });
});

describe('a sync on a full disk', () => {
  it('says the disk is full rather than blaming the source', async () => {
    const real = await tempStore();
    try {
      await real.write([{ sql: `INSERT INTO sources (id, url, title, kind, added_at) VALUES ('s0', ?, 'Forum', 'general', 0)`, params: [`${base}/0.xml`] }]);
      // Reads work; every write fails as the store reports a full disk.
      const full: Store = { ...real, write: () => Promise.reject(new Error('ENOSPC: no space left on device, write')) };
      const said: string[] = [];
      const sync = new Sync({
        store: full,
        sources: new SourcesTable(full),
        conversations: new ConversationsTable(full),
        settings: new SettingsTable(full),
        clock: () => NOW,
        fetch: globalThis.fetch,
        log: silentLog,
        userAgent: 'test',
        onProgress: (p) => void (p.current && said.push(p.current.message)),
        onChanged: () => undefined,
        syncWorkerPath: null,
      });
      // The run's own last write fails too: the run fails as a whole, after saying what happened to the source.
      await expect(sync.run(['s0'])).rejects.toThrow(/ENOSPC/);
      expect(said).toEqual(["Earshot couldn't save what it read: the disk is full. Make some room and sync again."]);
      expect(sync.status().running).toBe(false);
    } finally {
      await real.close();
    }
  });
});
