// Sync worker entry: does the per-source CPU work off the main thread and returns each source's write already
// encoded for the store's journal (encodeStatements), so the main thread only forwards bytes.
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { encodeStatements } from '../store/journal';
import { SourceWork } from './source-work';
import type { SyncWorkerReply, SyncWorkerRequest } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('The sync worker must run in a worker thread.');

// Background work: a little below the main thread, which must stay free to answer the window. Only on Linux,
// where the nice value is per thread (elsewhere it would lower the whole app). Not permitted: normal priority.
if (process.platform === 'linux') {
  try {
    setPriority(4);
  } catch {
    /* run at normal priority */
  }
}

const work = new SourceWork();

/** Bytes that own their whole buffer, so it can be moved to the other thread (a pooled Buffer's cannot). */
function owned(bytes: Uint8Array): Uint8Array {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes : new Uint8Array(bytes);
}

port.on('message', (msg: SyncWorkerRequest) => {
  switch (msg.op) {
    case 'listener':
      work.setListener(msg.data, msg.dedupe);
      return;
    case 'drop':
      work.drop(msg.job);
      return;
    case 'parse':
      void work.parse(msg.job, msg.req).then((result) => {
        const reply: SyncWorkerReply = { op: 'parsed', job: msg.job, result };
        port.postMessage(reply);
      });
      return;
    case 'build':
    case 'finish': {
      let reply: SyncWorkerReply;
      try {
        if (msg.op === 'build') {
          const built = work.build(msg.job, msg.req);
          if (built.prints.length) {
            // The duplicate step comes back as 'finish'; the statements wait here.
            reply = { op: 'built', job: msg.job, ok: true, bytes: null, prints: built.prints, added: built.added, updated: built.updated };
            port.postMessage(reply);
            return;
          }
          const bytes = owned(encodeStatements(built.statements));
          reply = { op: 'built', job: msg.job, ok: true, bytes, prints: [], added: built.added, updated: built.updated };
          port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
        } else {
          const bytes = owned(encodeStatements(work.finish(msg.job, msg.duplicateOf)));
          reply = { op: 'built', job: msg.job, ok: true, bytes, prints: [], added: 0, updated: 0 };
          port.postMessage(reply, [bytes.buffer as ArrayBuffer]);
        }
      } catch (err) {
        work.drop(msg.job);
        reply = { op: 'built', job: msg.job, ok: false, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
        port.postMessage(reply);
      }
      return;
    }
  }
});
