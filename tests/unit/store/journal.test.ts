// Crash recovery through the journal. Copying the folder while a store is open gives exactly what a crash
// (SIGKILL, power loss after fsync) would leave on disk.
import { appendFileSync, cpSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { open, recordingLog, removeTempDirs, setting, tempDir } from './helpers';

afterEach(removeTempDirs);

function crashCopy(dir: string): string {
  const copy = tempDir();
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** A folder as a crash would leave it after these settings were written, one write each. */
async function crashedAfter(...settings: Array<[string, string]>): Promise<string> {
  const dir = tempDir();
  const store = await open(dir);
  for (const [key, value] of settings) await store.write([setting(key, value)]);
  const crashed = crashCopy(dir);
  await store.close();
  return crashed;
}

const keys = async (dir: string) => {
  const store = await open(dir);
  try {
    return (await store.all<{ key: string }>('SELECT key FROM settings ORDER BY key')).map((r) => r.key);
  } finally {
    await store.close();
  }
};

describe('journal replay', () => {
  it('brings back acknowledged writes after a crash', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.write([setting('a', '1')]);
    await store.write([setting('b', '2'), setting('c', '3')]);
    await store.write([{ sql: 'UPDATE settings SET value = ? WHERE key = ?', params: ['11', 'a'] }]);
    const crashed = crashCopy(dir);
    await store.close();
    // The crash copy's file is the empty one checkpointed at creation: everything comes from the journal.
    const s = await open(crashed);
    expect(await s.all('SELECT key, value FROM settings ORDER BY key')).toEqual([
      { key: 'a', value: '11' },
      { key: 'b', value: '2' },
      { key: 'c', value: '3' },
    ]);
    // Writing on after recovery and crashing again loses nothing either.
    await s.write([setting('d', '4')]);
    const crashedAgain = crashCopy(crashed);
    await s.close();
    expect(await keys(crashedAgain)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('ignores a torn last line and keeps appending after the good part', async () => {
    const crashed = await crashedAfter(['a', '1'], ['b', '2']);
    const journal = join(crashed, 'earshot.journal');
    const whole = readFileSync(journal);
    // Half of a third line, as if the process died during its write.
    appendFileSync(journal, whole.subarray(whole.indexOf(0x0a) + 1).subarray(0, 20));
    const log = recordingLog();
    const s = await open(crashed, { log });
    expect((await s.all<{ key: string }>('SELECT key FROM settings ORDER BY key')).map((r) => r.key)).toEqual(['a', 'b']);
    expect(log.lines.some((l) => l.level === 'warn' && /stopped early/.test(l.message))).toBe(true);
    await s.write([setting('c', '3')]);
    const again = crashCopy(crashed);
    await s.close();
    expect(await keys(again)).toEqual(['a', 'b', 'c']);
  });

  it('stops at a line with a bad checksum in the middle, logs it and keeps a copy of the journal', async () => {
    const crashed = await crashedAfter(['a', '1'], ['b', '2'], ['c', '3']);
    const journal = join(crashed, 'earshot.journal');
    const text = readFileSync(journal, 'utf8');
    writeFileSync(journal, text.replace('["b","2"]', '["B","2"]'));
    const log = recordingLog();
    const s = await open(crashed, { log });
    expect((await s.all<{ key: string }>('SELECT key FROM settings')).map((r) => r.key)).toEqual(['a']);
    expect(log.lines.some((l) => l.level === 'error' && /journal could not be fully replayed/.test(l.message))).toBe(true);
    expect(readdirSync(crashed).some((f) => f.startsWith('earshot.journal.damaged-'))).toBe(true);
    expect(s.notice).toMatch(/^Some changes made just before Earshot last closed could not be read back, so they are missing\. A copy of them was kept in the data folder \(earshot\.journal\.damaged-[^)]+\)\.$/);
    await s.write([setting('d', '4')]);
    await s.close();
    expect(await keys(crashed)).toEqual(['a', 'd']);
  });

  it('keeps a copy of the journal and says so when its first line is damaged (or its line ends changed)', async () => {
    for (const damage of [(t: string) => t.replace('epoch', 'epXch'), (t: string) => t.replace(/\n/g, '\r\n')]) {
      const crashed = await crashedAfter(['a', '1'], ['b', '2']);
      const journal = join(crashed, 'earshot.journal');
      const original = readFileSync(journal, 'utf8');
      writeFileSync(journal, damage(original));
      const s = await open(crashed);
      expect(s.notice).toMatch(/^Some changes made just before Earshot last closed could not be read back/);
      const copies = readdirSync(crashed).filter((f) => f.startsWith('earshot.journal.damaged-'));
      expect(copies).toHaveLength(1);
      expect(readFileSync(join(crashed, copies[0]!), 'utf8')).toBe(damage(original));
      await s.close();
    }
  });

  it('does not apply a journal twice when a crash came between the checkpoint rename and emptying the journal', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.write([setting('n', '0')]);
    await store.write([{ sql: "UPDATE settings SET value = CAST(value AS INTEGER) + 1 WHERE key = 'n'" }]);
    const oldJournal = readFileSync(join(dir, 'earshot.journal'));
    await store.checkpoint();
    await store.close();
    writeFileSync(join(dir, 'earshot.journal'), oldJournal);
    const s = await open(dir);
    expect(await s.get("SELECT value FROM settings WHERE key = 'n'")).toEqual({ value: '1' });
    await s.close();
  });

  it('keeps a journal that belongs to another file out of it, but keeps it', async () => {
    const dir = tempDir();
    const store = await open(dir);
    await store.write([setting('a', '1')]);
    const db = readFileSync(join(dir, 'earshot.db'));
    await store.checkpoint();
    await store.write([setting('b', '2')]);
    const crashed = crashCopy(dir);
    await store.close();
    // An older file put back by hand under a newer journal.
    writeFileSync(join(crashed, 'earshot.db'), db);
    const s = await open(crashed);
    expect(await s.all('SELECT key FROM settings')).toEqual([]);
    expect(s.notice).toBeNull();
    await s.close();
    expect(readdirSync(crashed).some((f) => f.startsWith('earshot.journal.unused-'))).toBe(true);
  });

  it('journals one line per write and fsyncs it before acknowledging (the file grows per write)', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const size = () => statSync(join(dir, 'earshot.journal')).size;
    const before = size();
    await store.write([setting('a', '1'), setting('b', '2')]);
    const after = size();
    expect(after).toBeGreaterThan(before);
    const lines = readFileSync(join(dir, 'earshot.journal'), 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(2); // header + one entry
    expect(lines[1]).toMatch(/^[0-9a-f]{8} \{"seq":1,/);
    await store.close();
  });

  it('replays numbers exactly, including large, fractional and infinite ones', async () => {
    const dir = tempDir();
    const store = await open(dir);
    const values = [1_760_000_000_123, -0.1, 2 ** 53 - 1, Infinity, -Infinity];
    await store.write(values.map((v, i) => ({ sql: 'INSERT INTO daily_totals (day, source_id, tone, count) VALUES (?, ?, ?, ?)', params: [`d${i}`, 's', 't', v] })));
    const live = await store.all('SELECT day, count FROM daily_totals ORDER BY day');
    const crashed = crashCopy(dir);
    await store.close();
    const s = await open(crashed);
    expect(await s.all('SELECT day, count FROM daily_totals ORDER BY day')).toEqual(live);
    expect(live.map((r) => r.count)).toEqual(values);
    await s.close();
  });
});
