// `earshot settings` reads in plain words; `settings set` takes the names scripts use, and help says what each means.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-settings-words-'));
const earshot = earshotIn(join(dir, 'data'));
const NAMES = ['retentionDays', 'syncIntervalMinutes', 'briefTime', 'syncConcurrency'];

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot settings', () => {
  it('shows plain labels, not the names inside', () => {
    const r = earshot('settings');
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out.trimEnd().split('\n')).toEqual([
      'Brief ready at: 07:30',
      'Look for new conversations every: 60 minutes',
      'Keep conversations for: 90 days (kept and forwarded ones stay for good)',
      'Sources read at once: 6',
    ]);
    for (const name of NAMES) expect(r.out).not.toContain(name);
    expect(r.out).not.toContain('HH:MM');
  });

  it('takes the inside names in settings set, answers in labels, and keeps --json as it was', () => {
    expect(earshot('settings', 'set', 'retentionDays=30', 'syncIntervalMinutes=0', 'syncConcurrency=8')).toMatchObject({
      code: 0,
      out: 'Keep conversations for: 30 days (kept and forwarded ones stay for good)\nLook for new conversations every: only when you sync by hand\nSources read at once: 8\n',
    });
    expect(JSON.parse(earshot('settings', '--json').out)).toEqual({ retentionDays: 30, syncIntervalMinutes: 0, briefTime: '07:30', syncConcurrency: 8 });
    expect(JSON.parse(earshot('settings', 'set', 'briefTime=06:45', '--json').out)).toEqual({
      retentionDays: 30,
      syncIntervalMinutes: 0,
      briefTime: '06:45',
      syncConcurrency: 8,
    });
  });

  it('lists every name settings set takes in the help, each with its meaning', () => {
    const help = earshot('help', 'settings').out;
    for (const name of NAMES) expect(help).toMatch(new RegExp(`^ {2}settings set ${name}=\\S+ {2,}\\w`, 'm'));
    expect(help).toMatch(/retentionDays=DAYS +days to keep conversations not kept or forwarded/);
  });
});
