// Child process for the durability test: opens the store in the folder given on argv and writes batches
// forever, a few in flight at once, printing "ack <n>" only once write n has resolved. The test kills it with
// SIGKILL at a random moment and checks every acknowledged batch survived whole.
// Usage: node out/tests/durability-child.js <dataDir> <run> <seed>
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { openStore } from '../../electron/core/store';
import type { Statement } from '../../electron/core/store';
import { silentLog } from '../../electron/core/log';
import { rng } from './fuzz';

/** One batch: k settings rows (k = 1..5) and, for multi-row batches, a conversation with a body and its FTS row. */
function batch(run: number, n: number, rand: () => number): Statement[] {
  const id = `r${run}.${n}`;
  const k = 1 + Math.floor(rand() * 5);
  const withConversation = k > 1;
  const statements: Statement[] = [];
  for (let i = 0; i < k; i++) {
    statements.push({
      sql: 'INSERT INTO settings (key, value) VALUES (?, ?)',
      params: [`${id}.${i}`, JSON.stringify({ k, c: withConversation })],
    });
  }
  if (withConversation) {
    const body = new Uint8Array(500 + Math.floor(rand() * 2500));
    for (let i = 0; i < body.length; i++) body[i] = Math.floor(rand() * 256);
    const hash = createHash('sha256').update(body).digest('hex');
    statements.splice(1, 0, {
      sql: `INSERT INTO conversations (id, source_id, guid, title, published_at, fetched_at, excerpt, content, content_hash)
            VALUES (?, 'durability', ?, ?, ?, ?, ?, ?, ?)`,
      params: [`c${id}`, id, `Conversation ${id}`, 1_760_000_000_000 + n, 1_760_000_000_000 + n, 'words '.repeat(40), body, hash],
    });
    statements.splice(2, 0, {
      sql: 'INSERT INTO conversations_fts (docid, title, body) VALUES (last_insert_rowid(), ?, ?)',
      params: [`Conversation ${id}`, 'words '.repeat(40)],
    });
  }
  return statements;
}

async function main(): Promise<void> {
  const [dataDir, runArg, seedArg] = process.argv.slice(2);
  if (!dataDir || !runArg || !seedArg) throw new Error('usage: durability-child <dataDir> <run> <seed>');
  const run = Number(runArg);
  const rand = rng(Number(seedArg));
  const store = await openStore({
    dataDir,
    clock: () => 1_760_000_000_000,
    log: silentLog,
    workerPath: join(__dirname, '../worker/store-worker.js'),
    // Tiny, so checkpoints happen every few writes and the kill often lands inside one.
    checkpointBytes: 24 * 1024,
  });
  process.stdout.write('open\n');
  let n = 0;
  const inFlight = 3;
  for (;;) {
    const writes: Promise<void>[] = [];
    for (let i = 0; i < inFlight; i++) {
      const mine = n++;
      writes.push(store.write(batch(run, mine, rand)).then(() => void process.stdout.write(`ack ${mine}\n`)));
    }
    await Promise.all(writes);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
