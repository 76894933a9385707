import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCore, type Core } from '../../electron/core';
import type { SyncProgress } from '../../shared/model';
import { ROOT, WORKER_PATH } from '../support/paths';

const NOW = Date.parse('2026-11-22T07:00:00Z');

function rss(items: Array<{ guid: string; title: string; body?: string }>): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Cycling forum</title><link>https://forum.example/</link>
${items.map((i) => `<item><guid>${i.guid}</guid><title>${i.title}</title><link>https://forum.example/t/${i.guid}</link>
<pubDate>Sat, 21 Nov 2026 09:00:00 +0000</pubDate><description>${i.body ?? 'Said something.'}</description></item>`).join('')}
</channel></rss>`;
}

let server: Server;
let base: string;
let dir: string;
let core: Core;
let now = NOW;
let forum = rss([{ guid: 'a', title: 'Battery range in the cold' }, { guid: 'b', title: 'Love the ride' }]);
const hits: Record<string, number> = {};

beforeEach(async () => {
  now = NOW;
  forum = rss([{ guid: 'a', title: 'Battery range in the cold' }, { guid: 'b', title: 'Love the ride' }, { guid: 'a', title: 'Battery range in the cold' }]);
  server = createServer((req, res) => {
    hits[req.url ?? ''] = (hits[req.url ?? ''] ?? 0) + 1;
    if (req.url === '/forum.xml') {
      const etag = `"${forum.length}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
      return void res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(forum);
    }
    if (req.url === '/page') return void res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><html><head><title>Hi</title></head><body><p>Welcome</p></body></html>');
    if (req.url === '/gone') return void res.writeHead(410).end();
    res.writeHead(404).end('not here');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  dir = await mkdtemp(join(tmpdir(), 'earshot-sync-'));
  core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => now, resourcesDir: join(ROOT, 'resources') });
});

afterEach(async () => {
  await core.close();
  await new Promise((r) => server.close(r));
  await rm(dir, { recursive: true, force: true });
});

describe('sync', () => {
  it('stores what works and records what does not, in plain words, without one source stopping the others', async () => {
    const ok = await core.api['sources.add']({ url: `${base}/forum.xml`, kind: 'search' });
    const missing = await core.api['sources.add']({ url: `${base}/missing.xml` });
    const page = await core.api['sources.add']({ url: `${base}/page` });
    const gone = await core.api['sources.add']({ url: `${base}/gone` });
    const progress: SyncProgress[] = [];
    core.on('sync.progress', (p) => progress.push(p));

    const summary = await core.api['sync.run']({});
    expect(summary.added).toBe(2); // the duplicate guid is stored once
    expect(summary.failed).toBe(3);
    expect(progress.at(-1)).toMatchObject({ running: false, done: 4, total: 4 });
    expect(progress.filter((p) => p.current).length).toBe(4);

    const byId = new Map((await core.api['sources.list']({})).map((s) => [s.id, s]));
    expect(byId.get(ok.id)).toMatchObject({ status: 'ok', title: 'Cycling forum', siteUrl: 'https://forum.example/', conversationCount: 2 });
    expect(byId.get(missing.id)?.status).toBe('unreachable');
    expect(byId.get(page.id)?.status).toBe('not-a-feed');
    expect(byId.get(gone.id)?.status).toBe('gone');
    for (const s of byId.values()) {
      if (s.status !== 'ok') {
        expect(s.statusMessage).toMatch(/^[A-Z].*\.$/);
        expect(s.statusMessage).not.toMatch(/feed|rss|ECONN|HTTP/i);
        expect(s.nextAttemptAt).toBeGreaterThan(NOW);
      }
    }

    const list = await core.api['conversations.list']({});
    expect(list.items.map((c) => c.title).sort()).toEqual(['Battery range in the cold', 'Love the ride']);
    const one = await core.api['conversations.get']({ id: list.items[0]!.id });
    expect(one?.contentHtml).toContain('Said something.');
    expect((await core.api['app.info']({})).lastSyncedAt).toBe(NOW);
  });

  it('asks only for what changed, backs off failing sources, and retries them when asked by name', async () => {
    const ok = await core.api['sources.add']({ url: `${base}/forum.xml` });
    const missing = await core.api['sources.add']({ url: `${base}/missing.xml` });
    await core.api['sync.run']({});
    now += 60_000;
    const again = await core.api['sync.run']({});
    expect(again.sources.map((s) => s.sourceId)).toEqual([ok.id]); // the failing one waits
    expect(again.sources[0]!.notModified).toBe(true);

    forum = rss([{ guid: 'a', title: 'Battery range in the cold', body: 'Edited: it got better.' }, { guid: 'c', title: 'When will the app be fixed?' }]);
    const changed = await core.api['sync.run']({});
    expect(changed).toMatchObject({ added: 1, updated: 1 });
    const retry = await core.api['sync.run']({ sourceIds: [missing.id] });
    expect(retry.sources.map((s) => s.sourceId)).toEqual([missing.id]);
    expect((await core.api['sources.list']({})).find((s) => s.id === missing.id)?.consecutiveFailures).toBe(2);
  });

  it('finds conversations by words and pages through them', async () => {
    forum = rss(Array.from({ length: 30 }, (_, i) => ({ guid: `g${i}`, title: i % 2 ? `Battery story ${i}` : `Delivery story ${i}` })));
    await core.api['sources.add']({ url: `${base}/forum.xml` });
    await core.api['sync.run']({});
    const found = await core.api['conversations.list']({ query: 'batt' });
    expect(found.total).toBe(15);
    const first = await core.api['conversations.list']({ limit: 20 });
    expect(first.items).toHaveLength(20);
    const second = await core.api['conversations.list']({ limit: 20, before: first.nextCursor! });
    expect(second.items).toHaveLength(10);
    expect(second.nextCursor).toBeNull();
    expect(new Set([...first.items, ...second.items].map((c) => c.id)).size).toBe(30);
  });

  it('removes a source with its conversations, and refuses bad settings in plain words', async () => {
    const s = await core.api['sources.add']({ url: `${base}/forum.xml` });
    await core.api['sync.run']({});
    expect(await core.api['sources.remove']({ id: s.id })).toEqual({ removed: true });
    expect((await core.api['conversations.list']({})).total).toBe(0);
    await expect(core.api['settings.set']({ retentionDays: 1 })).rejects.toThrow('“retentionDays” should be between 7 and 3650.');
    expect((await core.api['settings.set']({ retentionDays: 30 })).retentionDays).toBe(30);
  });

  it('reads a source added while a sync runs right after it, rather than joining a run that did not choose it', async () => {
    const first = await core.api['sources.add']({ url: `${base}/forum.xml`, kind: 'search' });
    const running = core.api['sync.run']({});
    const gone = await core.api['sources.add']({ url: `${base}/gone` });
    const named = await core.api['sync.run']({ sourceIds: [gone.id] });
    expect(named.sources.map((r) => r.sourceId)).toEqual([gone.id]);
    expect(named.sources[0]!.status).toBe('gone');
    expect((await running).sources.map((r) => r.sourceId)).toEqual([first.id]);
  });

  it('adds the same address once', async () => {
    const a = await core.api['sources.add']({ url: `${base}/forum.xml` });
    const b = await core.api['sources.add']({ url: `${base}/forum.xml#top` });
    expect(b.id).toBe(a.id);
    expect(await core.api['sources.list']({})).toHaveLength(1);
  });
});
