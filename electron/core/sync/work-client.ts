// The main thread's handle on the per-source CPU work: the sync worker when its bundle is there (beside the
// store worker's), otherwise the same code on this thread (e.g. a face whose build has no sync worker yet).
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DuplicateIndex } from '../listen/fingerprint';
import { firstSeen, listenerFrom, type ListenerData } from '../listen/listener';
import type { Log } from '../log';
import type { Statement } from '../store/types';
import { SourceWork, type BuildRequest, type ParseRequest, type ParseResult } from './source-work';
import type { SyncWorkerReply, SyncWorkerRequest } from './worker-protocol';

export interface BuiltWrite {
  /** The statements, or the same encoded for the store's journal (encodeStatements) when built in the worker. */
  write: Statement[] | Uint8Array;
  added: number;
  updated: number;
}

export interface SyncWork {
  readonly hasListener: boolean;
  setListener(data: ListenerData): void;
  parse(job: number, req: ParseRequest): Promise<ParseResult>;
  build(job: number, req: BuildRequest): Promise<BuiltWrite>;
  drop(job: number): void;
  close(): Promise<void>;
}

export const SYNC_WORKER_FILE = 'sync-worker.js';

/** The sync worker bundle beside the store worker bundle, when it was built. */
export function syncWorkerPath(storeWorkerPath: string | null): string | null {
  if (!storeWorkerPath) return null;
  const path = join(dirname(storeWorkerPath), SYNC_WORKER_FILE);
  return existsSync(path) ? path : null;
}

/**
 * One worker by default: with two cores the store worker and the main thread need the other one (two sync workers
 * measured slower: 13 s against 9 s for the benchmark's cold sync). More pay off only with more cores.
 */
export function defaultSyncWorkers(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 2));
}

export function openSyncWork(workerPath: string | null, log: Log, workers = defaultSyncWorkers()): SyncWork {
  return workerPath ? new WorkerPool(workerPath, Math.max(1, Math.floor(workers)), log) : new InlineWork();
}

class InlineWork implements SyncWork {
  private readonly work = new SourceWork();
  get hasListener(): boolean {
    return this.work.hasListener;
  }
  setListener(data: ListenerData): void {
    this.work.setListener(data);
  }
  parse(job: number, req: ParseRequest): Promise<ParseResult> {
    return this.work.parse(job, req);
  }
  build(job: number, req: BuildRequest): Promise<BuiltWrite> {
    try {
      const built = this.work.build(job, req);
      return Promise.resolve({ write: built.statements, added: built.added, updated: built.updated });
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }
  drop(job: number): void {
    this.work.drop(job);
  }
  close(): Promise<void> {
    return Promise.resolve();
  }
}

interface Waiting {
  resolve(value: unknown): void;
  reject(err: Error): void;
}

type BuiltReply = Extract<SyncWorkerReply, { op: 'built'; ok: true }>;

/** One sync worker: asks and answers matched by job. */
class WorkerHandle {
  private readonly worker: Worker;
  private readonly parsing = new Map<number, Waiting>();
  private readonly building = new Map<number, Waiting>();
  private dead: Error | null = null;
  /** Jobs parsed here and not yet built or dropped (the pool gives new jobs to the least busy worker). */
  open = 0;

  constructor(path: string, log: Log) {
    this.worker = new Worker(path);
    this.worker.on('message', (msg: SyncWorkerReply) => {
      const table = msg.op === 'parsed' ? this.parsing : this.building;
      const w = table.get(msg.job);
      if (!w) return;
      table.delete(msg.job);
      if (msg.op === 'parsed') w.resolve(msg.result);
      else if (msg.ok) w.resolve(msg);
      else {
        log.error('sync worker: building a source failed', msg.error);
        w.reject(new Error(msg.error.split('\n')[0]));
      }
    });
    this.worker.on('error', (err) => {
      log.error('sync worker failed', err);
      this.fail(new Error(`The sync worker stopped: ${err.message}`));
    });
    this.worker.on('exit', () => this.fail(new Error('The sync worker has stopped.')));
  }

