import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EngineContext } from '../../../electron/core/context';
import { captureOne } from '../../../electron/core/read/full-text';
import { cacheImagesFor, inlineImages, sniffImage } from '../../../electron/core/read/images';
import { networkState, noteFetch } from '../../../electron/core/read/network';
import { readThread } from '../../../electron/core/read/thread-view';
import { ROOT } from '../../support/paths';
import { NOW, bareContext, insertConversation, png, serve, tempDir, type Served } from './helpers';

let ctx: EngineContext & { close(): Promise<void> };
let server: Served;
let remove: () => Promise<void>;
let dir: string;
let now = NOW;

beforeEach(async () => {
  now = NOW;
  const t = await tempDir();
  dir = t.dir;
  remove = t.remove;
  ctx = await bareContext(dir, () => now);
  server = await serve();
});

afterEach(async () => {
  await ctx.close();
  await server.close();
  await remove();
});

const article = readFileSync(join(ROOT, 'tests/fixtures/pages/blog-post.html'), 'utf8');

describe('full text for offline reading', () => {
  it('fetches the page of a summary-only conversation, keeps the article and its pictures, and serves them offline', async () => {
    const page = article.replace('https://spokeandchain.example/wp-content/uploads/2026/11/kestrel-hill.jpg', `${server.base}/hill.png`);
    server.routes.set('/post', { body: page });
    server.routes.set('/hill.png', { type: 'image/png', body: png(3000) });
    await insertConversation(ctx, { id: 'c1', title: 'Six weeks with the Kestrel One', html: '<p>I waited seven weeks…</p>', link: `${server.base}/post` });

    expect((await readThread(ctx, 'c1', false))?.summaryOnly).toBe(true);
    const result = await captureOne(ctx, 'c1');
    expect(result).toEqual({ kept: true, message: 'The whole article is kept for reading offline.' });
    expect(readdirSync(join(dir, 'images'))).toHaveLength(1);

    // The network goes away: everything comes from the store and the picture folder.
    await server.close();
    server = await serve();
    const thread = await readThread(ctx, 'c1', false);
    expect(thread?.fullText).toBe(true);
    expect(thread?.summaryOnly).toBe(false);
    expect(thread?.conversation.contentHtml).toContain('Support answered my e-mail in a day');
    expect(thread?.conversation.contentHtml).toContain(`src="data:image/png;base64,${Buffer.from(png(3000)).toString('base64')}"`);
    expect(thread?.conversation.contentHtml).not.toContain('Post Comment');
    // Asked again: nothing is fetched twice.
    expect((await captureOne(ctx, 'c1')).kept).toBe(true);
    expect(server.hits.size).toBe(0);
  });

  it('leaves conversations alone when the source already gave the whole text', async () => {
    const long = `<p>${'The ride is quiet and the motor is smooth. '.repeat(40)}</p>`;
    server.routes.set('/full', { body: article });
    await insertConversation(ctx, { id: 'c2', title: 'Long', html: long, link: `${server.base}/full` });
    expect((await captureOne(ctx, 'c2')).kept).toBe(false);
    expect(server.hits.get('/full')).toBeUndefined();
  });

  it('says so in plain words when the page cannot be read, and keeps nothing', async () => {
    server.routes.set('/broken', { status: 500, body: 'oops' });
    await insertConversation(ctx, { id: 'c3', title: 'Broken', html: '<p>short</p>', link: `${server.base}/broken` });
    expect(await captureOne(ctx, 'c3')).toEqual({ kept: false, message: "The article's page couldn't be read just now. What is here stays readable offline." });
    expect((await readThread(ctx, 'c3', false))?.fullText).toBe(false);
    expect((await captureOne(ctx, 'missing')).message).toBe('That conversation is no longer kept.');
  });
});

