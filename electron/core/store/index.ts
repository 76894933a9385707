// The store's façade: the main thread's only way to the database. Every call is a message to the worker
// that owns sql.js; nothing here runs SQL.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { lockDataDir } from './lock';
import type { Op, Reply, Request, StoreHandlers, WorkerInit } from './protocol';
import type { OpenStoreOptions, Row, SqlValue, Statement, Store, WriteResult } from './types';

export type { OpenStoreOptions, Row, SqlValue, Statement, Store, WriteResult } from './types';

const DEFAULT_CHECKPOINT_BYTES = 8 * 1024 * 1024;
const DEFAULT_CLOSE_TIMEOUT_MS = 20_000;

/** Whether `work` settled within `ms` (its rejection still rejects). */
async function withinMs(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}

interface Pending {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  // The bundles live in out/<face>/; the worker bundle beside them in out/worker/.
  const workerPath = opts.workerPath ?? join(__dirname, '..', 'worker', 'store-worker.js');
  const init: WorkerInit = {
    dataDir: opts.dataDir,
    checkpointBytes: opts.checkpointBytes ?? DEFAULT_CHECKPOINT_BYTES,
    idleMs: 0,
    now: opts.clock(),
  };
  // Before anything is read: a second process on the same folder would overwrite this one's changes.
  const unlock = lockDataDir(opts.dataDir);
  let worker: Worker;
  try {
    worker = new Worker(workerPath, { workerData: init });
  } catch (err) {
    unlock();
    throw err;
  }
  const pending = new Map<number, Pending>();
  let nextId = 1;
  let dead: Error | null = null;

  const failAll = (err: Error) => {
    dead ??= err;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };

  worker.on('message', (msg: Reply) => {
    if (msg.type === 'log') {
      opts.log[msg.level](msg.message, msg.detail);
      return;
    }
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.ok) p.resolve(msg.value);
    else p.reject(new Error(msg.error));
  });
  worker.on('error', (err) => {
    opts.log.error('store: worker failed', err);
    failAll(new Error(`The store stopped working: ${err.message}`));
  });
  let closed = false;
  let exitedCleanly = false;
  worker.on('exit', (code) => {
    exitedCleanly = code === 0;
    failAll(new Error(closed || code === 0 ? 'The store is closed.' : `The store stopped unexpectedly (exit code ${code}).`));
  });

  function call<K extends Op>(op: K, ...args: Parameters<StoreHandlers[K]>): Promise<ReturnType<StoreHandlers[K]>> {
    return send(op, args, []);
  }

  function send<K extends Op>(op: K, args: Parameters<StoreHandlers[K]>, transfer: ArrayBuffer[]): Promise<ReturnType<StoreHandlers[K]>> {
    if (dead) return Promise.reject(dead);
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      const req: Request<K> = { id, op, args };
      worker.postMessage(req, transfer);
    });
  }

  let notice: string | null;
  try {
    ({ notice } = await call('open'));
  } catch (err) {
    await worker.terminate();
    unlock();
    throw new Error(`The store could not be opened in ${opts.dataDir}: ${(err as Error).message}`);
  }

  let closing: Promise<void> | null = null;
  const store: Store = {
    dataDir: opts.dataDir,
    notice,
    all: <T = Row>(sql: string, params?: SqlValue[]) => call('all', sql, params) as Promise<T[]>,
    get: <T = Row>(sql: string, params?: SqlValue[]) => call('get', sql, params) as Promise<T | undefined>,
    write: (statements: Statement[]): Promise<WriteResult[]> => call('write', statements),
    checkpoint: () => call('checkpoint'),
    backupIfDue: () => call('backupIfDue', opts.clock()),
    close: () => {
      // Bounded: every acknowledged write is already in the journal, so a worker that can't finish its last
      // checkpoint (a stalled disk) is stopped rather than holding up the app's exit.
      closing ??= (async () => {
        const limit = opts.closeTimeoutMs ?? DEFAULT_CLOSE_TIMEOUT_MS;
        try {
          // The worker exits (code 0) right after answering 'close'; should the exit be seen first, it closed all the same.
          const answer = call('close').catch((err: unknown) => {
            if (!exitedCleanly) throw err;
          });
          const answered = await withinMs(answer, limit);
          if (!answered) opts.log.warn(`store: the worker did not close within ${limit / 1000} s and was stopped; the journal keeps every saved change`);
        } finally {
          closed = true;
          failAll(new Error('The store is closed.'));
          await withinMs(worker.terminate(), limit);
          unlock();
        }
      })();
      return closing;
    },
  };
  workerPaths.set(store, workerPath);
  encodedWriters.set(store, (bytes) => {
    // Moved, not copied, when the bytes own their whole buffer (a pooled Buffer's must not be detached).
    const own = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer;
    return send('writeEncoded', [bytes], own ? [bytes.buffer as ArrayBuffer] : []);
  });
  return store;
}

const workerPaths = new WeakMap<Store, string>();

/** The store worker script a store opened here runs (other bundles are built beside it); null for others. */
export function storeWorkerPath(store: Store): string | null {
  return workerPaths.get(store) ?? null;
}

const encodedWriters = new WeakMap<Store, (bytes: Uint8Array) => Promise<number>>();

/**
 * A write given as encodeStatements() bytes (resolves, once durable, to how many statements ran), for stores opened here (null for any other Store, e.g. a test
 * double: use store.write then). The bytes are handed to the worker as they are; their buffer may be detached.
 */
export function encodedWriter(store: Store): ((bytes: Uint8Array) => Promise<number>) | null {
  return encodedWriters.get(store) ?? null;
}
