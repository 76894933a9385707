// fetchFeed against a loopback server that misbehaves: every case must end within its bound, with the right
// status and a plain message.
import { createServer, type Server } from 'node:net';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_USER_AGENT, fetchFeed } from '../../../electron/core/feeds/fetch';
import { OK_ETAG, OK_FEED, OK_LAST_MODIFIED, startHostileServer, type HostileServer } from '../../support/hostile-server';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
});

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('fetchFeed: well-behaved answers', () => {
  it('reads a source with its validators and a clear user agent', async () => {
    const out = await fetchFeed({ url: server.url('/ok') });
    expect(out.kind).toBe('ok');
    if (out.kind !== 'ok') return;
    expect(text(out.body)).toBe(OK_FEED);
    expect(out.etag).toBe(OK_ETAG);
    expect(out.lastModified).toBe(OK_LAST_MODIFIED);
    expect(out.contentType).toContain('application/rss+xml');
    expect(out.finalUrl).toBe(server.url('/ok'));
    expect(out.movedTo).toBeNull();
    const seen = server.requests.at(-1)!;
    expect(seen.headers['user-agent']).toBe(DEFAULT_USER_AGENT);
    expect(DEFAULT_USER_AGENT).toMatch(/^Earshot\/\d+\.\d+\.\d+ \(\+https:\/\//);
  });

  it('lets the user agent be overridden', async () => {
    await fetchFeed({ url: server.url('/ok') }, { userAgent: 'Test/1' });
    expect(server.requests.at(-1)!.headers['user-agent']).toBe('Test/1');
  });

  it('sends If-None-Match and reports not-modified on 304', async () => {
    const out = await fetchFeed({ url: server.url('/ok'), etag: OK_ETAG });
    expect(out).toEqual({ kind: 'not-modified', etag: OK_ETAG, lastModified: OK_LAST_MODIFIED, movedTo: null });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe(OK_ETAG);
  });

  it('sends If-Modified-Since and reports not-modified on 304', async () => {
    const out = await fetchFeed({ url: server.url('/ok'), lastModified: OK_LAST_MODIFIED });
    expect(out.kind).toBe('not-modified');
    expect(server.requests.at(-1)!.headers['if-modified-since']).toBe(OK_LAST_MODIFIED);
  });

  it('returns an HTML page as bytes with its content type (the parser judges it)', async () => {
    const out = await fetchFeed({ url: server.url('/html') });
    expect(out.kind).toBe('ok');
    if (out.kind === 'ok') {
      expect(out.contentType).toContain('text/html');
      expect(text(out.body)).toContain('<html>');
    }
  });

  it('decompresses gzip', async () => {
    const out = await fetchFeed({ url: server.url('/gzip-ok') });
    expect(out.kind === 'ok' && text(out.body)).toBe(OK_FEED);
  });
});

describe('fetchFeed: damaged answers', () => {
  it('a corrupt gzip body fails plainly', async () => {
    const out = await fetchFeed({ url: server.url('/gzip-corrupt') });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The site's answer arrived damaged." });
  });
});

describe('fetchFeed: time bounds', () => {
  it('ends a slow drip at the total deadline', async () => {
    const out = await fetchFeed({ url: server.url('/slow-drip') }, { timeoutMs: 700 });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site took too long to answer.' });
  });

  it('ends a server that never answers at the headers deadline', async () => {
    const out = await fetchFeed({ url: server.url('/no-answer') }, { timeoutMs: 5_000, headersTimeoutMs: 300 });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site took too long to answer.' });
    if (out.kind === 'failed') expect(out.detail).toContain('headers');
  });

  it('stops when the caller aborts', async () => {
    const ac = new AbortController();
    setTimeout(() => ac.abort(), 100);
    const out = await fetchFeed({ url: server.url('/slow-drip') }, { timeoutMs: 10_000, signal: ac.signal });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable' });
    if (out.kind === 'failed') expect(out.message).not.toMatch(/too long/);
  });
});

describe('fetchFeed: size bounds', () => {
  it('stops an endless body at maxBytes', async () => {
    const out = await fetchFeed({ url: server.url('/endless') }, { maxBytes: 256 * 1024, timeoutMs: 5_000 });
    expect(out).toMatchObject({ kind: 'failed', status: 'not-a-feed', message: 'This source is too big to read (over 256 KB).' });
  });

  it('refuses a declared Content-Length over maxBytes before reading', async () => {
    const out = await fetchFeed({ url: server.url('/big-declared') }, { maxBytes: 1024 * 1024 });
    expect(out).toMatchObject({ kind: 'failed', status: 'not-a-feed' });
    if (out.kind === 'failed') expect(out.detail).toContain(String(50 * 1024 * 1024));
  });

  it('stops a gzip bomb early, counting decompressed bytes, with bounded memory', async () => {
    const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
    globalThis.gc?.();
    const before = used();
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, used())), 5);
    const out = await fetchFeed({ url: server.url('/gzip-bomb') }, { maxBytes: 4 * 1024 * 1024, timeoutMs: 10_000 });
    clearInterval(sampler);
    peak = Math.max(peak, used());
    expect(out).toMatchObject({ kind: 'failed', status: 'not-a-feed', message: 'This source is too big to read (over 4 MB).' });
    // Compressed, the whole bomb is ~1 MB: only counting decoded bytes can trip a 4 MB limit.
    if (out.kind === 'failed') expect(out.detail).toMatch(/passed 4194304 bytes/);
    expect(peak - before).toBeLessThan(50 * 1024 * 1024);
  });
});

