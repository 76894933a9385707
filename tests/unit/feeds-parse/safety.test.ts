import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';

describe('entities in a DOCTYPE', () => {
  it('expands an internal entity once', async () => {
    const feed = await parseFeed('<!DOCTYPE rss [<!ENTITY id "tag:example.com,">]><rss><channel><item><guid>&id;2006:/x</guid></item></channel></rss>');
    expect(feed.items[0]?.id).toBe('tag:example.com,2006:/x');
  });

  it('keeps a billion-laughs document small', async () => {
    const defs = ['<!ENTITY lol0 "lol">'];
    for (let i = 1; i < 10; i++) defs.push(`<!ENTITY lol${i} "${`&lol${i - 1};`.repeat(10)}">`);
    const body = `<?xml version="1.0"?><!DOCTYPE rss [${defs.join('')}]><rss><channel><title>&lol9;</title><item><title>&lol9;&lol9;</title><description>&lol9;</description></item></channel></rss>`;
    const feed = await parseFeed(body);
    // One level only: &lol9; becomes the literal text "&lol8;…", never 10^9 "lol"s.
    expect(feed.title.length).toBeLessThan(200);
    expect(JSON.stringify(feed).length).toBeLessThan(5000);
  });

  it('caps the total text a document\'s own entities may add', async () => {
    const big = 'x'.repeat(100_000);
    const body = `<!DOCTYPE rss [<!ENTITY big "${big}">]><rss><channel><item><description>${'&big;'.repeat(1000)}</description></item></channel></rss>`;
    const feed = await parseFeed(body);
    expect(feed.items[0]?.summary.length).toBeLessThan(1_200_000);
  });

  it('never reads external entities', async () => {
    const body = '<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>a&xxe;b</title></channel></rss>';
    const feed = await parseFeed(body);
    expect(feed.title).not.toContain('root:');
    expect(feed.title.startsWith('a')).toBe(true);
  });
});
