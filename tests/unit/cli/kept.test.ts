// The command line says "keep" and "Kept", as the app does; `bookmarks` still works for old scripts, unlisted.
import { readdirSync, readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn, forumRss } from '../../support/cli';
import { ROOT } from '../../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-kept-'));
const feed = join(dir, 'forum.xml');
writeFileSync(feed, forumRss(1));
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(folder, e.name)) : e.name.endsWith('.ts') ? [join(folder, e.name)] : [],
  );
}

describe('earshot kept', () => {
  it('is listed in help as kept, never as bookmarks', () => {
    const help = earshot('help').out;
    expect(help).toMatch(/^ {2}kept list/m);
    expect(help).toMatch(/^ {2}kept add ID/m);
    expect(help).not.toMatch(/bookmark/i);
    expect(earshot('help', 'bookmarks').out).toContain('kept add ID');
  });

  it('keeps a conversation in plain words, and `bookmarks` still does the same', () => {
    expect(earshot('sources', 'add', feed).code).toBe(0);
    expect(earshot('sync').code).toBe(0);
    expect(earshot('kept').out).toBe('Nothing kept yet. Keep a conversation with: earshot kept add ID\n');
    const id = (JSON.parse(earshot('conversations', 'list', '--json').out.trim().split('\n')[0]!) as { id: string }).id;
    expect(earshot('kept', 'add', id, '--note', 'cold again')).toMatchObject({ code: 0, err: '', out: 'Kept “Battery range in the cold”.\n' });
    expect(earshot('bookmarks', 'list').out).toContain('Note: cold again');
    expect(earshot('kept', 'list', '--search', 'nothing-like-it').out).toBe('Nothing kept matches “nothing-like-it”.\n');
    expect(earshot('bookmarks', 'remove', id)).toMatchObject({ code: 0, out: 'No longer kept.\n' });
    // Removing what isn't kept is said, on stderr, and the exit code says it too (a script must notice).
    expect(earshot('kept', 'remove', id)).toMatchObject({
      code: 1,
      out: '',
      err: `earshot: “${id}” isn't kept, so there was nothing to remove. See what is kept with: earshot kept list\n`,
    });
    expect(earshot('kept', 'remove', 'neverKeptAtAll1')).toMatchObject({ code: 1, out: '', err: expect.stringMatching(/^earshot: “neverKeptAtAll1” isn't kept/) });
  }, 60_000);

  it('has no string a person reads that says “bookmark” (Api method names and the old alias aside)', () => {
    const offenders: string[] = [];
    for (const file of sourceFiles(join(ROOT, 'electron/cli'))) {
      const code = readFileSync(file, 'utf8').replace(/^\s*(\/\/|\/?\*).*$/gm, '');
      for (const m of code.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.)*)\1/g)) {
        const text = m[2]!;
        if (/bookmark/i.test(text) && !/^bookmarks(\.\w+)?$/.test(text)) offenders.push(`${file}: ${text}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
