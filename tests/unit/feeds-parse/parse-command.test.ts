import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { parseCommand } from '../../../electron/cli/parse-command';
import { fixtureDir } from './helpers';

describe('parseCommand', () => {
  it('prints one JSON line per file, errors as data, and exits 0', async () => {
    const lines: string[] = [];
    const files = [resolve(fixtureDir, 'bare-amp.rss'), resolve(fixtureDir, 'web-page.html'), resolve(fixtureDir, 'missing.xml')];
    const code = await parseCommand(files, { baseUrl: 'http://example.com/feed.xml' }, (l) => lines.push(l));
    expect(code).toBe(0);
    expect(lines).toHaveLength(3);
    const [ok, page, missing] = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(Object.keys(ok ?? {})).toEqual(['file', 'feed', 'items']);
    expect(ok?.feed).toEqual({ title: 'Tom & Jerry\u00a0Weekly © 2024', link: 'http://example.com/?a=1&b=2' });
    const item = (ok?.items as Array<Record<string, unknown>>)[0];
    expect(Object.keys(item ?? {})).toEqual(['id', 'title', 'link', 'published', 'author', 'summary', 'content', 'enclosures']);
    expect(item?.enclosures).toEqual([{ url: 'http://example.com/audio/1.mp3', type: 'audio/mpeg', length: 12345 }]);
    expect(page).toEqual({ file: files[1], error: 'This address shows a web page, not a list of posts.' });
    expect(missing?.file).toBe(files[2]);
    expect(typeof missing?.error).toBe('string');
  });

  it('uses --content-type for the charset', async () => {
    const lines: string[] = [];
    await parseCommand([resolve(fixtureDir, 'wrong-charset.rss')], { contentType: 'text/xml; charset=iso-8859-1' }, (l) => lines.push(l));
    expect((JSON.parse(lines[0] as string) as { feed: { title: string } }).feed.title).toBe('Café crème “quoted”');
  });
});