  parse(job: number, req: ParseRequest): Promise<ParseResult> {
    // The body is moved, not copied, when it owns its whole buffer.
    const body = req.body;
    const own = body.byteOffset === 0 && body.byteLength === body.buffer.byteLength && body.buffer instanceof ArrayBuffer;
    return this.ask(this.parsing, job, { op: 'parse', job, req }, own ? [body.buffer as ArrayBuffer] : []) as Promise<ParseResult>;
  }

  build(job: number, req: BuildRequest): Promise<BuiltReply> {
    return this.ask(this.building, job, { op: 'build', job, req }, []) as Promise<BuiltReply>;
  }

  finish(job: number, duplicateOf: Array<string | null>): Promise<BuiltReply> {
    return this.ask(this.building, job, { op: 'finish', job, duplicateOf }, []) as Promise<BuiltReply>;
  }

  post(msg: SyncWorkerRequest): void {
    if (!this.dead) this.worker.postMessage(msg);
  }

  async close(): Promise<void> {
    this.fail(new Error('The sync worker has stopped.'));
    await this.worker.terminate();
  }

  private ask(table: Map<number, Waiting>, job: number, msg: SyncWorkerRequest, transfer: ArrayBuffer[]): Promise<unknown> {
    if (this.dead) return Promise.reject(this.dead);
    return new Promise((resolve, reject) => {
      table.set(job, { resolve, reject });
      this.worker.postMessage(msg, transfer);
    });
  }

  private fail(err: Error): void {
    this.dead ??= err;
    for (const table of [this.parsing, this.building]) {
      for (const w of table.values()) w.reject(err);
      table.clear();
    }
  }
}

/**
 * Several sync workers (parse and listen in parallel). Which copy of a repeated story came first is decided here,
 * on the main thread, with the one duplicate index: a worker hands back the new conversations' fingerprints, gets
 * the answers, and only then encodes the write. The index step is a few microseconds per conversation.
 */
class WorkerPool implements SyncWork {
  private readonly workers: WorkerHandle[];
  private readonly owner = new Map<number, WorkerHandle>();
  private duplicates: DuplicateIndex | null = null;
  private listenerSet = false;

  constructor(path: string, size: number, log: Log) {
    this.workers = Array.from({ length: size }, () => new WorkerHandle(path, log));
  }

  get hasListener(): boolean {
    return this.listenerSet;
  }

  setListener(data: ListenerData): void {
    this.listenerSet = true;
    const [only] = this.workers;
    if (only && this.workers.length === 1) {
      // One worker: it keeps the duplicate index itself, no extra round trip.
      only.post({ op: 'listener', data, dedupe: true });
      return;
    }
    // The workers need only the setup; the recent originals go into the index kept here.
    for (const w of this.workers) w.post({ op: 'listener', data: { setup: data.setup, recent: [] }, dedupe: false });
    this.duplicates = listenerFrom({ setup: { watchWords: [], mutedWords: [] }, recent: data.recent }).duplicates;
  }

  parse(job: number, req: ParseRequest): Promise<ParseResult> {
    const worker = this.workers.reduce((a, b) => (b.open < a.open ? b : a));
    worker.open++;
    this.owner.set(job, worker);
    return worker.parse(job, req).then(
      (result) => {
        if (!result.ok) this.take(job); // nothing is kept for a source that could not be read
        return result;
      },
      (err: unknown) => {
        this.take(job);
        throw err;
      },
    );
  }

  async build(job: number, req: BuildRequest): Promise<BuiltWrite> {
    const worker = this.take(job);
    let built = await worker.build(job, req);
    const { added, updated } = built;
    if (built.prints.length) {
      const index = this.duplicates;
      if (!index) throw new Error('The listener was not set before building a source.');
      built = await worker.finish(job, built.prints.map((p) => firstSeen(index, p.id, req.sourceId, p.fingerprint)));
    }
    if (!built.bytes) throw new Error('The sync worker gave no write.');
    return { write: built.bytes, added, updated };
  }

  drop(job: number): void {
    if (this.owner.has(job)) this.take(job).post({ op: 'drop', job });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.close()));
  }

  private take(job: number): WorkerHandle {
    const worker = this.owner.get(job);
    if (!worker) throw new Error('This source was not parsed by a sync worker.');
    this.owner.delete(job);
    worker.open--;
    return worker;
  }
}
