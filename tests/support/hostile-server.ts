// A loopback HTTP server whose routes misbehave on purpose: slow drips, endless bodies, gzip bombs, redirect
// loops, resets. Shared by the fetch tests, sync tests and the benchmark; it never leaves 127.0.0.1.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { gzipSync } from 'node:zlib';

export type Handler = (req: IncomingMessage, res: ServerResponse, url: URL) => void | Promise<void>;

export interface HostileServer {
  /** Absolute address of a path on this server, e.g. url('/ok'). */
  url(path: string): string;
  /** Every request seen, in order: path (with query) and headers. */
  requests: Array<{ path: string; headers: IncomingMessage['headers'] }>;
  /** Adds or replaces a route (exact pathname). */
  route(pathname: string, handler: Handler): void;
  close(): Promise<void>;
}

export const OK_ETAG = '"v1-hostile"';
export const OK_LAST_MODIFIED = 'Sat, 21 Nov 2026 08:00:00 GMT';
export const OK_FEED = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Hostile but fine</title><link>http://127.0.0.1/</link>
<item><guid>1</guid><title>Hello</title><link>http://127.0.0.1/1</link><pubDate>Sat, 21 Nov 2026 08:00:00 GMT</pubDate></item>
</channel></rss>
`;
export const HTML_PAGE = `<!doctype html><html><head><title>Just a page</title></head><body><p>Not a source.</p></body></html>`;

/** Decompressed size of /gzip-bomb: 1 GiB of zeros, sent as 1024 identical gzip members of 1 MiB each (~1 MB on the wire). */
export const BOMB_BYTES = 1024 * 1024 * 1024;
let bombMember: Buffer | null = null;
function bombPart(): Buffer {
  bombMember ??= gzipSync(Buffer.alloc(1024 * 1024), { level: 9 });
  return bombMember;
}

/** Writes chunks until the client goes away (or `count` runs out), honouring backpressure. */
async function pump(res: ServerResponse, chunk: () => Buffer, count = Infinity, delayMs = 0): Promise<void> {
  let closed = false;
  res.on('close', () => (closed = true));
  for (let i = 0; i < count && !closed; i++) {
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    if (closed) break;
    if (!res.write(chunk())) {
      await new Promise<void>((resolve) => {
        const done = (): void => {
          res.off('drain', done);
          res.off('close', done);
          resolve();
        };
        res.on('drain', done);
        res.on('close', done);
      });
    }
  }
  if (!closed) res.end();
}

function redirect(res: ServerResponse, status: number, location: string): void {
  res.writeHead(status, { location, 'content-type': 'text/plain' });
  res.end(`see ${location}`);
}

function okFeed(req: IncomingMessage, res: ServerResponse): void {
  if (req.headers['if-none-match'] === OK_ETAG || req.headers['if-modified-since'] === OK_LAST_MODIFIED) {
    res.writeHead(304, { etag: OK_ETAG, 'last-modified': OK_LAST_MODIFIED });
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag: OK_ETAG, 'last-modified': OK_LAST_MODIFIED });
  res.end(OK_FEED);
}

function builtinRoutes(): Map<string, Handler> {
  const routes = new Map<string, Handler>();
  routes.set('/ok', okFeed);
  routes.set('/html', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(HTML_PAGE);
  });
  routes.set('/gzip-ok', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    res.end(gzipSync(OK_FEED));
  });
  routes.set('/gzip-corrupt', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    // A real gzip body whose checksum is wrong: the data was damaged on the way.
    const body = gzipSync(OK_FEED);
    body[body.length - 5]! ^= 0xff;
    res.end(body);
  });
  // A byte every 200 ms, forever: only a total deadline that covers the body ends it.
  routes.set('/slow-drip', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    void pump(res, () => Buffer.from(' '), Infinity, 200);
  });
  // Accepts the request and never answers.
  routes.set('/no-answer', () => {});
  routes.set('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    const block = Buffer.alloc(64 * 1024, 0x20);
    void pump(res, () => block);
  });
  routes.set('/big-declared', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(50 * 1024 * 1024) });
    void pump(res, () => Buffer.alloc(64 * 1024, 0x20), 800);
  });
  routes.set('/gzip-bomb', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
    void pump(res, bombPart, BOMB_BYTES / (1024 * 1024));
  });
  routes.set('/loop/a', (_req, res) => redirect(res, 302, '/loop/b'));
  routes.set('/loop/b', (_req, res) => redirect(res, 302, '/loop/a'));
  // /hops?n=6 redirects n times (302) before landing on /ok; /moved?n=3 does the same with 301s.
  routes.set('/hops', (_req, res, url) => {
    const n = Number(url.searchParams.get('n') ?? 0);
    redirect(res, 302, n > 1 ? `/hops?n=${n - 1}` : '/ok');
  });
  routes.set('/moved', (_req, res, url) => {
    const n = Number(url.searchParams.get('n') ?? 0);
    const code = Number(url.searchParams.get('code') ?? 301);
    redirect(res, code, n > 1 ? `/moved?n=${n - 1}&code=${code}` : '/ok');
  });
  // A permanent move followed by a temporary one: the source must not be moved.
  routes.set('/moved-then-temp', (_req, res) => redirect(res, 301, '/hops?n=1'));
  routes.set('/to-file', (_req, res) => redirect(res, 302, 'file:///etc/passwd'));
  routes.set('/status', (_req, res, url) => {
    const code = Number(url.searchParams.get('code') ?? 500);
    const headers: Record<string, string> = { 'content-type': 'text/plain' };
    const retry = url.searchParams.get('retry');
    if (retry !== null) headers['retry-after'] = retry;
    res.writeHead(code, headers);
    res.end(`status ${code}`);
  });
  routes.set('/reset', (req) => {
    req.socket.destroy();
  });
  return routes;
}

/** Starts the server on 127.0.0.1 and a free port. */
export async function startHostileServer(extra: Record<string, Handler> = {}): Promise<HostileServer> {
  const routes = builtinRoutes();
  for (const [path, handler] of Object.entries(extra)) routes.set(path, handler);
  const requests: HostileServer['requests'] = [];
  const sockets = new Set<Socket>();
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    requests.push({ path: url.pathname + url.search, headers: req.headers });
    const handler = routes.get(url.pathname);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
      return;
    }
    Promise.resolve(handler(req, res, url)).catch(() => req.socket.destroy());
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path.startsWith('/') ? path : `/${path}`}`,
    requests,
    route: (pathname, handler) => void routes.set(pathname, handler),
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}
