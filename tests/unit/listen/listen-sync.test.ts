// The listen step inside sync: tone, matches, relevance, duplicates across sources, muting, re-listening.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../../electron/core';
import { ROOT, WORKER_PATH } from '../../support/paths';

const NOW = Date.parse('2026-11-22T07:00:00Z');
const RECALL =
  'Kestrel is recalling about 1,200 battery chargers sold in the Netherlands after reports that the charging plug can ' +
  'overheat. Owners are asked to stop using the charger and request a free replacement from their dealer.';

interface Item {
  guid: string;
  title: string;
  body: string;
  comments?: number;
}

function rss(title: string, items: Item[]): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:slash="http://purl.org/rss/1.0/modules/slash/"><channel><title>${title}</title>
<link>https://${title.replace(/\W/g, '').toLowerCase()}.example/</link>
${items.map((i, n) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>https://${title.replace(/\W/g, '').toLowerCase()}.example/${i.guid}</link>
<pubDate>Sat, 21 Nov 2026 0${n}:00:00 +0000</pubDate><description>${i.body}</description>${i.comments !== undefined ? `<slash:comments>${i.comments}</slash:comments>` : ''}</item>`).join('')}
</channel></rss>`;
}

const FEEDS: Record<string, string> = {
  '/news.xml': rss('Bike News', [
    { guid: 'n1', title: 'Kestrel recalls 1,200 battery chargers', body: RECALL, comments: 14 },
    { guid: 'n2', title: 'City adds ten kilometres of bike lanes', body: 'The council approved new protected lanes along the canal, to be finished by spring.' },
  ]),
  '/splog.xml': rss('Splog', [
    // A scraper copy: the same text, nothing added.
    { guid: 's1', title: 'E-bike maker recalls chargers', body: RECALL },
    { guid: 's2', title: 'Ten best locks', body: 'Our picks for the best bicycle locks this winter, tested in the rain and the cold by our team.' },
  ]),
  '/blog.xml': rss('Cycling blog', [
    { guid: 'b1', title: 'My winter commute on the Kestrel One', body: 'Cold mornings, good lights, and a battery that still lasts the week. I love it.' },
    { guid: 'b2', title: 'Fixing a squeaky chain', body: 'A drop of oil and a rag. That is all it takes, most days, to stop the noise.' },
    { guid: 'b3', title: 'Apple pie after a long ride', body: 'Nothing beats apple pie after sixty kilometres in the wind.' },
  ]),
};

let server: Server;
let base: string;
let dir: string;
let core: Core;

beforeEach(async () => {
  server = createServer((req, res) => {
    const body = FEEDS[req.url ?? ''];
    if (body) return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'earshot-listen-'));
  core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => NOW, resourcesDir: join(ROOT, 'resources') });
});

