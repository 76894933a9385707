// A reminder names a day that exists and hasn't gone by. The engine refuses a past day for every face (the app's
// date picker and the web host too); the command line reads the date strictly first.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { forumRss } from '../../support/cli';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-remind-'));
const feed = join(dir, 'forum.xml');
writeFileSync(feed, forumRss(1));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Earshot on one data folder, in one time zone, on a given day. */
const earshot = (now: string, ...args: string[]) => runCli(['--data-dir', join(dir, 'data'), '--now', now, ...args], { env: { TZ: 'UTC' } });
const TODAY = '2026-11-22T07:00:00Z';

describe('forwards --remind', () => {
  let conversation = '';
  let forward = '';

  it('sets up a conversation and a person', () => {
    expect(earshot(TODAY, 'sources', 'add', feed).code).toBe(0);
    expect(earshot(TODAY, 'sync').code).toBe(0);
    expect(earshot(TODAY, 'people', 'add', 'Ann', 'Lee').code).toBe(0);
    conversation = (JSON.parse(earshot(TODAY, 'conversations', 'list', '--json').out.split('\n')[0]!) as { id: string }).id;
  }, 60_000);

  it('refuses a day that does not exist, instead of moving it to another month', () => {
    const r = earshot(TODAY, 'forwards', 'create', conversation, '--to', 'Ann Lee', '--remind', '2026-02-30');
    expect(r).toEqual({ code: 2, out: '', err: 'earshot: --remind: there is no 30 February 2026; that month has 28 days.\n' });
    expect(earshot(TODAY, 'forwards', 'list', '--json').out).toBe('');
  });

  it.each(['1999-01-01', '2026-11-21', '2026-11-21T23:59:00Z'])('refuses %s, a day that has passed', (day) => {
    const r = earshot(TODAY, 'forwards', 'create', conversation, '--to', 'Ann Lee', '--remind', day);
    expect(r).toEqual({ code: 1, out: '', err: 'earshot: That day has passed; pick a later one.\n' });
    expect(earshot(TODAY, 'forwards', 'list', '--json').out).toBe('');
  });

  it('takes today (at 9 in the morning, as the app sets it) and later days', () => {
    const r = earshot(TODAY, 'forwards', 'create', conversation, '--to', 'Ann Lee', '--remind', '2026-11-22', '--json');
    expect(r.code).toBe(0);
    const f = JSON.parse(r.out) as { id: string; remindAt: number };
    expect(f.remindAt).toBe(Date.parse('2026-11-22T09:00:00Z'));
    forward = f.id;
    expect(earshot(TODAY, 'forwards', 'update', forward, '--remind', '2026-12-01', '--json').code).toBe(0);
  });

  it('refuses moving a reminder to a past day, but a reminder that has come due does not block other changes', () => {
    const later = '2026-12-03T07:00:00Z';
    expect(earshot(later, 'forwards', 'update', forward, '--remind', '2026-12-02')).toMatchObject({ code: 1, err: 'earshot: That day has passed; pick a later one.\n' });
    // The same day again is no change, and a new status with the old reminder is fine.
    expect(earshot(later, 'forwards', 'update', forward, '--remind', '2026-12-01').code).toBe(0);
    expect(earshot(later, 'forwards', 'update', forward, '--status', 'answered')).toMatchObject({ code: 0, err: '' });
  });
});
