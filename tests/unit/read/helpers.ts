// A core on a temporary folder with a loopback server that serves whatever a test puts in `routes`.
import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { createCore, type Core } from '../../../electron/core';
import { ConversationsTable } from '../../../electron/core/store/conversations-table';
import type { EngineContext } from '../../../electron/core/context';
import { openStore } from '../../../electron/core/store';
import { silentLog } from '../../../electron/core/log';
import { ROOT, WORKER_PATH } from '../../support/paths';

export const NOW = Date.parse('2026-11-22T07:00:00Z');

export interface Route {
  status?: number;
  type?: string;
  body: string | Uint8Array;
}

export interface Served {
  base: string;
  routes: Map<string, Route>;
  hits: Map<string, number>;
  close(): Promise<void>;
}

export async function serve(): Promise<Served> {
  const routes = new Map<string, Route>();
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const route = routes.get(path);
    if (!route) return void res.writeHead(404).end('not here');
    res.writeHead(route.status ?? 200, { 'content-type': route.type ?? 'text/html; charset=utf-8' }).end(route.body);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    routes,
    hits,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** A file that starts like a PNG, `size` bytes long. */
export function png(size: number, fill = 7): Uint8Array {
  const b = new Uint8Array(size).fill(fill);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return b;
}

export async function tempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'earshot-read-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export async function startCore(dir: string, clock: () => number = () => NOW, fetch?: typeof globalThis.fetch): Promise<Core> {
  return createCore({ dataDir: dir, workerPath: WORKER_PATH, clock, resourcesDir: join(ROOT, 'resources'), ...(fetch ? { fetch } : {}) });
}

/** An engine context over a bare store, for the read area's functions (no sync, no Api). */
export async function bareContext(dir: string, clock: () => number = () => NOW): Promise<EngineContext & { close(): Promise<void> }> {
  const store = await openStore({ dataDir: dir, clock, log: silentLog, workerPath: WORKER_PATH });
  const conversations = new ConversationsTable(store);
  const ctx = {
    store,
    conversations,
    clock,
    log: silentLog,
    fetch: globalThis.fetch,
    userAgent: 'Earshot tests',
    dataDir: dir,
    resourcesDir: join(ROOT, 'resources'),
    emit() {},
    changed() {},
    close: () => store.close(),
  };
  // The read area never touches sources, settings or sync objects; tests that need them use startCore.
  return ctx as unknown as EngineContext & { close(): Promise<void> };
}

/** Inserts one conversation directly (for tests that do not need a sync). */
export async function insertConversation(
  ctx: EngineContext,
  c: { id: string; sourceId?: string; title: string; excerpt?: string; html?: string; link?: string | null; publishedAt?: number; tone?: string | null; commentsUrl?: string | null; asks?: boolean },
): Promise<void> {
  await ctx.store.write([
    {
      sql: `INSERT INTO conversations (id, source_id, guid, link, title, published_at, fetched_at, excerpt, content, comments_url, tone, asks)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      params: [c.id, c.sourceId ?? 'src', c.id, c.link ?? null, c.title, c.publishedAt ?? NOW, NOW, c.excerpt ?? '',
        c.html ? deflateRawSync(Buffer.from(c.html)) : null, c.commentsUrl ?? null, c.tone ?? null, c.asks ? 1 : 0],
    },
    {
      sql: `INSERT INTO conversations_fts (docid, title, body) VALUES ((SELECT rowid FROM conversations WHERE id = ?), ?, ?)`,
      params: [c.id, c.title, c.excerpt ?? ''],
    },
  ]);
}
