// Worker entry: owns the sql.js database; answers requests from the façade one at a time, in order.
import { parentPort, workerData } from 'node:worker_threads';
import { DEFAULT_CHECKPOINT_BYTES, IDLE_CHECKPOINT_MS, StoreEngine } from './engine';
import { loadSqlJs } from './sql';
import type { Log } from '../log';
import type { Op, Reply, Request, StoreHandlers, WorkerInit } from './protocol';

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
    checkpoint: () => engine.checkpoint(),
    backupIfDue: (now) => engine.backupIfDue(now),
    close: () => engine.close(),
  };
}

let table: StoreHandlers | null = null;
// Requests are handled strictly in arrival order even while the database is still opening.
let queue: Promise<void> = Promise.resolve();

port.on('message', (req: Request) => {
  queue = queue.then(async () => {
    try {
      table ??= handlers(await opening);
      const fn = table[req.op as Op] as (...args: unknown[]) => unknown;
      const value = fn(...(req.args as unknown[]));
      send({ type: 'result', id: req.id, ok: true, value });
      if (req.op === 'close') port.close();
      else (await opening).runDueWork();
    } catch (err) {
      send({ type: 'result', id: req.id, ok: false, error: err instanceof Error ? err.message : String(err) });
      if (req.op === 'open' || req.op === 'close') port.close();
    }
  });
});
