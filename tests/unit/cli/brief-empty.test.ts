// `earshot brief` on a data folder with no sources says Earshot isn't listening yet, and how to start;
// "quiet" is only for sources that had nothing new.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-brief-empty-'));
const feed = join(dir, 'old.xml');
// One post, long before the brief's window: the source works, nothing new came in.
writeFileSync(
  feed,
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Kestrel blog</title><link>https://kestrel.example/</link>
<item><guid>1</guid><title>Spring ride</title><link>https://kestrel.example/1</link><pubDate>Sat, 01 Mar 2025 09:00:00 +0000</pubDate><description>Long ago.</description></item>
</channel></rss>`,
);
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot brief with nothing to listen to', () => {
  it('says Earshot isn’t listening yet and how to start, not that it has been quiet', () => {
    for (const args of [['brief'], ['brief', '--markdown']]) {
      const r = earshot(...args);
      expect(r).toMatchObject({ code: 0, err: '' });
      expect(r.out).toMatch(/^Earshot isn't listening to anything yet/);
      expect(r.out).toContain('earshot sources add ADDRESS');
      expect(r.out).toContain('earshot sources samples');
      expect(r.out).not.toMatch(/quiet/i);
    }
    // No empty brief was built and stored along the way.
    expect(earshot('brief', 'list').out).toBe('No briefs yet. Run: earshot brief\n');
  });

  it('says it has been quiet once there is a source and nothing new came in', () => {
    expect(earshot('sources', 'add', feed).code).toBe(0);
    expect(earshot('sync').code).toBe(0);
    const r = earshot('brief');
    expect(r.code).toBe(0);
    expect(r.out).toContain('it has been quiet');
    expect(r.out).not.toContain("isn't listening");
  });
});
