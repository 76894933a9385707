// Daily checked backups, and what happens when the data file is found damaged at start-up.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabaseBytes, describeBackup } from '../../../electron/core/store/backups';
import { loadSqlJs } from '../../../electron/core/store/sql';
import { DAY, NOON, open, recordingLog, removeTempDirs, setting, tempDir, TestClock } from './helpers';

afterEach(removeTempDirs);

const backups = (dir: string) => (existsSync(join(dir, 'backups')) ? readdirSync(join(dir, 'backups')).sort() : []);

describe('backups', () => {
  it('writes at most one backup a calendar day, checked, and keeps the five newest', async () => {
    const dir = tempDir();
    const clock = new TestClock(NOON);
    const store = await open(dir, { clock });
    try {
      await store.write([setting('a', '1')]);
      expect(await store.backupIfDue()).toBe(true);
      expect(await store.backupIfDue()).toBe(false);
      clock.now = NOON + 11 * 3_600_000; // 23:00 the same day
      expect(await store.backupIfDue()).toBe(false);
      expect(backups(dir)).toEqual(['earshot-2026-11-22.db']);
      // The backup holds the data written before it, including what was only in the journal.
      const SQL = await loadSqlJs();
      const copy = new SQL.Database(readFileSync(join(dir, 'backups', 'earshot-2026-11-22.db')));
      expect(copy.exec("SELECT value FROM settings WHERE key = 'a'")[0]?.values).toEqual([['1']]);
      copy.close();

      for (let d = 1; d <= 6; d++) {
        clock.now = NOON + d * DAY;
        await store.write([setting(`day${d}`, String(d))]);
        expect(await store.backupIfDue()).toBe(true);
      }
      expect(backups(dir)).toEqual([
        'earshot-2026-11-24.db',
        'earshot-2026-11-25.db',
        'earshot-2026-11-26.db',
        'earshot-2026-11-27.db',
        'earshot-2026-11-28.db',
      ]);
    } finally {
      await store.close();
    }
  });

  it('tells a sound database from a damaged one (the check a backup must pass)', async () => {
    const SQL = await loadSqlJs();
    const db = new SQL.Database();
    db.run('CREATE TABLE t (x)');
    db.run("INSERT INTO t VALUES ('hello')");
    const good = db.export();
    db.close();
    expect(checkDatabaseBytes(SQL, good)).toBeNull();
    expect(checkDatabaseBytes(SQL, new TextEncoder().encode('not a database at all, just words'.repeat(200)))).toMatch(/not a database/);
    const broken = good.slice();
    broken.fill(0xee, 4096, 8192); // wreck the table's page
    expect(checkDatabaseBytes(SQL, broken)).not.toBeNull();
  });

  it('describes backups in plain words', () => {
    expect(describeBackup('2026-11-22', NOON)).toBe("today's backup");
    expect(describeBackup('2026-11-21', NOON)).toBe("yesterday's backup");
    expect(describeBackup('2026-11-03', NOON)).toBe('the backup from 3 November 2026');
  });
});

