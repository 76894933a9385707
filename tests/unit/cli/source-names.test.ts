// Sources can be named by id, address or title (ignoring case), as people and watch words can by name.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-source-names-'));
function feed(file: string, title: string): string {
  const path = join(dir, `${file}.xml`);
  writeFileSync(
    path,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>https://${file}.example/</link>
<item><guid>1</guid><title>Post on ${title}</title><link>https://${file}.example/1</link><pubDate>Sat, 21 Nov 2026 09:00:00 +0000</pubDate><description>Said.</description></item>
</channel></rss>`,
  );
  return path;
}
const blog = feed('blog', 'Kestrel blog');
const forum = feed('forum', 'Cycling forum');
const mirror = feed('mirror', 'Cycling forum');
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('naming a source', () => {
  it('removes a source by its title, ignoring case, and refuses a title two sources share, listing both', () => {
    for (const f of [blog, forum, mirror]) expect(earshot('sources', 'add', f).code).toBe(0);
    expect(earshot('sync').code).toBe(0);

    expect(earshot('conversations', 'list', '--source', 'kestrel BLOG').out).toContain('Post on Kestrel blog');
    expect(earshot('sync', '--source', 'Kestrel blog')).toMatchObject({ code: 0, out: 'Read one source: no new conversations.\n' });

    // The company's own channel: said so in the list, and undone with --not.
    expect(earshot('sources', 'own', 'Kestrel blog')).toMatchObject({ code: 0, out: "Kestrel blog is your company's own: listed, but not counted in the brief.\n" });
    expect(earshot('sources', 'list').out).toContain("Your company's own: not counted in the brief.");
    expect(earshot('sources', 'own', 'Kestrel blog', '--not')).toMatchObject({ code: 0, out: 'Kestrel blog counts in the brief again.\n' });
    expect(earshot('sources', 'list').out).not.toContain("Your company's own");

    const removed = earshot('sources', 'remove', 'Kestrel blog');
    expect(removed).toMatchObject({ code: 0, err: '' });
    expect(removed.out).toMatch(/^No longer listening to Kestrel blog\./);
    expect(earshot('sources', 'list').out).not.toContain('Kestrel blog');

    const both = earshot('sources', 'remove', 'cycling forum');
    expect(both.code).not.toBe(0);
    expect(both.err.trim().split('\n')).toHaveLength(1);
    expect(both.err).toMatch(/^earshot: “cycling forum” could be .*forum\.xml.* or .*mirror\.xml.*\. Name one by its id or address\.\n$/);
    expect(earshot('sources', 'list', '--json').out.trim().split('\n')).toHaveLength(2);

    // Its address still names one of them.
    expect(earshot('sources', 'remove', mirror).code).toBe(0);
    expect(earshot('sources', 'remove', 'Cycling Forum').out).toMatch(/^No longer listening to Cycling forum\./);
    expect(earshot('sources', 'remove', 'Cycling forum')).toMatchObject({ code: 1, err: 'earshot: There is no source “Cycling forum”. See them with: earshot sources list\n' });
  }, 60_000);
});
