// Opening: load the checkpointed file, replay its journal, migrate; a damaged file is set aside for a backup.
import { copyFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { crc32 } from 'node:zlib';
import type { SqlJsStatic } from 'sql.js';
import { describeBackup, listBackups } from './backups';
import { fileStamp, fsyncDir } from './files';
import { headerFor, readJournal } from './journal';
import type { JournalEntry, JournalHeader } from './journal';
import { migrate, NewerSchemaError } from './migrate';
import { SqlDb } from './sql';
import type { Log } from '../log';

export interface StorePaths {
  dataDir: string;
  db: string;
  journal: string;
}

export interface OpenedDatabase {
  db: SqlDb;
  /** Epoch of the file on disk (PRAGMA application_id); the journal header must match it. */
  epoch: number;
  notice: string | null;
  /** Keep the journal's valid prefix of this many bytes and append after it; null = start it afresh. */
  keepJournalBytes: number | null;
  /** When the journal must start afresh without a checkpoint: the header describing the file as it is. */
  fileHeader: JournalHeader | null;
  nextSeq: number;
  /** Write the whole file now (new file, migrated, restored from a backup, or replay stopped early). */
  checkpointNow: boolean;
}

export function readEpoch(db: SqlDb): number {
  return Number(db.all('PRAGMA application_id')[0]?.application_id ?? 0);
}

/** Loads bytes as a database and makes sure SQLite can read it; throws on a damaged file. */
function load(SQL: SqlJsStatic, data: Uint8Array | null, check: boolean): SqlDb {
  const raw = data ? new SQL.Database(data) : new SQL.Database();
  try {
    const db = new SqlDb(raw);
    // Reading the schema fails fast on a file that is not a database at all.
    db.all('SELECT count(*) AS n FROM sqlite_master');
    if (check) {
      const result = db.all('PRAGMA quick_check');
      const first = result[0] ? Object.values(result[0])[0] : 'no result';
      if (first !== 'ok') throw new Error(`quick check: ${String(first)}`);
    }
    return db;
  } catch (err) {
    raw.close();
    throw err;
  }
}

/** Renames a file aside (never deletes it) and returns the new name. */
function setAside(path: string, now: number, kind: 'damaged'): string {
  let target = `${path}.${kind}-${fileStamp(now)}`;
  for (let i = 1; existsSync(target); i++) target = `${path}.${kind}-${fileStamp(now)}-${i}`;
  renameSync(path, target);
  fsyncDir(dirname(path));
  return target;
}

function copyAside(path: string, now: number, kind: 'damaged' | 'unused' = 'damaged'): string {
  let target = `${path}.${kind}-${fileStamp(now)}`;
  for (let i = 1; existsSync(target); i++) target = `${path}.${kind}-${fileStamp(now)}-${i}`;
  copyFileSync(path, target);
  return target;
}

/** Applies journal entries in order; returns how many applied and the error that stopped it, if any. */
function replay(db: SqlDb, entries: JournalEntry[]): { applied: number; error: string | null } {
  let applied = 0;
  for (const entry of entries) {
    db.exec('BEGIN');
    try {
      for (const s of entry.statements) db.run(s);
      db.exec('COMMIT');
    } catch (err) {
      db.exec('ROLLBACK');
      return { applied, error: `entry ${entry.seq}: ${(err as Error).message}` };
    }
    applied++;
  }
  return { applied, error: null };
}

export async function openDatabase(SQL: SqlJsStatic, paths: StorePaths, now: number, log: Log): Promise<OpenedDatabase> {
  const t0 = Date.now();
  const journal = readJournal(paths.journal);
  const fileExists = existsSync(paths.db);
  const data = fileExists ? readFileSync(paths.db) : null;
  const tRead = Date.now();
  let notice: string | null = null;
  // A damaged line with more after it: acknowledged changes may be in what follows. They are kept, and said so.
  const keepJournalCopy = (problem: string | null) => {
    if (notice) return;
    const copy = copyAside(paths.journal, now);
    log.error('store: journal could not be fully replayed; a copy was kept', { problem, copy });
    notice =
      'Some changes made just before Earshot last closed could not be read back, so they are missing. ' +
      `A copy of them was kept in the data folder (${basename(copy)}).`;
  };
  // Fast path: the bytes are exactly those the last checkpoint wrote (size and CRC32 in the journal header),
  // so the slow PRAGMA quick_check (seconds at 100k conversations) is not needed.
  const h = journal.header;
  const verified = data !== null && h !== null && h.size === data.length && crc32(data) === h.crc;
  const tCrc = Date.now();
  let db: SqlDb | null = null;
  let damage: string | null = null;
  // Earshot never leaves an empty file (a checkpoint renames a whole one into place), and a missing one is only
  // expected on the first run: with a journal that names a file, or backups, it is gone rather than not yet made.
  const missing = data === null && ((h !== null && h.size > 0) || listBackups(paths.dataDir).length > 0);
  if (missing) damage = 'the data file is missing';
  else if (data !== null && data.length === 0) damage = 'the data file is empty';
  else {
    try {
      db = load(SQL, data, !verified);
      log.debug('store: file loaded', { readMs: tRead - t0, crcMs: tCrc - tRead, loadMs: Date.now() - tCrc, verified });
    } catch (err) {
      damage = (err as Error).message;
    }
  }

  if (db) {
    const epoch = readEpoch(db);
    // Not when the journal's changes are already in the file (a checkpoint finished before it was emptied).
    if (journal.problemInMiddle && (h === null || h.epoch >= epoch)) keepJournalCopy(journal.problem);
    let keepJournalBytes: number | null = null;
    let nextSeq = 1;
    let replayStopped = false;
    if (h !== null && h.epoch === epoch) {
      const r = replay(db, journal.entries);
      if (journal.problem) log.warn('store: journal read stopped early', { problem: journal.problem, applied: r.applied });
      if (r.error) keepJournalCopy(r.error);
      replayStopped = r.error !== null;
      keepJournalBytes = journal.goodBytes;
      nextSeq = (journal.entries[journal.entries.length - 1]?.seq ?? 0) + 1;
      if (r.applied > 0) log.info('store: journal replayed', { entries: r.applied });
    } else if (h !== null && h.epoch > epoch && journal.entries.length > 0) {
      // Entries written against another file than this one (it was replaced): keep them out of it, but keep them.
      log.error('store: journal does not belong to the data file; set aside', { copy: copyAside(paths.journal, now, 'unused') });
    }
    // (h.epoch < epoch: a checkpoint finished but the journal was not emptied yet; its entries are in the file.)
    try {
      const migrated = migrate(db);
      // An unverified file gets a fresh checkpoint so the next open takes the fast path again.
      const checkpointNow = data === null || migrated > 0 || replayStopped || (!verified && keepJournalBytes !== null);
      return {
        db,
        epoch,
        notice,
        keepJournalBytes: checkpointNow ? null : keepJournalBytes,
        fileHeader: data && !checkpointNow && keepJournalBytes === null ? headerFor(epoch, data) : null,
        nextSeq,
        checkpointNow,
      };
    } catch (err) {
      db.close();
      if (err instanceof NewerSchemaError) throw err;
      damage = `migration failed: ${(err as Error).message}`;
    }
  }
  // The file is damaged: set it (and its journal) aside, never delete it, and open the newest good backup.
  const aside = existsSync(paths.db) ? setAside(paths.db, now, 'damaged') : null;
  log.error('store: data file damaged; set aside', { problem: damage, aside });
  const what = missing ? "Earshot's data file was missing, so" : "Earshot's data file was damaged, so it was set aside and";
  if (existsSync(paths.journal)) setAside(paths.journal, now, 'damaged');
  for (const backup of listBackups(paths.dataDir)) {
    try {
      const restored = load(SQL, readFileSync(backup.path), true);
      try {
        migrate(restored);
      } catch (err) {
        restored.close();
        throw err;
      }
      log.warn('store: opened a backup', { day: backup.day });
      return {
        db: restored,
        epoch: readEpoch(restored),
        notice: `${what} ${describeBackup(backup.day, now)} was opened. Nothing after that backup could be recovered.`,
        keepJournalBytes: null,
        fileHeader: null,
        nextSeq: 1,
        checkpointNow: true,
      };
    } catch (err) {
      log.warn('store: backup unusable', { day: backup.day, problem: (err as Error).message });
    }
  }
  const empty = load(SQL, null, false);
  migrate(empty);
  return {
    db: empty,
    epoch: 0,
    notice: missing
      ? "Earshot's data file was missing and there was no backup to open, so Earshot started again with no data."
      : "Earshot's data file was damaged and there was no backup to open, so it was set aside and Earshot started " +
        'again with no data.',
    keepJournalBytes: null,
    fileHeader: null,
    nextSeq: 1,
    checkpointNow: true,
  };
}
