// `earshot watch` and `earshot setup`, run as the built command line.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_PATH } from '../../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'earshot-listen-cli-'));

function earshot(data: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_PATH, '--data-dir', join(dir, data), '--now', '2026-11-22T07:00:00Z', ...args], {
    encoding: 'utf8',
    env: { ...process.env, EARSHOT_DATA_DIR: '' },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot watch', () => {
  it('adds names (plain and @handles), lists them, and removes one by name', () => {
    expect(earshot('w', 'watch', 'add', 'United')).toMatchObject({ code: 0, out: 'Listening for United.\n' });
    expect(earshot('w', 'watch', 'add', '@united')).toMatchObject({ code: 0, out: 'Listening for @united.\n' });
    const k = earshot('w', 'watch', 'add', 'Kestrel One', '--kind', 'product', '--alias', 'K1', '--alias', '#kestrelone', '--exclude', 'kestrel one way');
    expect(k.code).toBe(0);
    const list = earshot('w', 'watch', 'list');
    expect(list.out).toMatch(/ United \(topic\)\n/);
    expect(list.out).toMatch(/ @united \(topic\)\n/);
    expect(list.out).toContain('Kestrel One (product) — also K1, #kestrelone; not in “kestrel one way”');
    const json = earshot('w', 'watch', 'list', '--json').out.trim().split('\n').map((l) => JSON.parse(l) as { word: string; kind: string });
    expect(json.map((w) => w.word)).toEqual(['United', '@united', 'Kestrel One']);
    expect(earshot('w', 'watch', 'remove', 'united')).toMatchObject({ code: 0, out: 'No longer listening for United.\n' });
    expect(earshot('w', 'watch', 'list', '--json').out.trim().split('\n')).toHaveLength(2);
  });

  it('mutes and unmutes a word', () => {
    expect(earshot('m', 'watch', 'mute', 'giveaway').out).toBe('Conversations with “giveaway” are hidden.\n');
    expect(earshot('m', 'watch', 'unmute', 'giveaway').out).toBe('Conversations with “giveaway” are shown again.\n');
  });

  it.each([
    [['watch', 'add'], 2, /Give one name/],
    [['watch', 'add', 'X', '--kind', 'planet'], 2, /--kind should be one of: company, product/],
    [['watch', 'remove', 'nobody'], 1, /isn't listening for “nobody”/],
    [['watch', 'frob'], 2, /“watch frob” isn't a command/],
  ])('refuses %j in one plain line', (args, code, message) => {
    const r = earshot('e', ...args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('earshot setup', () => {
  it('prints proposals, adds nothing without --yes, and adds the sources and watch words with it', () => {
    const args = ['setup', '--company', 'Kestrel', '--product', 'Kestrel One', '--competitor', 'Voltbird', '--handle', '@kestrel', '--app-id', '6444123001', '--no-preview'];
    const dry = earshot('s', ...args);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('+ News about Kestrel One\n    https://news.google.com/rss/search?q=%22Kestrel%20One%22&hl=en-US&gl=US&ceid=US:en');
    expect(dry.out).toContain('- App Store reviews of app 6444123001');
    expect(dry.out).toContain('Watch words: Kestrel (company), Kestrel One (product), Voltbird (competitor)');

    expect(earshot('s', 'sources', 'list', '--json').out.trim()).toBe('');

    const yes = earshot('s', ...args, '--yes');
    expect(yes.code).toBe(0);
    expect(yes.out).toMatch(/Added 11 sources and 3 watch words\. Read them with: earshot sync\n$/);
    const sources = earshot('s', 'sources', 'list', '--json').out.trim().split('\n').map((l) => JSON.parse(l) as { title: string; kind: string });
    expect(sources).toHaveLength(11);
    expect(sources.every((s) => s.kind === 'search')).toBe(true);
    expect(sources.map((s) => s.title)).toContain('Hacker News comments mentioning Kestrel One');
    expect(earshot('s', 'watch', 'list').out).toContain('Kestrel (company) — also @kestrel');
  });

  it('asks for the company in one plain line', () => {
    const r = earshot('s2', 'setup', '--product', 'X');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Give the company’s name: earshot setup --company NAME/);
  });
});
