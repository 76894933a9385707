// Set-up from a company name: the addresses built from templates, and previews read from recorded responses.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { proposeSources } from '../../../electron/core/listen/setup-templates';
import { ROOT, WORKER_PATH } from '../../support/paths';

const FIXTURES = join(ROOT, 'tests/fixtures/templates');
const NOW = Date.parse('2026-11-22T07:00:00Z');

describe('set-up templates', () => {
  const proposal = proposeSources({
    company: 'Kestrel',
    products: ['Kestrel One', 'Kestrel One'],
    competitors: ['Voltbird & Co'],
    handles: ['@kestrel', 'kestrel.bsky.social', '@kestrel@fietsers.social', '#KestrelRides'],
    mastodonServer: 'https://Fietsers.Social/',
    appIds: ['id6444123001', 'not-an-id'],
    youtubeChannels: ['UCabc_DEF-123'],
    lemmyCommunities: ['ebikes', 'fietsen@feddit.nl'],
    alertsUrl: 'https://www.google.com/alerts/feeds/0123456789/987654321',
  });
  const byTitle = new Map(proposal.sources.map((s) => [s.title, s]));

  it('builds each address with its parts encoded', () => {
    expect(byTitle.get('News about Kestrel')?.url).toBe('https://news.google.com/rss/search?q=Kestrel&hl=en-US&gl=US&ceid=US:en');
    expect(byTitle.get('News about Kestrel One')?.url).toBe(
      'https://news.google.com/rss/search?q=%22Kestrel%20One%22&hl=en-US&gl=US&ceid=US:en',
    );
    expect(byTitle.get('News about Voltbird & Co (a competitor)')?.url).toBe(
      'https://news.google.com/rss/search?q=%22Voltbird%20%26%20Co%22&hl=en-US&gl=US&ceid=US:en',
    );
    expect(byTitle.get('Reddit posts mentioning Kestrel One')?.url).toBe('https://www.reddit.com/search.rss?q=%22Kestrel%20One%22&sort=new');
    expect(byTitle.get('Hacker News posts mentioning Kestrel')?.url).toBe('https://hnrss.org/newest?q=Kestrel');
    expect(byTitle.get('Hacker News comments mentioning Kestrel One')?.url).toBe('https://hnrss.org/newcomments?q=%22Kestrel%20One%22');
    expect(byTitle.get('Posts tagged #KestrelOne on fietsers.social')?.url).toBe('https://fietsers.social/tags/KestrelOne.rss');
    expect(byTitle.get('Posts tagged #KestrelRides on fietsers.social')?.url).toBe('https://fietsers.social/tags/KestrelRides.rss');
    expect(byTitle.get('Posts by kestrel.bsky.social on Bluesky')?.url).toBe('https://bsky.app/profile/kestrel.bsky.social/rss');
    expect(byTitle.get('Posts by @kestrel on fietsers.social')?.url).toBe('https://fietsers.social/@kestrel.rss');
    expect(byTitle.get('Videos from the YouTube channel UCabc_DEF-123')?.url).toBe(
      'https://www.youtube.com/feeds/videos.xml?channel_id=UCabc_DEF-123',
    );
    expect(byTitle.get('Lemmy community ebikes')?.url).toBe('https://lemmy.world/feeds/c/ebikes.xml');
    expect(byTitle.get('Lemmy community fietsen on feddit.nl')?.url).toBe('https://feddit.nl/feeds/c/fietsen.xml');
    expect(byTitle.get('Google Alerts for Kestrel')?.url).toBe('https://www.google.com/alerts/feeds/0123456789/987654321');
  });

  it('notes that App Store reviews come in a form not read yet, and skips ids that are not ids', () => {
    const apps = proposal.sources.filter((s) => s.template === 'app-store');
    expect(apps.map((s) => s.url)).toEqual(['https://itunes.apple.com/us/rss/customerreviews/id=6444123001/sortby=mostrecent/json']);
    expect(apps[0]!.note).toMatch(/^[A-Z].*can't read yet.*\.$/);
  });

  it('proposes each address once, every one a listening search with a plain title', () => {
    const urls = proposal.sources.map((s) => s.url);
    expect(new Set(urls).size).toBe(urls.length);
    for (const s of proposal.sources) {
      expect(s.kind).toBe('search');
      expect(s.title).not.toMatch(/feed|rss/i);
      expect(() => new URL(s.url)).not.toThrow();
    }
    expect(proposal.watchWords).toEqual([
      { word: 'Kestrel', kind: 'company', aliases: ['@kestrel', 'kestrel.bsky.social', '@kestrel@fietsers.social', '#KestrelRides'] },
      { word: 'Kestrel One', kind: 'product', aliases: [] },
      { word: 'Voltbird & Co', kind: 'competitor', aliases: [] },
    ]);
  });
});

describe('set-up previews and apply (recorded responses on a loopback server)', () => {
  let server: Server;
  let base: string;
  let dir: string;
  let core: Core;
  const seen: string[] = [];
  const recorded: Record<string, [string, string]> = {
    'news.google.com/rss/search': ['google-news.xml', 'application/xml; charset=utf-8'],
    'hnrss.org/newest': ['hnrss-newest.xml', 'application/rss+xml; charset=utf-8'],
    'www.reddit.com/search.rss': ['reddit-search.atom', 'application/atom+xml; charset=UTF-8'],
    'mastodon.social/tags/Kestrel.rss': ['mastodon-tag.rss', 'application/rss+xml; charset=utf-8'],
  };

  beforeAll(async () => {
    server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const host = url.searchParams.get('host') ?? '';
      seen.push(`${host}${url.pathname}`);
      const hit = recorded[`${host}${url.pathname}`];
      if (hit) return void res.writeHead(200, { 'content-type': hit[1] }).end(readFileSync(join(FIXTURES, hit[0])));
      if (url.pathname === '/page') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>x</title><p>Hi');
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    // Every outside address goes to the loopback server instead (the test machine has no network).
    const loopback: typeof fetch = (input, init) => {
      const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
      if (url.host === new URL(base).host) return fetch(url, init);
      const local = new URL(`${base}${url.pathname}`);
      local.search = url.search;
      local.searchParams.set('host', url.host);
      return fetch(local, init);
    };
    dir = await mkdtemp(join(tmpdir(), 'earshot-setup-'));
    core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => NOW, fetch: loopback, resourcesDir: join(ROOT, 'resources') });
  });

  afterAll(async () => {
    await core.close();
    await new Promise((r) => server.close(r));
    await rm(dir, { recursive: true, force: true });
  });

  it('previews each template with a plain status and sample titles', async () => {
    const { sources } = await core.api['setup.propose']({ company: 'Kestrel', products: ['Kestrel One'] });
    const url = (title: string) => sources.find((s) => s.title === title)!.url;
    const news = await core.api['setup.preview']({ url: url('News about Kestrel One') });
    expect(news).toMatchObject({ status: 'ok', count: 3, message: 'Found 3 conversations.' });
    expect(news.titles[0]).toBe('Kestrel One review: a commuter e-bike that shrugs off winter - Velo Weekly');
    expect(news.titles[2]).toBe('The best e-bikes of 2026, tested & ranked - Gear Lab');
    const hn = await core.api['setup.preview']({ url: url('Hacker News posts mentioning Kestrel') });
    expect(hn.titles).toEqual(['Show HN: I reverse-engineered the Kestrel e-bike battery protocol', 'Kestrel (YC W19) is hiring firmware engineers in Utrecht']);
    const reddit = await core.api['setup.preview']({ url: url('Reddit posts mentioning Kestrel One') });
    expect(reddit.titles).toEqual(['Kestrel One range at -3°C: 43% left after 20 km. Normal?', 'Kestrel One or Vanmoof for a 12 km commute?']);
    const tag = await core.api['setup.preview']({ url: url('Posts tagged #Kestrel on mastodon.social') });
    expect(tag).toMatchObject({ status: 'ok', count: 2 });
    // The query reached the server as the template encoded it.
    expect(seen).toContain('news.google.com/rss/search');
  });

  it('says plainly when a proposed address does not work', async () => {
    const missing = await core.api['setup.preview']({ url: 'https://hnrss.org/newcomments?q=Kestrel' });
    expect(missing).toMatchObject({ status: 'unreachable', titles: [], count: 0 });
    const page = await core.api['setup.preview']({ url: `${base}/page` });
    expect(page.status).toBe('not-a-feed');
    for (const m of [missing.message, page.message]) expect(m).toMatch(/^[A-Z].*\.$/);
    for (const m of [missing.message, page.message]) expect(m).not.toMatch(/feed|rss|HTTP/i);
  });

  it('adds the chosen sources and the watch words, then hears them on sync', async () => {
    const args = { company: 'Kestrel', products: ['Kestrel One'], handles: ['@kestrel'] };
    const { sources } = await core.api['setup.propose'](args);
    const chosen = sources.filter((s) => s.template === 'google-news' || s.template === 'reddit').map((s) => s.url);
    expect(await core.api['setup.apply']({ ...args, sources: chosen })).toEqual({ sources: 4, watchWords: 2 });
    expect(await core.api['setup.apply']({ ...args, sources: chosen })).toEqual({ sources: 0, watchWords: 0 });
    const added = await core.api['sources.list']({});
    expect(added.map((s) => s.title).sort()).toEqual([
      'News about Kestrel',
      'News about Kestrel One',
      'Reddit posts mentioning Kestrel',
      'Reddit posts mentioning Kestrel One',
    ]);
    expect(added.every((s) => s.kind === 'search')).toBe(true);
    expect((await core.api['watch.list']({})).map((w) => [w.word, w.kind, w.aliases])).toEqual([
      ['Kestrel', 'company', ['@kestrel']],
      ['Kestrel One', 'product', []],
    ]);
    await core.api['sync.run']({});
    const list = await core.api['conversations.list']({ limit: 100 });
    // The same recorded answer serves both searches of a site: each story is listed once.
    expect(list.total).toBe(5);
    const review = list.items.find((c) => c.title.startsWith('Kestrel One review'))!;
    expect(review.matches?.map((m) => [m.word, m.field])).toEqual([['Kestrel One', 'title'], ['Kestrel One', 'excerpt']]);
    await expect(core.api['setup.propose']({ company: '  ' })).rejects.toThrow(/company’s name/);
  });
});
