// Small answers that should say what happened: 7:30 is a time, removing what isn't kept is said (and fails), a
// brief that isn't there is named, a source already there is said to be, a server name that isn't one is refused,
// and an import says what it skipped and why.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn, forumRss } from '../../support/cli';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-small-'));
const feed = join(dir, 'forum.xml');
writeFileSync(feed, forumRss(1));
const earshot = earshotIn(join(dir, 'data'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot says what happened', () => {
  it('takes briefTime=7:30 as 07:30, and still refuses times that are not', () => {
    expect(earshot('settings', 'set', 'briefTime=7:30')).toEqual({ code: 0, err: '', out: 'Brief ready at: 07:30\n' });
    expect(earshot('settings', 'set', 'briefTime=9:05', '--json')).toMatchObject({ code: 0, out: expect.stringContaining('"briefTime":"09:05"') });
    expect(earshot('settings', 'set', 'briefTime=7:3')).toMatchObject({ code: 2, err: expect.stringMatching(/brief time should look like 07:30/) });
    expect(earshot('settings', 'set', 'briefTime=25:00')).toMatchObject({ code: 2 });
  });

  it('says a source is already there instead of “Listening to” it again', () => {
    expect(earshot('sources', 'add', feed)).toMatchObject({ code: 0, out: expect.stringMatching(/^Listening to /) });
    expect(earshot('sync').code).toBe(0);
    const again = earshot('sources', 'add', feed);
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/^Earshot already listens to Cycling forum \(file:\/\/\S*forum\.xml\)\. Nothing was added\.\n$/);
    expect(earshot('sources', 'list', '--json').out.trim().split('\n')).toHaveLength(1);
  }, 60_000);

  it('refuses to remove from Kept what was never kept, with a non-zero exit', () => {
    const id = (JSON.parse(earshot('conversations', 'list', '--json').out.split('\n')[0]!) as { id: string }).id;
    expect(earshot('kept', 'remove', id)).toEqual({
      code: 1,
      out: '',
      err: `earshot: “${id}” isn't kept, so there was nothing to remove. See what is kept with: earshot kept list\n`,
    });
  });

  it('names a brief that was never there', () => {
    expect(earshot('brief', 'read', 'zzz')).toEqual({ code: 1, out: '', err: 'earshot: There is no brief “zzz”. See the briefs with: earshot brief list\n' });
    expect(earshot('brief', 'show', 'zzz')).toEqual({ code: 1, out: '', err: 'earshot: There is no brief “zzz”. See the briefs with: earshot brief list\n' });
    // A brief that is there is still marked read.
    expect(earshot('brief').code).toBe(0);
    const brief = JSON.parse(earshot('brief', 'list', '--json').out.split('\n')[0]!) as { id: string };
    expect(earshot('brief', 'read', brief.id)).toMatchObject({ code: 0, err: '' });
  }, 60_000);

  it('refuses a Mastodon server that is not a server name, instead of quietly using another', () => {
    for (const server of ['not a server', '', 'https://']) {
      expect(earshot('setup', '--company', 'Acme', '--server', server, '--no-preview')).toEqual({
        code: 2,
        out: '',
        err: `earshot: “${server}” isn't the name of a Mastodon server. Give one like mastodon.social, or leave --server out.\n`,
      });
    }
    const fine = earshot('setup', '--company', 'Acme', '--server', 'https://fosstodon.org/', '--no-preview');
    expect(fine.code).toBe(0);
    expect(fine.out).toContain('https://fosstodon.org/tags/Acme.rss');
  });

  it('says how many entries of a list it skipped, and why', () => {
    const opml = join(dir, 'mixed.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><body>
<outline text="Script" type="rss" xmlUrl="javascript:alert(1)"/>
<outline text="Old server" type="rss" xmlUrl="ftp://files.example/feed.xml"/>
<outline text="Local" type="rss" xmlUrl="file:///etc/passwd"/>
<outline text="Forum" type="rss" xmlUrl="https://forum.example/feed.xml"/>
<outline text="Forum again" type="rss" xmlUrl="https://forum.example/feed.xml"/>
<outline text="A folder, not an entry"><outline text="Blog" type="rss" xmlUrl="feed://blog.example/rss"/></outline>
</body></opml>`,
    );
    const other = earshotIn(join(dir, 'import-data'));
    expect(other('sources', 'import', opml)).toEqual({
      code: 0,
      err: '',
      out: "Added two sources. Skipped three that aren't web addresses and one that was in the list twice.\n",
    });
    expect(other('sources', 'import', opml).out).toBe(
      "Added no sources; two were already here. Skipped three that aren't web addresses and one that was in the list twice.\n",
    );
    const clean = join(dir, 'clean.opml');
    writeFileSync(clean, '<opml version="2.0"><body><outline text="News" type="rss" xmlUrl="https://news.example/rss"/></body></opml>');
    expect(other('sources', 'import', clean).out).toBe('Added one source.\n');
  });

  it.runIf(process.platform !== 'win32')('refuses to import from a device instead of reading it without end', () => {
    const r = runCli(['--data-dir', join(dir, 'import-data'), 'sources', 'import', '/dev/zero'], { timeout: 10_000 });
    expect(r).toEqual({ code: 2, out: '', err: 'earshot: Couldn\'t read “/dev/zero”: This is a device, not a file.\n' });
  });
});
