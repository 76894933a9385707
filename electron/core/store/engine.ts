// The store as it runs inside the worker: durable writes through the journal, checkpoints, backups.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { backupDue, backupIfDue } from './backups';
import { replaceFileDurably } from './files';
import { decodeStatements, encodeEntry, encodeEntryFrom, headerFor, Journal } from './journal';
import { openDatabase } from './open';
import type { StorePaths } from './open';
import type { SqlDb } from './sql';
import type { Row, SqlValue, Statement, WriteResult } from './types';
import type { Log } from '../log';

export const DEFAULT_CHECKPOINT_BYTES = 8 * 1024 * 1024;
export const IDLE_CHECKPOINT_MS = 60_000;

export type WriteOutcome = { ok: true; value: WriteResult[] } | { ok: false; error: Error };

export interface EngineOptions {
  dataDir: string;
  checkpointBytes: number;
  idleMs: number;
  now: number;
}

export class StoreEngine {
  private timer: NodeJS.Timeout | null = null;
  private checkpointFailedAt = 0;
  private checkpointDue = false;
  private closed = false;

  private constructor(
    private readonly SQL: SqlJsStatic,
    private readonly paths: StorePaths,
    private readonly db: SqlDb,
    private readonly journal: Journal,
    /** Epoch of the file on disk; the journal's header always names it. */
    private epoch: number,
    private nextSeq: number,
    private readonly opts: EngineOptions,
    private readonly log: Log,
    readonly notice: string | null,
  ) {}

  static async open(SQL: SqlJsStatic, opts: EngineOptions, log: Log): Promise<StoreEngine> {
    mkdirSync(opts.dataDir, { recursive: true });
    const paths: StorePaths = {
      dataDir: opts.dataDir,
      db: join(opts.dataDir, 'earshot.db'),
      journal: join(opts.dataDir, 'earshot.journal'),
    };
    const opened = await openDatabase(SQL, paths, opts.now, log);
    const journal = new Journal(paths.journal);
    const engine = new StoreEngine(SQL, paths, opened.db, journal, opened.epoch, opened.nextSeq, opts, log, opened.notice);
    try {
      if (opened.checkpointNow || (opened.keepJournalBytes === null && !opened.fileHeader)) engine.checkpoint();
      else if (opened.fileHeader) journal.reset(opened.fileHeader);
      else if (opened.keepJournalBytes !== null && opened.keepJournalBytes !== journal.bytes) journal.truncate(opened.keepJournalBytes);
    } catch (err) {
      engine.shutdown();
      throw err;
    }
    return engine;
  }

  all(sql: string, params?: SqlValue[]): Row[] {
    return this.db.all(sql, params);
  }

  get(sql: string, params?: SqlValue[]): Row | undefined {
    return this.db.get(sql, params);
  }

