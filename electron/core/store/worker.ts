// Worker entry: owns the sql.js database; answers requests from the façade in arrival order.
// Writes that queue up while the thread is busy (usually: while the previous fdatasync runs) are committed
// together — one journal append, one fsync — and each is acknowledged only after that fsync.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_CHECKPOINT_BYTES, IDLE_CHECKPOINT_MS, StoreEngine } from './engine';
import { loadSqlJs } from './sql';
import type { Log } from '../log';
import type { Op, Reply, Request, StoreHandlers, WorkerInit } from './protocol';
import type { Statement } from './types';

const port = parentPort;
if (!port) throw new Error('The store worker must run in a worker thread.');

const send = (reply: Reply) => port.postMessage(reply);

const log: Log = {
  debug: (message, detail) => send({ type: 'log', level: 'debug', message, detail: plain(detail) }),
  info: (message, detail) => send({ type: 'log', level: 'info', message, detail: plain(detail) }),
  warn: (message, detail) => send({ type: 'log', level: 'warn', message, detail: plain(detail) }),
  error: (message, detail) => send({ type: 'log', level: 'error', message, detail: plain(detail) }),
};

/** Errors travel as text so the log line keeps the stack whatever structured clone does with them. */
function plain(detail: unknown): unknown {
  return detail instanceof Error ? { error: detail.stack ?? detail.message } : detail;
}

const init = workerData as WorkerInit;
const opening: Promise<StoreEngine> = loadSqlJs().then((SQL) =>
  StoreEngine.open(
    SQL,
    {
      dataDir: init.dataDir,
      checkpointBytes: init.checkpointBytes || DEFAULT_CHECKPOINT_BYTES,
      idleMs: init.idleMs || IDLE_CHECKPOINT_MS,
      now: init.now,
    },
    log,
  ),
);
// Reported through the 'open' request; this only keeps an early failure from being "unhandled".
opening.catch(() => undefined);

function handlers(engine: StoreEngine): StoreHandlers {
  return {
    open: () => ({ notice: engine.notice }),
    all: (sql, params) => engine.all(sql, params),
    get: (sql, params) => engine.get(sql, params),
    write: (statements) => engine.write(statements),
    writeEncoded: (bytes) => {
      const [o] = engine.writeGroup([bytes]);
      if (!o) return 0;
      if (!o.ok) throw o.error;
      return o.value.length;
    },
    checkpoint: () => engine.checkpoint(),
    backupIfDue: (now) => engine.backupIfDue(now),
    close: () => engine.close(),
  };
}

const isWrite = (req: Request) => req.op === 'write' || req.op === 'writeEncoded';
const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

let table: StoreHandlers | null = null;
const waiting: Request[] = [];
let draining = false;
let closedPort = false;

/** Handles everything queued, in order; runs of consecutive writes share one transaction and one fsync. */
async function drain(): Promise<void> {
  let engine: StoreEngine;
  try {
    engine = await opening;
  } catch (err) {
    // Only 'open' (the first request) reports it; the port then closes.
    for (const req of waiting.splice(0)) send({ type: 'result', id: req.id, ok: false, error: errorText(err) });
    port!.close();
    closedPort = true;
    return;
  }
  table ??= handlers(engine);
  while (waiting.length > 0 && !closedPort) {
    if (isWrite(waiting[0]!)) {
      let n = 0;
      while (n < waiting.length && isWrite(waiting[n]!)) n++;
      const group = waiting.splice(0, n);
      const outcomes = engine.writeGroup(
        group.map((req) => (req.op === 'writeEncoded' ? (req.args[0] as Uint8Array) : (req.args[0] as Statement[]))),
      );
      group.forEach((req, i) => {
        const o = outcomes[i]!;
        if (!o.ok) send({ type: 'result', id: req.id, ok: false, error: o.error.message });
        else send({ type: 'result', id: req.id, ok: true, value: req.op === 'writeEncoded' ? o.value.length : o.value });
      });
      engine.runDueWork();
      continue;
    }
    const req = waiting.shift()!;
    try {
      const fn = table[req.op as Op] as (...args: unknown[]) => unknown;
      const value = fn(...(req.args as unknown[]));
      send({ type: 'result', id: req.id, ok: true, value });
      if (req.op === 'close') {
        port!.close();
        closedPort = true;
      } else engine.runDueWork();
    } catch (err) {
      send({ type: 'result', id: req.id, ok: false, error: errorText(err) });
      if (req.op === 'open' || req.op === 'close') {
        port!.close();
        closedPort = true;
      }
    }
  }
}

function schedule(): void {
  if (draining) return;
  draining = true;
  // setImmediate runs after this turn's messages have all arrived, so writes sent together are grouped.
  setImmediate(() => {
    drain()
      .catch((err: unknown) => log.error('store: request loop failed', err))
      .finally(() => {
        draining = false;
        if (waiting.length > 0 && !closedPort) schedule();
      });
  });
}

port.on('message', (req: Request) => {
  waiting.push(req);
  schedule();
});