describe('a damaged data file at start-up', () => {
  async function withBackupFromYesterday(): Promise<{ dir: string; clock: TestClock }> {
    const dir = tempDir();
    const clock = new TestClock(NOON - DAY);
    const store = await open(dir, { clock });
    await store.write([setting('kept', 'yes')]);
    await store.backupIfDue();
    await store.write([setting('lost', 'after the backup')]);
    await store.close();
    clock.now = NOON;
    return { dir, clock };
  }

  it('is set aside and the newest good backup is opened, with a plain notice', async () => {
    const { dir, clock } = await withBackupFromYesterday();
    const original = Buffer.from('this is not a database '.repeat(500));
    writeFileSync(join(dir, 'earshot.db'), original);
    const log = recordingLog();
    const store = await open(dir, { clock, log });
    try {
      expect(store.notice).toBe(
        "Earshot's data file was damaged, so it was set aside and yesterday's backup was opened. " +
          'Nothing after that backup could be recovered.',
      );
      expect(await store.all('SELECT key FROM settings')).toEqual([{ key: 'kept' }]);
      const aside = readdirSync(dir).filter((f) => f.startsWith('earshot.db.damaged-'));
      expect(aside).toHaveLength(1);
      expect(readFileSync(join(dir, aside[0]!)).equals(original)).toBe(true);
      expect(log.lines.some((l) => l.level === 'error' && /damaged/.test(l.message))).toBe(true);
      await store.write([setting('new', '1')]);
    } finally {
      await store.close();
    }
    // The restored data is now the data file: the next start is a normal one.
    const again = await open(dir, { clock });
    expect(again.notice).toBeNull();
    expect((await again.all<{ key: string }>('SELECT key FROM settings ORDER BY key')).map((r) => r.key)).toEqual(['kept', 'new']);
    await again.close();
  });

  it('is taken for damaged when it is empty, or missing beside its journal and backups, and the backup is opened', async () => {
    for (const harm of ['empty', 'missing'] as const) {
      const { dir, clock } = await withBackupFromYesterday();
      if (harm === 'empty') writeFileSync(join(dir, 'earshot.db'), '');
      else rmSync(join(dir, 'earshot.db'));
      const store = await open(dir, { clock });
      try {
        expect(store.notice).toBe(
          harm === 'empty'
            ? "Earshot's data file was damaged, so it was set aside and yesterday's backup was opened. Nothing after that backup could be recovered."
            : "Earshot's data file was missing, so yesterday's backup was opened. Nothing after that backup could be recovered.",
        );
        expect(await store.all('SELECT key FROM settings')).toEqual([{ key: 'kept' }]);
        expect(readdirSync(dir).filter((f) => f.startsWith('earshot.db.damaged-'))).toHaveLength(harm === 'empty' ? 1 : 0);
      } finally {
        await store.close();
      }
    }
  });

  it('is detected when a page in the middle is wrecked, and a bad newest backup is passed over', async () => {
    const { dir, clock } = await withBackupFromYesterday();
    // An older good backup, and a newest one that is itself damaged.
    const names = backups(dir);
    expect(names).toEqual(['earshot-2026-11-21.db']);
    const good = readFileSync(join(dir, 'backups', names[0]!));
    writeFileSync(join(dir, 'backups', 'earshot-2026-11-19.db'), good);
    writeFileSync(join(dir, 'backups', 'earshot-2026-11-21.db'), Buffer.alloc(good.length, 0x42));
    const db = readFileSync(join(dir, 'earshot.db'));
    db.fill(0x5a, 8192, 16384);
    writeFileSync(join(dir, 'earshot.db'), db);
    const store = await open(dir, { clock });
    try {
      expect(store.notice).toMatch(/set aside and the backup from 19 November 2026 was opened/);
      expect(await store.all('SELECT key FROM settings')).toEqual([{ key: 'kept' }]);
    } finally {
      await store.close();
    }
  });

  it('is set aside when a migration fails on it', async () => {
    const { dir, clock } = await withBackupFromYesterday();
    // A readable database the migrations cannot apply to (a table in the way, schema version 0).
    const SQL = await loadSqlJs();
    const odd = new SQL.Database();
    odd.run('CREATE TABLE sources (whatever TEXT)');
    writeFileSync(join(dir, 'earshot.db'), odd.export());
    odd.close();
    const store = await open(dir, { clock });
    try {
      expect(store.notice).toMatch(/yesterday's backup was opened/);
      expect(await store.all('SELECT key FROM settings')).toEqual([{ key: 'kept' }]);
    } finally {
      await store.close();
    }
  });

  it('with no backup, starts empty and says so plainly', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.write([setting('a', '1')]);
    await store.close();
    writeFileSync(join(dir, 'earshot.db'), Buffer.from('garbage'.repeat(1000)));
    const again = await open(dir);
    try {
      expect(again.notice).toMatch(/^Earshot's data file was damaged and there was no backup to open, so it was set aside/);
      expect(again.notice).not.toMatch(/feed|RSS|SQL|sqlite/i);
      expect(await again.all('SELECT * FROM settings')).toEqual([]);
      expect(readdirSync(dir).some((f) => f.startsWith('earshot.db.damaged-'))).toBe(true);
      await again.write([setting('fresh', '1')]);
    } finally {
      await again.close();
    }
  });
});
