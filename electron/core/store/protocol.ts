// The messages between the store façade (main thread) and its worker. The handler map is the contract:
// both ends derive argument and result types from it.
import type { Log } from '../log';
import type { Row, SqlValue, Statement, WriteResult } from './types';

export interface StoreHandlers {
  open(): { notice: string | null };
  all(sql: string, params?: SqlValue[]): Row[];
  get(sql: string, params?: SqlValue[]): Row | undefined;
  write(statements: Statement[]): WriteResult[];
  /**
   * A write whose statements come as encodeStatements() bytes (transferred, not copied). Answers only how many
   * statements ran: the caller built them and needs to know they are durable, not a result per statement.
   */
  writeEncoded(bytes: Uint8Array): number;
  checkpoint(): void;
  backupIfDue(now: number): boolean;
  close(): void;
}

export type Op = keyof StoreHandlers;

export interface Request<K extends Op = Op> {
  id: number;
  op: K;
  args: Parameters<StoreHandlers[K]>;
}

export type Reply =
  | { type: 'result'; id: number; ok: true; value: unknown }
  | { type: 'result'; id: number; ok: false; error: string }
  | { type: 'log'; level: keyof Log; message: string; detail?: unknown };

/** What the worker is started with (workerData). */
export interface WorkerInit {
  dataDir: string;
  checkpointBytes: number;
  idleMs: number;
  now: number;
}
