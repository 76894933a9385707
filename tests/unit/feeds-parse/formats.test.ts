import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { FeedError } from '../../../electron/core/feeds/types';
import { fixture } from './helpers';

describe('parseFeed formats', () => {
  it('reads RSS 2.0 with bare ampersands, HTML entities and undefined entities', async () => {
    const feed = await parseFeed(fixture('bare-amp.rss'), { baseUrl: 'http://example.com/feed.xml' });
    expect(feed.title).toBe('Tom & Jerry\u00a0Weekly © 2024');
    expect(feed.link).toBe('http://example.com/?a=1&b=2');
    const [item] = feed.items;
    expect(item?.title).toBe('Fish & chips — a review …');
    expect(item?.link).toBe('http://example.com/posts/1?x=1&y=2');
    // Inline markup is kept as written: entities stay entities, a bare & is escaped.
    expect(item?.summary).toBe('Caf&eacute; <b>open</b> &amp; busy &undefinedentity; today');
    expect(item?.published).toBe('2003-06-10T04:00:00Z');
    expect(item?.id).toBe('post-1');
    expect(item?.author).toBe('Jo Smith');
    expect(item?.commentsUrl).toBe('http://example.com/posts/1#comments');
    expect(item?.replyCount).toBe(7);
    expect(item?.enclosures).toEqual([{ url: 'http://example.com/audio/1.mp3', type: 'audio/mpeg', length: 12345 }]);
  });

  it('reads Atom 1.0 with nested xml:base, xhtml content and text summary', async () => {
    const feed = await parseFeed(fixture('xml-base.atom'), { baseUrl: 'http://other.example/feed' });
    expect(feed.title).toBe('My blog');
    expect(feed.link).toBe('http://example.org/blog/');
    const item = feed.items[0];
    expect(item?.id).toBe('tag:example.org,2024:1');
    expect(item?.title).toBe('Hello & welcome');
    expect(item?.link).toBe('http://example.org/blog/2024/hello.html');
    expect(item?.published).toBe('2024-03-01T08:30:00Z');
    expect(item?.author).toBe('Ada Lovelace');
    expect(item?.summary).toBe('Short &lt;b&gt;summary&lt;/b&gt; as text');
    expect(item?.content).toContain('href="http://example.org/blog/2024/pics/1.png"');
    expect(item?.content).toContain('src="http://example.org/blog/2024/pics/1.png"');
    expect(item?.content).not.toMatch(/onerror|script|alert/);
    expect(item?.enclosures).toEqual([{ url: 'http://example.org/media/talk.mp3', type: 'audio/mpeg', length: 99 }]);
  });

  it('reads RSS 1.0 (RDF) with Dublin Core', async () => {
    const feed = await parseFeed(fixture('rdf.rdf'));
    expect(feed.title).toBe('RDF site');
    expect(feed.items).toHaveLength(1);
    expect(feed.items[0]).toMatchObject({
      id: 'http://example.com/1',
      title: 'First',
      link: 'http://example.com/1',
      author: 'Grace Hopper',
      published: '2003-12-31T18:14:55Z',
      summary: 'One &amp; only',
    });
  });

  it('reads Atom 0.3 with escaped and base64 modes', async () => {
    const feed = await parseFeed(fixture('atom03.xml'));
    expect(feed.title).toBe('Atom 0.3');
    expect(feed.items[0]?.content).toBe('<p>Base <b>64</b></p>');
    expect(feed.items[0]?.published).toBe('2004-01-01T19:48:21Z');
  });

  it('reads JSON Feed 1.1 and sanitizes its HTML', async () => {
    const feed = await parseFeed(fixture('feed.json'));
    expect(feed).toMatchObject({ title: 'JSON site', link: 'https://example.net/' });
    const [a, b] = feed.items;
    expect(a).toMatchObject({
      id: '1',
      title: 'A <json> post',
      link: 'https://example.net/posts/1',
      published: '2024-05-06T11:08:09Z',
      author: 'Site Owner',
      summary: 'Hi there',
      enclosures: [{ url: 'https://example.net/a.mp3', type: 'audio/mpeg', length: 42 }],
    });
    expect(a?.content).toContain('href="https://example.net/about"');
    expect(a?.content).not.toMatch(/onclick|iframe/);
    expect(b?.content).toBe('Plain &lt;text&gt; only');
    expect(b?.published).toBeNull();
  });

  it('reads Dave Winer\'s RSS-in-JSON as the RSS it mirrors', async () => {
    const body = JSON.stringify({ rss: { channel: { title: 'S', link: 'http://s.example/', item: [{ description: 'Hi', guid: 'http://s.example/1', pubDate: 'Mon, 26 Jun 2017 12:20:05 GMT' }] } } });
    const feed = await parseFeed(body);
    expect(feed.items[0]).toMatchObject({ link: 'http://s.example/1', published: '2017-06-26T12:20:05Z', summary: 'Hi' });
  });

  it('rejects a web page with a plain sentence', async () => {
    await expect(parseFeed(fixture('web-page.html'))).rejects.toThrow(new FeedError('This address shows a web page, not a list of posts.'));
  });

  it('rejects empty bodies, JSON that is not a list of posts and non-XML text with FeedError', async () => {
    for (const body of ['', '   ', '{"hello":1}', '{"items": [', 'just words', '<unknown-root/>']) {
      const err = await parseFeed(body).catch((e: unknown) => e);
      expect(err, body).toBeInstanceOf(FeedError);
      expect((err as FeedError).message).not.toMatch(/feed|rss/i);
    }
  });

  it('finds items inside an element a broken channel never closed', async () => {
    const feed = await parseFeed('<rss><channel><title>T</title><itunes:category text="a"><item><title>Inside</title></item></channel></rss>');
    expect(feed.items.map((i) => i.title)).toEqual(['Inside']);
  });

  it('prefers the alternate link and keeps summary and content apart', async () => {
    const feed = await parseFeed(`<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
      xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wfw="http://wellformedweb.org/CommentAPI/">
      <channel><item><title>T</title><description>Short</description><content:encoded><![CDATA[<p>Long & full</p>]]></content:encoded>
      <dc:creator>Dee</dc:creator><wfw:commentRss>http://x.example/c.rss</wfw:commentRss></item></channel></rss>`);
    expect(feed.items[0]).toMatchObject({ summary: 'Short', content: '<p>Long &amp; full</p>', author: 'Dee', commentsUrl: 'http://x.example/c.rss' });
  });
});
