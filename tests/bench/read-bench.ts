// Read benchmark: search (FTS4 with snippets, newest first, the screen's page of 50) at 100k conversations, p95 ≤ 30 ms;
// opening a conversation for reading (read.thread from the store, with replies and kept pictures) ≤ 50 ms.
// Fills a throwaway data folder in the system temp dir.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import type { EngineContext } from '../../electron/core/context';
import { silentLog } from '../../electron/core/log';
import { searchConversations } from '../../electron/core/read/search';
import { SEARCH_PAGE } from '../../shared/api-read';
import { readThread } from '../../electron/core/read/thread-view';
import { openStore } from '../../electron/core/store';
import { ConversationsTable } from '../../electron/core/store/conversations-table';
import { rng } from '../support/fuzz';

export interface ReadBenchRow {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  ok?: boolean;
}

const COUNT = Number(process.env.READ_BENCH_COUNT ?? 100_000);
const WORDS = (
  'battery range cold winter delivery late refund app login update crash love great ride motor brake chain ' +
  'support answer email price expensive cheap firmware charger tyre frame light lock stolen warranty repair ' +
  'shop dealer order weeks waiting happy unhappy broken works finally again never always quiet smooth fast'
).split(' ');
const TONES = ['pleased', 'unhappy', 'asking', 'neutral'];

// Filler from a large made-up vocabulary, topic words now and then: like real posts, where "battery" is in a
// few percent of them, not in all.
function text(rand: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    out.push(rand() < 0.1 ? WORDS[Math.floor(rand() * WORDS.length)]! : `w${Math.floor(rand() * rand() * 20_000).toString(36)}`);
  }
  return out.join(' ');
}

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)] ?? 0;

/** Fills the database file directly with sql.js in one transaction: 100k journaled writes would take minutes. */
export async function fillFile(dir: string, now: number, workerPath: string): Promise<void> {
  // Resolved from the worker's place, so it works wherever this bundle runs.
  const wasm = createRequire(workerPath).resolve('sql.js/dist/sql-wasm.wasm');
  const SQL = await initSqlJs({ locateFile: () => wasm });
  const file = join(dir, 'earshot.db');
  const db = new SQL.Database(readFileSync(file));
  try {
    const rand = rng(42);
    const pool = Array.from({ length: 64 }, () => deflateRawSync(Buffer.from(`<p>${text(rand, 250)}</p>`)));
    db.run('BEGIN');
    db.run(`INSERT INTO sources (id, url, title, added_at) VALUES ('s', 'https://forum.example/', 'Forum', 0)`);
    const row = db.prepare(`INSERT INTO conversations (id, source_id, guid, link, title, published_at, fetched_at, excerpt, content, tone)
      VALUES (?, 's', ?, ?, ?, ?, ?, ?, ?, ?)`);
    const fts = db.prepare(`INSERT INTO conversations_fts (docid, title, body) VALUES (last_insert_rowid(), ?, ?)`);
    const reply = db.prepare(`INSERT INTO conversations (id, source_id, guid, title, published_at, fetched_at, excerpt, content, parent_id, relevant)
      VALUES (?, 's', ?, 'Re', ?, ?, 'reply', ?, ?, 0)`);
    try {
      for (let i = 0; i < COUNT; i++) {
        const title = text(rand, 7);
        const excerpt = text(rand, 45);
        row.run([`c${i}`, `c${i}`, `https://forum.example/t/${i}`, title, now - i * 60_000, now, excerpt, pool[i % pool.length]!, TONES[i % 4]!]);
        fts.run([title, excerpt]);
      }
      // A few hundred bookmarks, as a year of keeping threads would leave.
      db.run(`INSERT INTO bookmarks (conversation_id, created_at) SELECT id, ${now} FROM conversations WHERE rowid % 500 = 3`);
      // Replies for a few threads, as opened threads have.
      for (let i = 0; i < 20; i++) {
        for (let r = 0; r < 30; r++) reply.run([`r${i}-${r}`, `r${i}-${r}`, now + r, now, pool[r % pool.length]!, `c${i * 997}`]);
      }
    } finally {
      row.free();
      fts.free();
      reply.free();
    }
    db.run('COMMIT');
    writeFileSync(file, db.export());
  } finally {
    db.close();
  }
}

export async function benchRead(workerPath: string): Promise<ReadBenchRow[]> {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-read-bench-'));
  const now = Date.parse('2026-11-22T07:00:00Z');
  // Open once so the schema is made, fill the file, then open it the way the app does.
  await (await openStore({ dataDir: dir, clock: () => now, log: silentLog, workerPath })).close();
  await fillFile(dir, now, workerPath);
  const store = await openStore({ dataDir: dir, clock: () => now, log: silentLog, workerPath });
  try {
    const rand = rng(7);
    const queries = ['battery', 'cold winter', 'refund', 'app crash', 'w1a', 'w3f2', 'deliv', 'firmware update', 'love ride', 'b', 'kestrel', 'w9zz'];
    // The filters as the search screen sends them; the one source holds everything (the worst case for it).
    const filters = [{}, { tone: 'unhappy' as const }, { from: now - 30 * 86_400_000 }, { bookmarked: true }, { sourceId: 's' }];
    for (const q of queries) await searchConversations(store, { text: q }); // warm the page cache
    const searchTimes: number[] = [];
    for (let round = 0; round < 3; round++) {
      for (const q of queries) {
        for (const f of filters) {
          const t = performance.now();
          await searchConversations(store, { text: q, limit: SEARCH_PAGE, ...f });
          searchTimes.push(performance.now() - t);
          if (process.env.READ_BENCH_DETAIL && round === 2) process.stderr.write(`  ${(performance.now() - t).toFixed(1)} ms  ${q} ${JSON.stringify(f)}\n`);
        }
      }
    }
    const ctx = {
      store,
      conversations: new ConversationsTable(store),
      clock: () => now,
      log: silentLog,
      fetch: globalThis.fetch,
      userAgent: 'bench',
      dataDir: dir,
    } as unknown as EngineContext; // read.thread without refresh touches only these
    const openTimes: number[] = [];
    for (let i = 0; i < 100; i++) {
      const id = i % 5 === 0 ? `c${(i / 5) * 997}` : `c${Math.floor(rand() * COUNT)}`;
      const t = performance.now();
      await readThread(ctx, id, false);
      openTimes.push(performance.now() - t);
    }
    // The Conversations screen's first page, with its count of what is listed and what is not.
    const listTimes: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t = performance.now();
      await ctx.conversations.list({ limit: 50 });
      listTimes.push(performance.now() - t);
    }
    const search = p95(searchTimes);
    const open = p95(openTimes);
    return [
      { name: 'read: search p95 at 100k (snippets, filters)', value: search, unit: 'ms', goal: '≤ 30', ok: search <= 30 },
      { name: 'read: open a conversation p95 at 100k', value: open, unit: 'ms', goal: '≤ 50', ok: open <= 50 },
      { name: 'read: conversation list, first page p95 at 100k', value: p95(listTimes), unit: 'ms' },
    ];
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