  /**
   * Runs the statements in one transaction, journals them (fdatasync) and only then commits in memory.
   * If anything fails nothing is applied and nothing is journaled; a crash before the fsync leaves the
   * write absent (a torn line is ignored at replay), a crash after it leaves it whole.
   */
  write(statements: Statement[]): WriteResult[] {
    const [outcome] = this.writeGroup([statements]);
    if (!outcome) return [];
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /**
   * Group commit: several independent writes (each a list of statements, or bytes from encodeStatements) in one
   * SQLite transaction, one journal append and ONE fdatasync. Each write runs inside its own savepoint, so one
   * that fails leaves nothing behind and the others go ahead; each keeps its own journal line (and seq), so
   * replay is unchanged. Callers acknowledge a write only after this returns: the fsync covers all of them.
   */
  writeGroup(writes: Array<Statement[] | Uint8Array>): WriteOutcome[] {
    const outcomes: WriteOutcome[] = [];
    const lines: Buffer[] = [];
    let seq = this.nextSeq;
    let open = false;
    try {
      for (const w of writes) {
        let statements: Statement[];
        try {
          statements = w instanceof Uint8Array ? decodeStatements(w) : w;
        } catch (err) {
          outcomes.push({ ok: false, error: err as Error });
          continue;
        }
        if (statements.length === 0) {
          outcomes.push({ ok: true, value: [] });
          continue;
        }
        if (!open) {
          this.db.exec('BEGIN');
          open = true;
        }
        this.db.exec('SAVEPOINT w');
        try {
          const results = statements.map((s, i) => {
            try {
              return this.db.run(s);
            } catch (err) {
              throw new Error(
                `Write failed at statement ${i + 1} of ${statements.length} (${s.sql.trim().slice(0, 80)}): ${(err as Error).message}`,
              );
            }
          });
          this.db.exec('RELEASE w');
          lines.push(w instanceof Uint8Array ? encodeEntryFrom(seq, w) : encodeEntry(seq, statements));
          seq++;
          outcomes.push({ ok: true, value: results });
        } catch (err) {
          this.db.exec('ROLLBACK TO w');
          this.db.exec('RELEASE w');
          outcomes.push({ ok: false, error: err as Error });
        }
      }
      if (!open) return outcomes;
      if (lines.length === 0) {
        this.db.exec('ROLLBACK');
        return outcomes;
      }
      const before = this.journal.append(lines.length === 1 ? lines[0]! : Buffer.concat(lines));
      try {
        this.db.exec('COMMIT');
      } catch (err) {
        // Keep journal and memory in step: what did not commit must not replay.
        this.journal.truncate(before);
        throw err;
      }
    } catch (err) {
      if (open) {
        try {
          this.db.exec('ROLLBACK');
        } catch {
          /* a failed COMMIT may already have ended the transaction */
        }
      }
      // The group as a whole failed (journal or commit): none of it is applied.
      return writes.map(() => ({ ok: false, error: err as Error }));
    }
    this.nextSeq = seq;
    this.afterWrite();
    return outcomes;
  }

  private afterWrite(): void {
    if (this.journal.bytes > this.opts.checkpointBytes && Date.now() - this.checkpointFailedAt > 10_000) this.checkpointDue = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.checkpointQuietly('idle'), this.opts.idleMs);
    this.timer.unref();
  }

  /**
   * Work owed after a reply has gone out: a checkpoint once the journal is too big. Called by the worker right
   * after posting the acknowledgement (not via setImmediate: back-to-back requests could starve it).
   */
  runDueWork(): void {
    if (!this.checkpointDue) return;
    this.checkpointDue = false;
    this.checkpointQuietly('size');
  }

  private checkpointQuietly(why: string): void {
    if (this.closed || !this.journal.hasEntries) return;
    if (why === 'size' && this.journal.bytes <= this.opts.checkpointBytes) return;
    try {
      this.checkpoint();
    } catch (err) {
      this.checkpointFailedAt = Date.now();
      this.log.error(`store: ${why} checkpoint failed`, err);
    }
  }

  /** Export → temp file → fsync → rename → fsync folder → empty the journal under the new epoch. */
  checkpoint(): void {
    const started = Date.now();
    const epoch = this.epoch + 1;
    // The epoch goes into the file so a journal that was not emptied before a crash is not replayed twice.
    this.db.exec(`PRAGMA application_id = ${epoch}`);
    // Older sql.js versions close every statement on export; start from a clean cache either way.
    this.db.clearCache();
    const data = this.db.db.export();
    const header = headerFor(epoch, data);
    replaceFileDurably(this.paths.db, data);
    this.epoch = epoch;
    this.journal.reset(header);
    this.log.debug('store: checkpoint', { bytes: data.length, ms: Date.now() - started });
  }

  backupIfDue(now: number): boolean {
    // Checked first: a checkpoint (the whole file written) is only worth it for the day's backup.
    if (!backupDue(this.paths.dataDir, now)) return false;
    if (this.journal.hasEntries) this.checkpoint();
    return backupIfDue(this.SQL, this.paths.dataDir, this.paths.db, now, this.log);
  }

  close(): void {
    if (this.closed) return;
    try {
      if (this.journal.hasEntries) this.checkpoint();
    } finally {
      this.shutdown();
    }
  }

  private shutdown(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.db.close();
    this.journal.close();
  }
}
