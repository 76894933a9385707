// The store's public types. The store is sql.js in a worker thread; the main thread only sends messages.
import type { Log } from '../log';

export type SqlValue = string | number | null | Uint8Array;

export interface Statement {
  sql: string;
  params?: SqlValue[];
}

/** What one statement did: the rows it changed. (Rows are keyed by their own ids, so no insert's row id is asked for.) */
export interface WriteResult {
  changes: number;
}

export type Row = Record<string, SqlValue>;

export interface Store {
  /** The folder holding the database, its journal and backups. */
  readonly dataDir: string;
  /** A plain sentence when opening had to recover (damaged file set aside, backup opened); otherwise null. */
  readonly notice: string | null;
  /** Runs a read-only query; rows as objects keyed by column name. */
  all<T = Row>(sql: string, params?: SqlValue[]): Promise<T[]>;
  /** The first row of a read-only query, or undefined. */
  get<T = Row>(sql: string, params?: SqlValue[]): Promise<T | undefined>;
  /**
   * Applies the statements in one transaction. Resolves only once the write is durable (journaled and
   * fsynced); on any failure nothing is applied and the promise rejects.
   * Statements must be deterministic (no datetime('now'), random()): the journal replays them.
   */
  write(statements: Statement[]): Promise<WriteResult[]>;
  /** Writes the whole database file and empties the journal. */
  checkpoint(): Promise<void>;
  /** Takes today's checked backup if there is none yet; keeps a few. Returns whether one was written. */
  backupIfDue(): Promise<boolean>;
  /** Checkpoints and stops the worker. */
  close(): Promise<void>;
}

export interface OpenStoreOptions {
  dataDir: string;
  clock: () => number;
  log: Log;
  /** Path of the built worker script; defaults to the one beside the running bundle. */
  workerPath?: string;
  /** Checkpoint once the journal exceeds this many bytes (default 8 MiB). */
  checkpointBytes?: number;
  /** How long close waits for the worker's last checkpoint before stopping it, ms (default 20 000). */
  closeTimeoutMs?: number;
}