afterEach(async () => {
  await core.close();
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

async function titles(args: Parameters<Core['api']['conversations.list']>[0] = {}): Promise<string[]> {
  return (await core.api['conversations.list']({ limit: 100, ...args })).items.map((c) => c.title).sort();
}

describe('the listen step in sync', () => {
  it('stores tone, tone words and matched ranges, and shows them on each conversation', async () => {
    await core.api['watch.add']({ word: 'Kestrel One', kind: 'product' });
    await core.api['sources.add']({ url: `${base}/blog.xml`, kind: 'search' });
    await core.api['sync.run']({});
    const list = (await core.api['conversations.list']({})).items;
    const winter = list.find((c) => c.title.startsWith('My winter commute'))!;
    expect(winter.matches).toEqual([{ word: 'Kestrel One', field: 'title', ranges: [[25, 36]] }]);
    expect(winter.title.slice(25, 36)).toBe('Kestrel One');
    expect(winter.tone).toBe('pleased');
    expect(winter.toneWords!.length).toBeGreaterThan(0);
    expect(list.find((c) => c.title.startsWith('Fixing'))!.matches).toEqual([]);
    expect((await core.api['conversations.get']({ id: winter.id }))?.tone).toBe('pleased');
  });

  it('counts everything from a listening search, and only watch-word matches from a general source', async () => {
    await core.api['watch.add']({ word: 'Kestrel', kind: 'company', exclusions: ['kestrel falcon'] });
    await core.api['watch.add']({ word: 'Apple', exclusions: ['apple pie'] });
    await core.api['sources.add']({ url: `${base}/blog.xml` }); // general
    await core.api['sources.add']({ url: `${base}/news.xml`, kind: 'search' });
    await core.api['sync.run']({});
    expect(await titles()).toEqual([
      'City adds ten kilometres of bike lanes',
      'Kestrel recalls 1,200 battery chargers',
      'My winter commute on the Kestrel One',
    ]);
  });

  it('leaves out of a listening search what names the company only where an exclusion says it means something else', async () => {
    await core.api['sources.add']({ url: `${base}/news.xml`, kind: 'search' });
    await core.api['sync.run']({});
    expect(await titles()).toHaveLength(2);
    const day = (b: { trend: Array<{ day: string; total: number }> }) => b.trend.find((d) => d.day === '2026-11-21')?.total;
    expect(day(await core.api['brief.today']({}))).toBe(2);
    const w = await core.api['watch.add']({ word: 'Kestrel', kind: 'company', exclusions: ['chargers'] });
    expect(await titles()).toEqual(['City adds ten kilometres of bike lanes']);
    // Today's brief is made again to match.
    await core.idle();
    expect(day(await core.api['brief.today']({}))).toBe(1);
    await core.api['watch.update']({ id: w.id, exclusions: [] });
    expect(await titles()).toHaveLength(2);
  });

  it('re-listens to stored conversations when watch words change', async () => {
    await core.api['sources.add']({ url: `${base}/blog.xml` });
    await core.api['sync.run']({});
    // With no watch words at all, a general source has nothing to be filtered by: everything shows.
    expect(await titles()).toHaveLength(3);
    const w = await core.api['watch.add']({ word: 'chain' });
    expect(await titles()).toEqual(['Fixing a squeaky chain']);
    const fixing = (await core.api['conversations.list']({})).items[0]!;
    expect(fixing.matches).toEqual([{ word: 'chain', field: 'title', ranges: [[17, 22]] }]);
    await core.api['watch.update']({ id: w.id, aliases: ['pie'] });
    expect(await titles()).toEqual(['Apple pie after a long ride', 'Fixing a squeaky chain']);
    expect((await core.api['watch.remove']({ id: w.id })).removed).toBe(true);
    expect(await titles()).toHaveLength(3);
  });

  it('shows a story heard in several sources once, with its other places; a scraper copy is filtered', async () => {
    const news = await core.api['sources.add']({ url: `${base}/news.xml`, kind: 'search' });
    await core.api['sync.run']({});
    const splog = await core.api['sources.add']({ url: `${base}/splog.xml`, kind: 'search' });
    await core.api['sync.run']({});
    expect(await titles()).toEqual([
      'City adds ten kilometres of bike lanes',
      'Kestrel recalls 1,200 battery chargers',
      'Ten best locks',
    ]);
    const all = await core.api['conversations.list']({ sourceId: splog.id });
    expect(all.items.map((c) => c.title)).toEqual(['Ten best locks']);
    expect(all.notListed).toEqual({ muted: 0, elsewhere: 0, repeats: 1, replies: 0 });
    const original = (await core.api['conversations.list']({ sourceId: news.id })).items.find((c) => c.title.startsWith('Kestrel'))!;
    const places = await core.api['conversations.places']({ id: original.id });
    expect(places.map((p) => [p.sourceTitle, p.title])).toEqual([['Splog', 'E-bike maker recalls chargers']]);
    const copyPlaces = await core.api['conversations.places']({ id: places[0]!.id });
    expect(copyPlaces.map((p) => p.id)).toEqual([original.id]);
    const [signals] = await core.api['listen.signals']({ ids: [original.id] });
    expect(signals).toEqual({ id: original.id, replies: 14, widelyRead: false, otherPlaces: 1, novelty: 0.5 });
    // Syncing again does not turn the original into a copy of its copy.
    await core.api['sync.run']({});
    expect(await core.api['conversations.places']({ id: original.id })).toHaveLength(1);
  });

  it('mutes a word or a source, and unmutes them', async () => {
    const blog = await core.api['sources.add']({ url: `${base}/blog.xml`, kind: 'search' });
    const news = await core.api['sources.add']({ url: `${base}/news.xml`, kind: 'search' });
    await core.api['sync.run']({});
    expect(await titles()).toHaveLength(5);
    expect(await core.api['listen.mute']({ word: 'Apple Pie' })).toEqual({ words: ['Apple Pie'], sourceIds: [] });
    expect(await titles()).not.toContain('Apple pie after a long ride');
    expect(await titles()).toHaveLength(4);
    await core.api['listen.mute']({ sourceId: news.id });
    expect(await titles()).toEqual(['Fixing a squeaky chain', 'My winter commute on the Kestrel One']);
    expect(await core.api['listen.muted']({})).toEqual({ words: ['Apple Pie'], sourceIds: [news.id] });
    // The list says what it left out, each once under its first reason.
    expect((await core.api['conversations.list']({})).notListed).toEqual({ muted: 2, elsewhere: 1, repeats: 0, replies: 0 });
    expect((await core.api['conversations.list']({ sourceId: blog.id })).notListed).toEqual({ muted: 0, elsewhere: 1, repeats: 0, replies: 0 });
    // And shows them on asking, each with why.
    const left = (await core.api['conversations.list']({ notListed: true })).items;
    expect(left.map((c) => c.notListedBecause).sort()).toEqual(['elsewhere', 'muted', 'muted']);
    expect(left.find((c) => c.notListedBecause === 'elsewhere')?.title).toBe('Apple pie after a long ride');
    expect((await core.api['conversations.list']({})).items.every((c) => c.notListedBecause === undefined)).toBe(true);
    await core.api['listen.unmute']({ word: 'apple pie' });
    await core.api['listen.unmute']({ sourceId: news.id });
    expect(await titles()).toHaveLength(5);
    expect(blog.id).toBeTruthy();
    await expect(core.api['listen.mute']({})).rejects.toThrow(/Say which word or source/);
  });

  it('marks a source as widely read', async () => {
    const news = await core.api['sources.add']({ url: `${base}/news.xml`, kind: 'search' });
    await core.api['sync.run']({});
    await core.api['listen.widelyRead']({ sourceId: news.id, widelyRead: true });
    const ids = (await core.api['conversations.list']({})).items.map((c) => c.id);
    const signals = await core.api['listen.signals']({ ids });
    expect(signals.map((s) => s.widelyRead)).toEqual([true, true]);
    await expect(core.api['listen.widelyRead']({ sourceId: 'nope', widelyRead: true })).rejects.toThrow(/no longer in Earshot/);
  });
});

describe('watch words through the Api', () => {
  it('adds, merges, updates and removes, with plain errors', async () => {
    const a = await core.api['watch.add']({ word: '  Kestrel ', kind: 'company', aliases: ['@kestrel'] });
    expect(a).toMatchObject({ word: 'Kestrel', kind: 'company', aliases: ['@kestrel'], exclusions: [] });
    const again = await core.api['watch.add']({ word: 'kestrel', exclusions: ['kestrel falcon'] });
    expect(again).toMatchObject({ id: a.id, word: 'Kestrel', kind: 'company', exclusions: ['kestrel falcon'] });
    const united = await core.api['watch.add']({ word: '@united' });
    expect((await core.api['watch.list']({})).map((w) => w.word)).toEqual(['Kestrel', '@united']);
    expect(await core.api['watch.update']({ id: united.id, kind: 'competitor' })).toMatchObject({ kind: 'competitor' });
    await expect(core.api['watch.add']({ word: '   ' })).rejects.toThrow(/Please give the name/);
    await expect(core.api['watch.update']({ id: 'nope' })).rejects.toThrow(/no longer in Earshot/);
    expect(await core.api['watch.remove']({ id: 'nope' })).toEqual({ removed: false });
  });
});
