// --data-dir and --now are refused when they can't mean what was meant: an empty folder name (the data would land
// in the current folder), or a date that isn't on the calendar (Date.parse would quietly move it).
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nowOf, reminderOf } from '../../../electron/cli/dates';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-global-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--data-dir', () => {
  it.each([[['--data-dir', '']], [['--data-dir=']], [['--data-dir', '  ']]])('refuses %j and writes nothing in the current folder', (option) => {
    const here = mkdtempSync(join(dir, 'cwd-'));
    const r = runCli([...option, 'sources', 'list'], { cwd: here });
    expect(r).toEqual({ code: 2, out: '', err: 'earshot: --data-dir needs a folder.\n' });
    expect(readdirSync(here)).toEqual([]);
  });
});

describe('--now', () => {
  const data = join(dir, 'data');
  it.each([
    ['0', /^earshot: --now should be a date and time like 2026-11-22T07:30:00Z \(or a day like 2026-11-22\), not “0”\.\n$/],
    ['-1', /not “-1”/],
    ['yesterday', /not “yesterday”/],
    ['99999-01-01', /not “99999-01-01”/],
    ['2024-02-30T00:00:00Z', /^earshot: --now: there is no 30 February 2024; that month has 29 days\.\n$/],
    ['2026-13-01', /^earshot: --now: there is no month 13; months go from 01 to 12\.\n$/],
    ['2026-11-22T24:00:00Z', /^earshot: --now: 24:00:00 isn't a time of day\.\n$/],
    ['1969-12-31', /^earshot: --now: 1969 is too long ago/],
  ])('refuses %s plainly (exit 2) before touching the data', (value, message) => {
    const r = runCli(['--data-dir', data, '--now', value, 'brief']);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(existsSync(data)).toBe(false);
  });

  it('takes a day, or a date and time with or without a zone, as ISO means them', () => {
    expect(nowOf('2026-11-22')).toBe(Date.parse('2026-11-22T00:00:00Z'));
    expect(nowOf('2026-11-22T07:30:00Z')).toBe(Date.parse('2026-11-22T07:30:00Z'));
    expect(nowOf('2026-11-22T07:30:00.5+01:00')).toBe(Date.parse('2026-11-22T06:30:00.500Z'));
    expect(nowOf('2024-02-29T23:59')).toBe(new Date(2024, 1, 29, 23, 59).getTime());
    expect(runCli(['--data-dir', data, '--now', '2026-11-22T07:00:00Z', 'settings']).code).toBe(0);
  });
});

describe('--remind', () => {
  it('is a day at 9 in the morning here (as the app sets it), or a date and time, and only days that exist', () => {
    expect(reminderOf(undefined)).toBeUndefined();
    expect(reminderOf('2026-11-30')).toBe(new Date(2026, 10, 30, 9, 0).getTime());
    expect(reminderOf('2026-11-30T16:00:00Z')).toBe(Date.parse('2026-11-30T16:00:00Z'));
    expect(() => reminderOf('2026-02-30')).toThrow('--remind: there is no 30 February 2026; that month has 28 days.');
    expect(() => reminderOf('next week')).toThrow('--remind should be a date like 2026-11-30, not “next week”.');
    expect(() => reminderOf('0')).toThrow(/not “0”/);
  });
});
