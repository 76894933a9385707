import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn, forumRss } from '../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-'));
const feed = join(dir, 'forum.xml');
writeFileSync(feed, forumRss(2));

const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot (the command line)', () => {
  it('adds a source from a file path, syncs it and lists what people said', () => {
    expect(earshot('sources', 'add', feed).code).toBe(0);
    const sync = earshot('sync');
    expect(sync).toMatchObject({ code: 0 });
    expect(sync.out.trim()).toBe('Read one source: two new conversations.');
    const list = earshot('conversations', 'list');
    expect(list.out).toContain('Battery range in the cold');
    expect(list.out).toContain('Cycling forum, yesterday');
    expect(list.out).toContain('Cycling forum, on Friday');
    const sources = earshot('sources', 'list');
    expect(sources.out).toContain('Working, two conversations, read just now');
    const json = earshot('conversations', 'list', '--search', 'battery', '--json');
    const found = json.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; title: string });
    expect(found.map((c) => c.title)).toEqual(['Battery range in the cold']);
    // One conversation in full: where and when it was said, and what.
    const show = earshot('conversations', 'show', found[0]!.id);
    expect(show.out.split('\n').slice(0, 3)).toEqual(['Battery range in the cold', expect.stringMatching(/^Cycling forum, yesterday\./), 'https://forum.example/t/1']);
    expect(show.out).toContain('Half the range below zero.');
  });

  it('prints usage for help and nothing else on stderr', () => {
    const r = earshot('help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^Usage: earshot/);
    expect(r.err).toBe('');
  });

  it.each([
    [['frobnicate'], 2, /“frobnicate” isn't an earshot command/],
    [['conversations', 'list', '--limit', 'lots'], 2, /--limit should be a whole number from 1 to 1000/],
    [['--now', 'yesterday', 'sync'], 2, /--now should be a date and time/],
    [['sync', '--bogus'], 2, /Unknown option --bogus/],
    [['sources', 'add', 'gopher://old.example/'], 1, /not “gopher:” addresses/],
    [['sources', 'remove', 'nope'], 1, /There is no source “nope”/],
    [['conversations', 'show', 'nope'], 1, /There is no conversation “nope”/],
  ])('refuses %j with one plain line and a non-zero exit', (args, code, message) => {
    const r = earshot(...args);
    expect(r.code).toBe(code);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^earshot: /);
  });

  it('reads files with `parse` in the JSON shape the tools rely on', () => {
    const r = earshot('parse', feed);
    expect(r.code).toBe(0);
    const line = JSON.parse(r.out.trim());
    expect(line.file).toBe(feed);
    expect(line.feed).toEqual({ title: 'Cycling forum', link: 'https://forum.example/' });
    expect(line.items[0]).toMatchObject({ id: '1', title: 'Battery range in the cold', link: 'https://forum.example/t/1', });
    expect(Date.parse(line.items[0].published)).toBe(Date.parse('2026-11-21T09:00:00Z'));
    expect(Object.keys(line.items[0]).sort()).toEqual(['author', 'content', 'enclosures', 'id', 'link', 'published', 'summary', 'title']);
  });
});

describe('earshot sources import and export (OPML)', () => {
  it('round-trips the list of sources, with groups, and refuses what is not a list', () => {
    const opml = join(dir, 'in.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="Competitors"><outline text="Voltbird blog" type="rss" xmlUrl="https://voltbird.example/feed.xml"/></outline>
<outline text="Forum" type="rss" xmlUrl="https://forum.example/search.rss?q=kestrel&amp;sort=new"/>
</body></opml>`,
    );
    const other = (...args: string[]) => earshot('--data-dir', join(dir, 'opml-data'), ...args);
    expect(other('sources', 'import', opml).out.trim()).toBe('Added two sources.');
    expect(other('sources', 'import', opml).out.trim()).toBe('Added no sources; two were already here.');
    const out = other('sources', 'export').out;
    expect(out).toContain('<opml version="2.0">');
    expect(out).toMatch(/<outline text="Competitors"[^>]*>\s*<outline[^>]*xmlUrl="https:\/\/voltbird.example\/feed.xml"/);
    expect(out).toContain('xmlUrl="https://forum.example/search.rss?q=kestrel&amp;sort=new"');
    writeFileSync(join(dir, 'junk.opml'), 'hello');
    const bad = other('sources', 'import', join(dir, 'junk.opml'));
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/^earshot: [A-Z].*\.\n$/);
  });
});