// fetchFeed's own GET (node:http, no injected fetch) keeps what fetch did for us: bodies decoded as their
// Content-Encoding says, the ports browsers block refused, and kept-alive connections for a re-sync's 304s.
function encoded(path: string, encoding: string, body: Buffer): void {
  server.route(path, (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': encoding });
    res.end(body);
  });
}

describe('fetchFeed over node:http', () => {
  it('asks for compressed bodies and decodes gzip, deflate, br and a list of them', async () => {
    encoded('/br', 'br', brotliCompressSync(OK_FEED));
    encoded('/deflate', 'deflate', deflateSync(OK_FEED));
    // Raw deflate, with no zlib wrapper, as some old servers send it.
    encoded('/deflate-raw', 'deflate', deflateRawSync(OK_FEED));
    // Applied in the order listed, so decoded last to first.
    encoded('/gzip-br', 'gzip, br', brotliCompressSync(gzipSync(OK_FEED)));
    for (const path of ['/br', '/deflate', '/deflate-raw', '/gzip-br', '/gzip-ok']) {
      const out = await fetchFeed({ url: server.url(path) });
      expect.soft(out.kind, path).toBe('ok');
      if (out.kind === 'ok') expect.soft(text(out.body), path).toBe(OK_FEED);
    }
    expect(server.requests.at(-1)!.headers['accept-encoding']).toBe('gzip, deflate, br');
  });

  it('leaves a body with an encoding it does not know as it was sent', async () => {
    encoded('/odd', 'x-unheard-of', Buffer.from(OK_FEED));
    const out = await fetchFeed({ url: server.url('/odd') });
    expect(out.kind === 'ok' && text(out.body)).toBe(OK_FEED);
  });

  it('sends the name and password written in the address (a private source)', async () => {
    server.route('/private', (req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from('ann:s3cret').toString('base64')}`) res.writeHead(401).end();
      else res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(OK_FEED);
    });
    const withLogin = server.url('/private').replace('http://', 'http://ann:s3cret@');
    const out = await fetchFeed({ url: withLogin });
    expect(out.kind === 'ok' && text(out.body)).toBe(OK_FEED);
    expect((await fetchFeed({ url: server.url('/private') })).kind).toBe('failed');
  });

  it('says a damaged brotli body arrived damaged', async () => {
    encoded('/br-bad', 'br', Buffer.from('this was never brotli, only words pretending to be'));
    const out = await fetchFeed({ url: server.url('/br-bad') });
    expect(out).toMatchObject({ kind: 'failed', message: "The site's answer arrived damaged." });
  });

  it('reads a body with thousands of codings as sent, not building a decoder for each', async () => {
    encoded('/many', Array(2500).fill('br').join(','), Buffer.from(OK_FEED));
    const out = await fetchFeed({ url: server.url('/many') });
    expect(out.kind === 'ok' && text(out.body)).toBe(OK_FEED);
  });

  it('ends a request answered 101 Switching Protocols within its time (it closed the socket and said nothing)', async () => {
    const raw: Server = createServer((socket) => {
      socket.once('data', () => socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: x\r\nConnection: Upgrade\r\n\r\n'));
    });
    await new Promise<void>((resolve) => raw.listen(0, '127.0.0.1', resolve));
    try {
      const port = (raw.address() as { port: number }).port;
      const out = await fetchFeed({ url: `http://127.0.0.1:${port}/feed` }, { timeoutMs: 2_000 });
      expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The site didn't answer." });
    } finally {
      raw.close();
    }
  });

  it('refuses the ports web browsers block, without a request', async () => {
    for (const url of ['http://127.0.0.1:25/feed', 'https://127.0.0.1:22/', 'http://127.0.0.1:6667/', 'http://127.0.0.1:0/']) {
      const out = await fetchFeed({ url });
      expect.soft(out, url).toMatchObject({ kind: 'failed', status: 'unreachable', message: "This address uses a port web browsers block, so Earshot can't read it." });
    }
  });

  it("keeps one connection for a host's conditional requests answered 304", async () => {
    const ports = new Set<number>();
    server.route('/same', (req, res) => {
      ports.add(req.socket.remotePort ?? 0);
      if (req.headers['if-none-match'] === '"v1"') res.writeHead(304, { etag: '"v1"' }).end();
      else res.writeHead(200, { etag: '"v1"', 'content-type': 'application/rss+xml' }).end(OK_FEED);
    });
    expect((await fetchFeed({ url: server.url('/same') })).kind).toBe('ok');
    for (let i = 0; i < 5; i++) expect((await fetchFeed({ url: server.url('/same'), etag: '"v1"' })).kind).toBe('not-modified');
    expect(ports.size).toBe(1);
  });

  it('after a redirect whose body was left unread, the next request is answered', async () => {
    server.route('/moved-with-body', (_req, res) => {
      res.writeHead(302, { location: '/ok', 'content-type': 'text/html' });
      res.end('<p>moved</p>'.repeat(10_000));
    });
    const out = await fetchFeed({ url: server.url('/moved-with-body') });
    expect(out.kind === 'ok' && text(out.body)).toBe(OK_FEED);
    expect((await fetchFeed({ url: server.url('/ok') })).kind).toBe('ok');
  });
});