describe('picture cache', () => {
  const html = (names: string[]) => names.map((n) => `<img src="${server.base}/${n}">`).join('');

  it('refuses pictures over the per-picture limit and things that are not pictures', async () => {
    server.routes.set('/big.png', { type: 'image/png', body: png(5000) });
    server.routes.set('/fake.png', { type: 'image/png', body: '<svg onload="alert(1)"></svg>' });
    server.routes.set('/ok.png', { type: 'image/png', body: png(1000) });
    const added = await cacheImagesFor(ctx, 'c', html(['big.png', 'fake.png', 'ok.png', 'missing.png']), { perImage: 4000, total: 100_000 });
    expect(added).toBe(1);
    const rows = await ctx.store.all<{ url: string; bytes: number }>(`SELECT url, bytes FROM images`);
    expect(rows).toEqual([{ url: `${server.base}/ok.png`, bytes: 1000 }]);
  });

  it('keeps the total under the limit by removing the oldest pictures first, files included', async () => {
    for (const n of ['a', 'b', 'c', 'd']) server.routes.set(`/${n}.png`, { type: 'image/png', body: png(1000) });
    for (const n of ['a', 'b', 'c', 'd']) {
      now += 1000;
      await cacheImagesFor(ctx, `conv-${n}`, html([`${n}.png`]), { perImage: 2000, total: 2500 });
    }
    const rows = await ctx.store.all<{ url: string; path: string }>(`SELECT url, path FROM images ORDER BY url`);
    expect(rows.map((r) => r.url)).toEqual([`${server.base}/c.png`, `${server.base}/d.png`]);
    expect(readdirSync(join(dir, 'images')).sort()).toEqual(rows.map((r) => r.path.replace('images/', '')).sort());
    // Evicted pictures keep their web address in the reader; kept ones are inlined.
    const shown = await inlineImages(ctx, html(['a.png', 'd.png']));
    expect(shown).toContain(`src="${server.base}/a.png"`);
    expect(shown).toContain('src="data:image/png;base64,');
  });

  it('keeps nothing when the limit is zero and does not fetch a picture it already has', async () => {
    server.routes.set('/a.png', { type: 'image/png', body: png(100) });
    expect(await cacheImagesFor(ctx, 'c', html(['a.png']), { total: 0 })).toBe(0);
    expect(existsSync(join(dir, 'images'))).toBe(false);
    expect(await cacheImagesFor(ctx, 'c', html(['a.png']))).toBe(1);
    expect(await cacheImagesFor(ctx, 'c', html(['a.png']))).toBe(0);
    expect(server.hits.get('/a.png')).toBe(1);
  });

  it('knows pictures by their first bytes', () => {
    expect(sniffImage(png(20))).toBe('image/png');
    expect(sniffImage(Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0]))).toBe('image/jpeg');
    expect(sniffImage(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
  });
});

describe('network state', () => {
  it('turns offline when a fetch meets no network and back when something answers', async () => {
    expect(await networkState(ctx)).toEqual({ online: true, since: null });
    now = NOW + 60_000;
    noteFetch(ctx, 'offline');
    now = NOW + 120_000;
    noteFetch(ctx, 'offline');
    expect(await networkState(ctx)).toEqual({ online: false, since: NOW + 60_000 });
    noteFetch(ctx, 'ok');
    expect(await networkState(ctx)).toEqual({ online: true, since: null });
  });

  it('learns it from a sync in which every source met no network', async () => {
    await ctx.store.write([
      { sql: `INSERT INTO sources (id, url, title, status, last_synced_at, last_ok_at, added_at) VALUES ('a', 'https://a.example/', 'A', 'offline', ?, ?, 0)`, params: [NOW, NOW - 3_600_000] },
      { sql: `INSERT INTO sources (id, url, title, status, last_synced_at, last_ok_at, added_at) VALUES ('b', 'https://b.example/', 'B', 'offline', ?, ?, 0)`, params: [NOW, NOW - 3_600_000] },
    ]);
    expect(await networkState(ctx)).toEqual({ online: false, since: NOW });
    await ctx.store.write([{ sql: `UPDATE sources SET status = 'ok', last_synced_at = ?, last_ok_at = ? WHERE id = 'b'`, params: [NOW + 1, NOW + 1] }]);
    expect((await networkState(ctx)).online).toBe(true);
  });
});
