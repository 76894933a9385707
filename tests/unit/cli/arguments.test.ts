// `earshot` refuses what it can't use in one plain line (exit 2 for mistakes in what was typed) and says what it did.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn, forumRss } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-args-'));
const feed = join(dir, 'forum.xml');
writeFileSync(feed, forumRss(1));
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function refused(args: string[], message: RegExp, code = 2) {
  const r = earshot(...args);
  expect(r.code).toBe(code);
  expect(r.out).toBe('');
  expect(r.err).toMatch(/^earshot: [^\n]+\n$/);
  expect(r.err).toMatch(message);
}

describe('earshot arguments', () => {
  it('sends a file on this computer to `sources add`, not to discover (which reads web pages)', () => {
    refused(['sources', 'discover', feed], /is on this computer; discover looks at web pages\. To listen to a file: earshot sources add FILE/);
  });

  it('refuses a local file that is not there, adds nothing, and still takes web addresses', () => {
    refused(['sources', 'add', join(dir, 'missing.xml')], /There is no file “.*missing\.xml”\./);
    refused(['sources', 'add', './nope.rss'], /There is no file “\.\/nope\.rss”\./);
    refused(['sources', 'add', 'file:///no/such/place.xml'], /There is no file “file:\/\/\/no\/such\/place\.xml”\./);
    refused(['sources', 'add', dir], /is a folder, not a file/);
    expect(earshot('sources', 'list', '--json').out).toBe('');
    expect(earshot('sources', 'add', 'https://forum.example/latest.rss')).toMatchObject({ code: 0, err: '' });
    expect(earshot('sources', 'add', 'forum.example/feed')).toMatchObject({ code: 0, err: '' });
    expect(earshot('sources', 'list', '--json').out.trim().split('\n')).toHaveLength(2);
  });

  it('refuses unknown settings and values of the wrong kind, naming the setting, and stores nothing', () => {
    const before = earshot('settings', '--json').out;
    expect(JSON.parse(before)).toEqual({ retentionDays: 90, syncIntervalMinutes: 60, briefTime: '07:30', syncConcurrency: 6 });
    refused(['settings', 'set', 'theme=dark'], /There is no setting “theme”\. The settings are: retentionDays, syncIntervalMinutes/);
    refused(['settings', 'set', 'foo=bar'], /There is no setting “foo”/);
    refused(['settings', 'set', 'syncIntervalMinutes=abc'], /syncIntervalMinutes should be a whole number, not “abc”\./);
    refused(['settings', 'set', 'retentionDays=30', 'syncConcurrency='], /syncConcurrency should be a whole number, not “”\./);
    refused(['settings', 'set', 'retentionDays=1'], /retentionDays.* should be between 7 and 3650\./);
    refused(['settings', 'set', 'briefTime=noon'], /brief time should look like 07:30/);
    refused(['settings', 'set', 'retentionDays'], /Write settings as NAME=VALUE/);
    refused(['settings', 'set'], /Write settings as NAME=VALUE/);
    expect(earshot('settings', '--json').out).toBe(before);
  });

  it('prints settings as readable lines, and as JSON with --json', () => {
    expect(earshot('settings', 'set', 'syncIntervalMinutes=30', 'briefTime=06:45')).toMatchObject({
      code: 0,
      err: '',
      out: 'Look for new conversations every: 30 minutes\nBrief ready at: 06:45\n',
    });
    const out = earshot('settings').out;
    expect(out).not.toContain('{');
    expect(out).toMatch(/^Keep conversations for: 90 days\b/m);
    expect(out).toMatch(/^Look for new conversations every: 30 minutes$/m);
    expect(out).toMatch(/^Brief ready at: 06:45$/m);
    expect(JSON.parse(earshot('settings', 'get', '--json').out)).toMatchObject({ syncIntervalMinutes: 30, briefTime: '06:45' });
  });

  it.each([
    [['conversations', 'list', '--limit', '-1'], /^earshot: --limit should be a whole number from 1 to 1000\.\n$/],
    [['conversations', 'list', '--limit=-1'], /^earshot: --limit should be a whole number from 1 to 1000\.\n$/],
    [['conversations', 'list', '--limit'], /^earshot: --limit needs a value\.\n$/],
    [['conversations', 'list', '--search', '--json'], /^earshot: --search needs a value/],
    [['sources', 'list', '--json=yes'], /^earshot: --json takes no value\.\n$/],
    [['sources', 'list', '-x'], /^earshot: Unknown option -x\./],
  ])('says %j is wrong in one plain line', (args, message) => {
    const r = earshot(...args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(message);
  });

  it('says a word that was never muted was not muted', () => {
    expect(earshot('watch', 'unmute', 'neverMuted')).toMatchObject({ code: 0, out: '“neverMuted” wasn\'t muted.\n' });
    expect(earshot('watch', 'mute', 'giveaway').out).toBe('Conversations with “giveaway” are hidden.\n');
    expect(earshot('watch', 'unmute', 'Giveaway').out).toBe('Conversations with “Giveaway” are shown again.\n');
  });

  it('adds a person without an email, and a forward to them says plainly there is no address', () => {
    expect(earshot('help', 'people').out).toMatch(/people add NAME \[--email E\]/);
    expect(earshot('people', 'add', 'Sam', 'Noemail')).toMatchObject({ code: 0, out: expect.stringMatching(/^Added Sam Noemail \(.+\)\.\n$/) });
    expect(earshot('sources', 'add', feed).code).toBe(0);
    expect(earshot('sync').code).toBe(0);
    const conversation = JSON.parse(earshot('conversations', 'list', '--json').out.trim().split('\n')[0]!) as { id: string };
    const r = earshot('forwards', 'create', conversation.id, '--to', 'sam noemail');
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('mailto:');
    expect(r.out).toMatch(/^Recorded for Sam Noemail \(.+\)\. There is no email address for Sam Noemail, so here is the message to send:\n/);
    expect(r.out).toContain('Battery range in the cold');
  }, 60_000);
});

describe('ids that start with a dash', () => {
  it('are taken as ids, alone or as the value of an option, never as unknown options', async () => {
    const { parseCommandArgs } = await import('../../../electron/cli/args');
    const options = { note: { type: 'string' as const }, to: { type: 'string' as const } };
    const parsed = parseCommandArgs(['add', '-x7Kp2Qa9LmN0bC1', '--note', 'cold again', '--to', '-p0Qw8Er7Ty6Ui5O'], options);
    expect(parsed.positionals).toEqual(['add', '-x7Kp2Qa9LmN0bC1']);
    expect(parsed.values).toEqual({ note: 'cold again', to: '-p0Qw8Er7Ty6Ui5O' });
    // A short word with a dash is still an option, and still refused when unknown.
    expect(() => parseCommandArgs(['add', '-x'], options)).toThrow(/Unknown option -x/);
  });
});
