// discoverSources against the loopback server only; YouTube and Reddit by rule, without any network.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DiscoveryError, discoverSources, knownSiteSources, normalizePageUrl } from '../../../electron/core/feeds/discovery';
import { pageLinks, sniffSource } from '../../../electron/core/feeds/discovery-html';
import { youTubeChannelIdIn } from '../../../electron/core/feeds/discovery-sites';
import { OK_FEED, startHostileServer, type Handler, type HostileServer } from '../../support/hostile-server';

const send = (type: string, body: string): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};
const JSON_FEED = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Json Co', items: [] });

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer({
    '/blog/': send(
      'text/html',
      `<!doctype html><html><head><title>The Blog</title>
       <link rel="alternate" type="application/rss+xml" title="Comments" href="/blog/comments/feed">
       <link rel="alternate" type="application/rss+xml" title="Posts" href="feed.xml">
       <link rel="Alternate" type="application/atom+xml; charset=utf-8" href="https://other.example/atom">
       <link rel="alternate" type="application/json" href="/manifest.json">
       <link rel="alternate" type="text/html" hreflang="fr" href="/fr/">
       <link rel="stylesheet" href="/s.css"></head><body></body></html>`,
    ),
    '/based': send('text/html', '<html><head><base href="/elsewhere/"><link rel="alternate" type="application/feed+json" href="f.json"></head></html>'),
    '/plain': send('text/html', '<html><head><title>Plain</title></head><body>No links here.</body></html>'),
    '/feed': (_req, res) => {
      res.writeHead(301, { location: '/rss.xml' });
      res.end();
    },
    '/rss.xml': send('application/rss+xml', OK_FEED),
    '/atom.xml': send('text/html', '<!doctype html><html><body>Not found, but 200</body></html>'),
    '/feed.json': send('application/json', JSON_FEED),
  });
});
afterAll(async () => {
  await server.close();
});

describe('discoverSources', () => {
  it('an address that is a source already is returned as is, with its title', async () => {
    expect(await discoverSources(server.url('/ok'))).toEqual([{ url: server.url('/ok'), title: 'Hostile but fine' }]);
  });

  it('reads announced links, resolving relative ones, main source before comments', async () => {
    expect(await discoverSources(server.url('/blog/'))).toEqual([
      { url: server.url('/blog/feed.xml'), title: 'Posts' },
      { url: 'https://other.example/atom', title: 'The Blog' },
      { url: server.url('/blog/comments/feed'), title: 'Comments' },
    ]);
  });

  it('honours <base href>', async () => {
    expect(await discoverSources(server.url('/based'))).toEqual([
      { url: server.url('/elsewhere/f.json'), title: new URL(server.url('/')).host },
    ]);
  });

  it('falls back to the usual paths, keeping only real sources, once each', async () => {
    expect(await discoverSources(server.url('/plain'))).toEqual([
      { url: server.url('/rss.xml'), title: 'Hostile but fine' },
      { url: server.url('/feed.json'), title: 'Json Co' },
    ]);
  });

  it('a page that cannot be read throws a plain DiscoveryError', async () => {
    const err = await discoverSources(server.url('/status?code=410')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DiscoveryError);
    expect(err).toMatchObject({ status: 'gone', message: 'The site says this source no longer exists.' });
  });
});

describe('known sites', () => {
  it('YouTube channel, playlist and user addresses', () => {
    expect(knownSiteSources('https://www.youtube.com/channel/UCabcdefghijklmnopqrstuv')).toEqual([
      { url: 'https://www.youtube.com/feeds/videos.xml?channel_id=UCabcdefghijklmnopqrstuv', title: 'YouTube channel' },
    ]);
    expect(knownSiteSources('https://youtube.com/playlist?list=PL123')?.[0]?.url).toBe('https://www.youtube.com/feeds/videos.xml?playlist_id=PL123');
    expect(knownSiteSources('https://m.youtube.com/user/someone')?.[0]?.url).toBe('https://www.youtube.com/feeds/videos.xml?user=someone');
    // Handles need the page.
    expect(knownSiteSources('https://www.youtube.com/@someone')).toBeNull();
  });

  it('finds a channel id in a YouTube page', () => {
    expect(youTubeChannelIdIn('<meta itemprop="channelId" content="UCabcdefghijklmnopqrstuv">')).toBe('UCabcdefghijklmnopqrstuv');
    expect(youTubeChannelIdIn('var x = {"externalId":"UCabcdefghijklmnopqrstuv"}')).toBe('UCabcdefghijklmnopqrstuv');
    expect(youTubeChannelIdIn('<p>nothing</p>')).toBeNull();
  });

  it('Reddit listings get .rss', () => {
    const url = (u: string) => knownSiteSources(u)?.[0]?.url;
    expect(url('https://www.reddit.com/r/typescript/')).toBe('https://www.reddit.com/r/typescript.rss');
    expect(url('https://old.reddit.com/r/typescript/new')).toBe('https://www.reddit.com/r/typescript/new.rss');
    expect(url('https://reddit.com/search/?q=earshot%20app&sort=new')).toBe('https://www.reddit.com/search.rss?q=earshot+app&sort=new');
    expect(url('https://www.reddit.com/r/x/.rss')).toBe('https://www.reddit.com/r/x/.rss');
    expect(url('https://www.reddit.com/')).toBe('https://www.reddit.com/.rss');
    expect(knownSiteSources('https://www.reddit.com/search?q=acme')?.[0]?.title).toBe('Reddit search: acme');
    expect(knownSiteSources('https://example.com/r/x')).toBeNull();
  });

  it('bare addresses get https://', () => {
    expect(normalizePageUrl(' example.com/blog ')).toBe('https://example.com/blog');
    expect(normalizePageUrl('http://example.com')).toBe('http://example.com');
  });
});

describe('sniffing', () => {
  it('tells sources from pages', () => {
    expect(sniffSource(OK_FEED)).toBe('Hostile but fine');
    expect(sniffSource('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">A &amp; B</title></feed>')).toBe('A & B');
    expect(sniffSource('<rss><channel><title><![CDATA[Cdata <b>title</b>]]></title></channel></rss>')).toBe('Cdata <b>title</b>');
    expect(sniffSource(JSON_FEED)).toBe('Json Co');
    expect(sniffSource('<!doctype html><html><head><title>x</title></head><body><feed></feed></body></html>')).toBeNull();
    expect(sniffSource('{"version":"1"}')).toBeNull();
    expect(sniffSource('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"></urlset>')).toBeNull();
  });

  it('ignores links that are not sources', () => {
    expect(pageLinks('<link rel="alternate" type="text/html" href="/x"><link rel="icon" href="/i">', 'https://a.example/').sources).toEqual([]);
  });
});
