// Messages between sync (main thread) and the sync worker. Bodies and built writes travel as transferred bytes.
import type { ListenerData } from '../listen/listener';
import type { BuildRequest, ParseRequest, ParseResult } from './source-work';

export type SyncWorkerRequest =
  | { op: 'listener'; data: ListenerData; dedupe: boolean }
  | { op: 'parse'; job: number; req: ParseRequest }
  | { op: 'build'; job: number; req: BuildRequest }
  | { op: 'finish'; job: number; duplicateOf: Array<string | null> }
  | { op: 'drop'; job: number };

export type SyncWorkerReply =
  | { op: 'parsed'; job: number; result: ParseResult }
  /** Either the encoded write (bytes), or, when new conversations need the duplicate step, their prints first. */
  | {
      op: 'built';
      job: number;
      ok: true;
      bytes: Uint8Array | null;
      prints: Array<{ id: string; fingerprint: string | null }>;
      added: number;
      updated: number;
    }
  | { op: 'built'; job: number; ok: false; error: string };
