// fetchFeed: redirects, HTTP statuses and network errors become the right outcome and a plain message.
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchFeed } from '../../../electron/core/feeds/fetch';
import { startHostileServer, type HostileServer } from '../../support/hostile-server';

let server: HostileServer;
beforeAll(async () => {
  server = await startHostileServer();
});
afterAll(async () => {
  await server.close();
});

describe('fetchFeed: redirects', () => {
  it('follows 5 redirects but not 6', async () => {
    const five = await fetchFeed({ url: server.url('/hops?n=5') });
    expect(five).toMatchObject({ kind: 'ok', finalUrl: server.url('/ok'), movedTo: null });
    const six = await fetchFeed({ url: server.url('/hops?n=6') });
    expect(six).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site sent us through too many other addresses.' });
  });

  it('honours maxRedirects', async () => {
    const out = await fetchFeed({ url: server.url('/hops?n=2') }, { maxRedirects: 1 });
    expect(out.kind).toBe('failed');
  });

  it('detects a redirect loop', async () => {
    const out = await fetchFeed({ url: server.url('/loop/a') });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site sends us round in circles.' });
    // Stopped at the first repeat, not after exhausting the redirect budget.
    expect(server.requests.filter((r) => r.path.startsWith('/loop/')).length).toBe(2);
  });

  it('sets movedTo when every hop was permanent (301 and 308)', async () => {
    const out = await fetchFeed({ url: server.url('/moved?n=3') });
    expect(out).toMatchObject({ kind: 'ok', finalUrl: server.url('/ok'), movedTo: server.url('/ok') });
    const out308 = await fetchFeed({ url: server.url('/moved?n=2&code=308') });
    expect(out308).toMatchObject({ kind: 'ok', movedTo: server.url('/ok') });
  });

  it('does not move the source when any hop was temporary', async () => {
    const out = await fetchFeed({ url: server.url('/moved-then-temp') });
    expect(out).toMatchObject({ kind: 'ok', finalUrl: server.url('/ok'), movedTo: null });
  });

  it('carries movedTo and the validators through to a 304', async () => {
    const out = await fetchFeed({ url: server.url('/moved?n=1'), etag: '"v1-hostile"' });
    expect(out).toMatchObject({ kind: 'not-modified', movedTo: server.url('/ok') });
    expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1-hostile"');
  });

  it('refuses a redirect to a local file', async () => {
    const out = await fetchFeed({ url: server.url('/to-file') });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable' });
  });
});

describe('fetchFeed: statuses', () => {
  const status = (code: number, retry?: string) =>
    fetchFeed({ url: server.url(`/status?code=${code}${retry === undefined ? '' : `&retry=${encodeURIComponent(retry)}`}`) });

  it('410 means gone', async () => {
    expect(await status(410)).toMatchObject({
      kind: 'failed',
      status: 'gone',
      message: 'The site says this source no longer exists.',
      httpStatus: 410,
    });
  });

  it('404 backs off and says not found', async () => {
    const out = await status(404);
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', httpStatus: 404 });
    if (out.kind === 'failed') expect(out.message).toMatch(/not found/);
  });

  it('429 with Retry-After in seconds', async () => {
    expect(await status(429, '120')).toMatchObject({ kind: 'failed', status: 'unreachable', retryAfterMs: 120_000, httpStatus: 429 });
  });

  it('503 with Retry-After as an HTTP date', async () => {
    const when = new Date(Date.now() + 3_600_000).toUTCString();
    const out = await status(503, when);
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', httpStatus: 503 });
    if (out.kind === 'failed') {
      expect(out.retryAfterMs).toBeGreaterThan(3_500_000);
      expect(out.retryAfterMs).toBeLessThanOrEqual(3_600_000);
    }
  });

  it('503 without Retry-After, and other 5xx', async () => {
    expect(await status(503)).toMatchObject({ kind: 'failed', status: 'unreachable', retryAfterMs: null });
    expect(await status(500)).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site had a problem answering.' });
  });

  it('401 and 403 are refusals', async () => {
    expect(await status(401)).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site refused access.' });
    expect(await status(403)).toMatchObject({ kind: 'failed', status: 'unreachable', message: 'The site refused access.' });
  });
});

describe('fetchFeed: broken connections', () => {
  it('a reset connection means the site did not answer', async () => {
    const out = await fetchFeed({ url: server.url('/reset') });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The site didn't answer." });
  });

  it('a refused connection means the site did not answer', async () => {
    const probe = createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const { port } = probe.address() as { port: number };
    await new Promise<void>((r) => probe.close(() => r()));
    const out = await fetchFeed({ url: `http://127.0.0.1:${port}/x` });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The site didn't answer." });
    if (out.kind === 'failed') expect(out.detail).toContain('ECONNREFUSED');
  });

  it('TLS trouble is a certificate problem', async () => {
    // https to a plain-http port fails in the TLS handshake.
    const out = await fetchFeed({ url: server.url('/ok').replace('http:', 'https:') });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The site's security certificate couldn't be checked." });
  });

  it('unsupported schemes fail plainly', async () => {
    for (const url of ['ftp://example.com/x', 'javascript:alert(1)', 'not a url']) {
      const out = await fetchFeed({ url });
      expect(out.kind).toBe('failed');
      if (out.kind === 'failed') expect(out.message).not.toMatch(/feed|rss/i);
    }
  });
});
