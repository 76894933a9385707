// Daily backups in <dataDir>/backups: at most one a calendar day, each checked before it counts, five kept.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { SqlJsStatic } from 'sql.js';
import { fsyncDir, writeFileSynced } from './files';
import type { Log } from '../log';

export const KEEP_BACKUPS = 5;
const NAME = /^earshot-(\d{4}-\d{2}-\d{2})\.db$/;

export interface BackupFile {
  path: string;
  /** Local calendar day, YYYY-MM-DD. */
  day: string;
}

/** The local calendar day of a clock reading, YYYY-MM-DD. */
export function dayStamp(now: number): string {
  const d = new Date(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function backupsDir(dataDir: string): string {
  return join(dataDir, 'backups');
}

/** Backups newest first. */
export function listBackups(dataDir: string): BackupFile[] {
  const dir = backupsDir(dataDir);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null)
    .map(({ name, m }) => ({ path: join(dir, name), day: m[1]! }))
    .sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/** Null when the bytes are a sound SQLite database; otherwise what is wrong with them. */
export function checkDatabaseBytes(SQL: SqlJsStatic, data: Uint8Array): string | null {
  let db: InstanceType<SqlJsStatic['Database']> | null = null;
  try {
    db = new SQL.Database(data);
    const result = db.exec('PRAGMA integrity_check');
    const first = result[0]?.values[0]?.[0];
    return first === 'ok' ? null : `integrity check: ${String(first)}`;
  } catch (err) {
    return (err as Error).message;
  } finally {
    db?.close();
  }
}

/** Whether today's backup is still to be made. */
export function backupDue(dataDir: string, now: number): boolean {
  return !existsSync(join(backupsDir(dataDir), `earshot-${dayStamp(now)}.db`));
}

/**
 * Copies the (freshly checkpointed) database file into today's backup if there is none yet.
 * Returns whether a backup was written.
 */
export function backupIfDue(SQL: SqlJsStatic, dataDir: string, dbPath: string, now: number, log: Log): boolean {
  if (!backupDue(dataDir, now)) return false;
  const day = dayStamp(now);
  const dir = backupsDir(dataDir);
  const target = join(dir, `earshot-${day}.db`);
  mkdirSync(dir, { recursive: true });
  const tmp = `${target}.tmp`;
  copyFileSync(dbPath, tmp);
  // Read back what actually reached the disk, synced, and check that copy in a second database.
  const copy = readFileSync(tmp);
  writeFileSynced(tmp, copy);
  const problem = checkDatabaseBytes(SQL, copy);
  if (problem !== null) {
    log.error('store: backup failed its check and was discarded', { day, problem });
    unlinkSync(tmp);
    return false;
  }
  renameSync(tmp, target);
  fsyncDir(dir);
  for (const old of listBackups(dataDir).slice(KEEP_BACKUPS)) {
    unlinkSync(old.path);
    log.info('store: removed an old backup', { day: old.day });
  }
  log.info('store: backup written', { day });
  return true;
}

/** "yesterday's backup", "today's backup", "the backup from 3 November 2026". */
export function describeBackup(day: string, now: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const then = new Date(y, m - 1, d);
  const today = new Date(now);
  const todayMidnight = new Date(today.getFullYear(), today.getMonth(), today.getDate());
  const days = Math.round((todayMidnight.getTime() - then.getTime()) / 86_400_000);
  if (days === 0) return "today's backup";
  if (days === 1) return "yesterday's backup";
  const month = then.toLocaleString('en-GB', { month: 'long' });
  return `the backup from ${d} ${month} ${y}`;
}
