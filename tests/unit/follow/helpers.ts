// A small world for follow-up tests: an engine on a temporary folder, and a loopback forum whose posts it syncs.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCore, type Core } from '../../../electron/core';
import { ROOT, WORKER_PATH } from '../../support/paths';

export interface Post {
  guid: string;
  title: string;
  body?: string;
  author?: string;
  /** RFC 822 date; defaults to 21 November 2026. */
  date?: string;
  /** Path after the forum's /t/ (defaults to the guid). */
  path?: string;
}

function escapeXml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function rss(posts: Post[]): string {
  const items = posts
    .map(
      (p) => `<item><guid>${p.guid}</guid><title>${escapeXml(p.title)}</title><link>https://forum.example/t/${p.path ?? p.guid}</link>
<dc:creator>${escapeXml(p.author ?? 'rider42')}</dc:creator>
<pubDate>${p.date ?? 'Sat, 21 Nov 2026 09:00:00 +0000'}</pubDate><description>${escapeXml(p.body ?? 'Said something.')}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Cycling forum</title>
<link>https://forum.example/</link>${items}</channel></rss>`;
}

export interface World {
  dir: string;
  core: Core;
  now: { value: number };
  posts: Post[];
  feedUrl: string;
  /** Adds the forum as a source (once) and syncs it; returns conversation ids by guid. */
  sync(): Promise<Record<string, string>>;
  reopen(): Promise<Core>;
  close(): Promise<void>;
}

export async function makeWorld(start: number, posts: Post[]): Promise<World> {
  const state = { posts };
  const server: Server = createServer((req, res) => {
    if (req.url === '/forum.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(state.posts));
    res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/forum.xml`;
  const dir = await mkdtemp(join(tmpdir(), 'earshot-follow-'));
  const now = { value: start };
  const open = () => createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => now.value, resourcesDir: join(ROOT, 'resources') });
  const world: World = {
    dir,
    core: await open(),
    now,
    get posts() {
      return state.posts;
    },
    set posts(value: Post[]) {
      state.posts = value;
    },
    feedUrl,
    async sync() {
      const source = await world.core.api['sources.add']({ url: feedUrl, kind: 'search' });
      await world.core.api['sync.run']({ sourceIds: [source.id] });
      const page = await world.core.api['conversations.list']({ limit: 200 });
      const ids: Record<string, string> = {};
      for (const item of page.items) {
        const post = state.posts.find((p) => item.link === `https://forum.example/t/${p.path ?? p.guid}`);
        if (post) ids[post.guid] = item.id;
      }
      return ids;
    },
    async reopen() {
      await world.core.close();
      world.core = await open();
      return world.core;
    },
    async close() {
      await world.core.close();
      await new Promise((r) => server.close(r));
      await rm(dir, { recursive: true, force: true });
    },
  };
  return world;
}
