import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { trimSiteTrailers } from '../../../electron/core/feeds/site-trailers';
import { toConversation } from '../../../electron/core/sync/to-conversation';
import { ROOT } from '../../support/paths';

const NOW = Date.parse('2026-11-22T07:00:00Z');

async function sample(file: string) {
  const feed = await parseFeed(new Uint8Array(readFileSync(join(ROOT, 'resources/demo', file))), { baseUrl: 'https://example.com/', contentType: null });
  return feed.items.map((item) => toConversation('s', item, NOW));
}

describe('what feed services add to every item', () => {
  it("takes Reddit's 'submitted by /u/name [link] [comments]' off, keeping a shared page's link", async () => {
    const items = await sample('reddit-search.xml');
    expect(items.length).toBeGreaterThan(40);
    for (const c of items) {
      expect(c.excerpt).not.toMatch(/submitted by|\[link\]|\[comments\]/);
      expect(c.contentHtml).not.toMatch(/submitted by|\[comments\]/);
    }
    const self = items.find((c) => c.title.startsWith('Kestrel One: 43% battery left'))!;
    expect(self.excerpt).toBe(
      'Battery was stored in the hall (about 15°C) and went on the bike right before I left. Assist 2 most of the way. In September the same ride used about 30%. Is this normal or should I book a battery check?',
    );
    // A post that shares a page (no text of its own) keeps one link to that page.
    const shared = items.find((c) => c.title.startsWith('Voltbird V3 is out'))!;
    expect(shared.contentHtml).toBe('<p><a href="https://thecommutereport.example/news/voltbird-v3-launch" rel="noopener noreferrer">thecommutereport.example</a></p>');
  });

  it("takes hnrss.org's 'Article URL / Comments URL / Points / # Comments' off and keeps the number of comments", async () => {
    const items = await sample('hn-search.xml');
    for (const c of items) expect(c.excerpt).not.toMatch(/Article URL|Comments URL|Points:|# Comments/);
    const ask = items.find((c) => c.title.startsWith('Ask HN: Anyone reverse-engineered'))!;
    expect(ask.excerpt).toBe(
      "My Kestrel One's lock takes 8–10 s to respond to the app since the last update. I'd like to write a tiny CLI to unlock it from my laptop. Has anyone looked at the BLE protocol? Does Kestrel plan to publish an API?",
    );
    expect(ask.replyCount).toBe(3);
    const link = items.find((c) => c.title.startsWith('Kestrel One winter test'))!;
    expect(link.contentHtml).toBe('');
    expect(link.replyCount).toBe(29);
  });

  it('leaves other text alone, even when it says the same words in the middle', () => {
    const html = '<p>I submitted by mail: Points: 3 of them. Article URL: none.</p><p>Thanks.</p>';
    expect(trimSiteTrailers(html, null)).toEqual({ html, replyCount: null });
    expect(trimSiteTrailers('', null)).toEqual({ html: '', replyCount: null });
  });
});
