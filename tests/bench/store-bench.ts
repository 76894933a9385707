// Store benchmark: a small durable write must cost the same at 100k conversations as at 1k; opening 100k must be
// quick and fit in memory. Fills throwaway data folders in the system temp dir.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { openStore } from '../../electron/core/store';
import type { Statement, Store } from '../../electron/core/store';
import { silentLog } from '../../electron/core/log';
import { rng } from '../support/fuzz';

export interface StoreBenchRow {
  name: string;
  value: number;
  unit: string;
  goal?: string;
  ok?: boolean;
}

const WORDS = (
  'customer support pricing refund slow crash login great love hate update release android iphone billing ' +
  'invoice team account password export import sync offline fast bug feature request thanks broken again ' +
  'why when finally works never always helpful rude waiting email phone chat plan upgrade downgrade cancel'
).split(' ');

function words(rand: () => number, chars: number): string {
  let out = '';
  while (out.length < chars) out += WORDS[Math.floor(rand() * WORDS.length)] + ' ';
  return out.slice(0, chars).trim();
}

/** A pool of deflated bodies (~1.5 KB each); deflating 100k fresh ones would dominate the fill. */
function bodies(rand: () => number): Uint8Array[] {
  const pool: Uint8Array[] = [];
  for (let i = 0; i < 64; i++) {
    let html = '';
    while (html.length < 3000) html += `<p>${words(rand, 80 + Math.floor(rand() * 200))} ${Math.floor(rand() * 1e9).toString(36)}</p>`;
    pool.push(new Uint8Array(deflateRawSync(html)));
  }
  return pool;
}

export function conversationStatements(i: number, rand: () => number, pool: Uint8Array[]): Statement[] {
  const title = words(rand, 40 + Math.floor(rand() * 40));
  const excerpt = words(rand, 300);
  const published = 1_760_000_000_000 + i * 60_000;
  return [
    {
      sql: `INSERT INTO conversations (id, source_id, guid, link, title, author, published_at, fetched_at, excerpt,
              content, content_hash, tone) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [
        `c${i}`, `s${i % 40}`, `g${i}`, `https://example.com/post/${i}`, title, `author ${i % 500}`,
        published, published + 1000, excerpt, pool[i % pool.length]!, `h${i}`, ['positive', 'negative', 'neutral'][i % 3]!,
      ],
    },
    { sql: 'INSERT INTO conversations_fts (docid, title, body) VALUES (last_insert_rowid(), ?, ?)', params: [title, excerpt] },
  ];
}

export async function fill(store: Store, from: number, to: number, seed: number): Promise<void> {
  const rand = rng(seed);
  const pool = bodies(rand);
  const batch = 1000;
  for (let start = from; start < to; start += batch) {
    const statements: Statement[] = [];
    for (let i = start; i < Math.min(to, start + batch); i++) statements.push(...conversationStatements(i, rand, pool));
    await store.write(statements);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One small durable write (a bookmark), timed. */
async function smallWrite(store: Store, id: string): Promise<number> {
  const t0 = performance.now();
  await store.write([{ sql: 'INSERT INTO bookmarks (conversation_id, note, created_at) VALUES (?, ?, ?)', params: [id, 'keep', 1_760_000_000_000] }]);
  return performance.now() - t0;
}

/** Opens the store in a fresh process so its RSS is the store's alone. */
function openInChild(workerPath: string, dataDir: string): { ms: number; rss: number } {
  const script = `
    const { Worker } = require('node:worker_threads');
    const t0 = performance.now();
    const w = new Worker(${JSON.stringify(workerPath)}, { workerData: { dataDir: ${JSON.stringify(dataDir)}, checkpointBytes: 8388608, idleMs: 0, now: Date.now() } });
    let opened = null;
    w.on('message', (m) => {
      if (m.type !== 'result') return;
      if (m.id === 1) {
        if (!m.ok) { console.error(m.error); process.exit(1); }
        opened = { ms: performance.now() - t0, rss: process.memoryUsage().rss };
        w.postMessage({ id: 2, op: 'close', args: [] });
      } else { console.log(JSON.stringify(opened)); process.exit(0); }
    });
    w.postMessage({ id: 1, op: 'open', args: [] });`;
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' });
  return JSON.parse(out) as { ms: number; rss: number };
}

export async function benchStore(workerPath: string): Promise<StoreBenchRow[]> {
  const clock = () => Date.now();
  const root = mkdtempSync(join(tmpdir(), 'earshot-store-bench-'));
  const rows: StoreBenchRow[] = [];
  try {
    const small = join(root, 'small');
    const big = join(root, 'big');
    // A moderate checkpointBytes for the fill: a journal of hundreds of MB, truncated at once, leaves the
    // filesystem (ext4 with discard) slow to fsync that file for a while and would skew the write timings.
    let store = await openStore({ dataDir: small, clock, log: silentLog, workerPath, checkpointBytes: 32 << 20 });
    await fill(store, 0, 1000, 1);
    await store.close();

    let t0 = performance.now();
    store = await openStore({ dataDir: big, clock, log: silentLog, workerPath, checkpointBytes: 32 << 20 });
    await fill(store, 0, 100_000, 2);
    await store.close();
    const fillS = (performance.now() - t0) / 1000;
    // Let the disk settle after writing a few hundred MB.
    await new Promise((r) => setTimeout(r, 3000));

    // Interleaved, so disk and machine noise weigh on both sizes alike.
    const smallStore = await openStore({ dataDir: small, clock, log: silentLog, workerPath });
    store = await openStore({ dataDir: big, clock, log: silentLog, workerPath });
    const t1k: number[] = [];
    const t100k: number[] = [];
    for (let i = 0; i < 60; i++) {
      // Alternate which goes first: the first of a pair can pay for waking its worker.
      if (i % 2) t1k.push(await smallWrite(smallStore, `w${i}`));
      t100k.push(await smallWrite(store, `w${i}`));
      if (!(i % 2)) t1k.push(await smallWrite(smallStore, `w${i}`));
    }
    await smallStore.close();
    const at1k = median(t1k.slice(10));
    const at100k = median(t100k.slice(10));
    const checkpoints: number[] = [];
    for (let i = 0; i < 3; i++) {
      await store.write([{ sql: 'INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)', params: ['bench', String(i)] }]);
      t0 = performance.now();
      await store.checkpoint();
      checkpoints.push(performance.now() - t0);
    }
    await store.close();

    const opened = openInChild(workerPath, big);
    const ratio = at100k / at1k;
    const fileMb = statSync(join(big, 'earshot.db')).size / 1e6;
    rows.push(
      { name: 'store: small durable write @1k (median of 50)', value: at1k, unit: 'ms' },
      { name: 'store: small durable write @100k (median of 50)', value: at100k, unit: 'ms' },
      { name: 'store: write cost ratio 100k/1k', value: ratio, unit: '×', goal: '≤ 1.5', ok: ratio <= 1.5 },
      { name: 'store: checkpoint @100k', value: median(checkpoints), unit: 'ms' },
      { name: 'store: open @100k', value: opened.ms, unit: 'ms', goal: '≤ 1500', ok: opened.ms <= 1500 },
      { name: 'store: RSS after open @100k', value: opened.rss / 1e6, unit: 'MB', goal: '≤ 1000', ok: opened.rss <= 1e9 },
      { name: 'store: file size @100k', value: fileMb, unit: 'MB' },
      { name: 'store: fill 100k (batches of 1000)', value: fillS, unit: 's' },
    );
    return rows;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
