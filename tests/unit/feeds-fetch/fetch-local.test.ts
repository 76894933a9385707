// fetchFeed without a real network: file addresses, and network failures through an injected fetch.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { fetchFeed, isOfflineError } from '../../../electron/core/feeds/fetch';
import { networkFailure, parseRetryAfter } from '../../../electron/core/feeds/fetch-errors';

const dir = mkdtempSync(join(tmpdir(), 'earshot-fetch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function netError(code: string, message = code): TypeError {
  return new TypeError('fetch failed', { cause: Object.assign(new Error(message), { code }) });
}
const failingFetch = (err: unknown): typeof globalThis.fetch => async () => Promise.reject(err);

describe('fetchFeed: file addresses', () => {
  it('reads a local file', async () => {
    const path = join(dir, 'a.xml');
    writeFileSync(path, '<rss/>');
    const out = await fetchFeed({ url: pathToFileURL(path).href });
    expect(out).toMatchObject({ kind: 'ok', finalUrl: pathToFileURL(path).href, movedTo: null, etag: null });
    if (out.kind === 'ok') expect(new TextDecoder().decode(out.body)).toBe('<rss/>');
  });

  it('a missing file fails plainly', async () => {
    const out = await fetchFeed({ url: pathToFileURL(join(dir, 'missing.xml')).href });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The file couldn't be found." });
  });

  it('a file over maxBytes is refused', async () => {
    const path = join(dir, 'big.xml');
    writeFileSync(path, Buffer.alloc(5000, 0x20));
    const out = await fetchFeed({ url: pathToFileURL(path).href }, { maxBytes: 4096 });
    expect(out).toMatchObject({ kind: 'failed', status: 'not-a-feed' });
  });

  it('a folder is not a source', async () => {
    const out = await fetchFeed({ url: pathToFileURL(dir).href });
    expect(out).toMatchObject({ kind: 'failed', status: 'not-a-feed', message: 'This address is a folder, not a file.' });
  });

  it.skipIf(process.platform === 'win32')('a device is not a source either, and is called one', async () => {
    const out = await fetchFeed({ url: 'file:///dev/null' });
    expect(out).toMatchObject({ kind: 'failed', status: 'not-a-feed', message: 'This address is a device, not a file.' });
  });
});

describe('fetchFeed: network failures', () => {
  it('no network at all is offline', async () => {
    for (const code of ['ENETUNREACH', 'EAI_AGAIN', 'ENETDOWN']) {
      const out = await fetchFeed({ url: 'https://example.com/x' }, { fetch: failingFetch(netError(code)) });
      expect(out).toMatchObject({ kind: 'failed', status: 'offline', message: 'This computer seems to be offline.' });
    }
  });

  it('an unknown host names the address', async () => {
    const out = await fetchFeed({ url: 'https://nope.example/x' }, { fetch: failingFetch(netError('ENOTFOUND')) });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "The address nope.example couldn't be found." });
    if (out.kind === 'failed') expect(out.detail).toContain('ENOTFOUND');
  });

  it('certificate errors', async () => {
    for (const code of ['CERT_HAS_EXPIRED', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'ERR_TLS_CERT_ALTNAME_INVALID', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE']) {
      const out = await fetchFeed({ url: 'https://example.com/' }, { fetch: failingFetch(netError(code)) });
      expect(out).toMatchObject({ kind: 'failed', message: "The site's security certificate couldn't be checked." });
    }
  });

  it('looks inside AggregateErrors (several addresses tried)', () => {
    const agg = new TypeError('fetch failed', {
      cause: new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], 'all failed'),
    });
    expect(networkFailure(agg, 'https://example.com/').message).toBe("The site didn't answer.");
  });

  it('says so when the address uses a port fetch refuses (no request is made)', async () => {
    const out = await fetchFeed({ url: 'http://127.0.0.1:9/nothing' }, { fetch: globalThis.fetch });
    expect(out).toMatchObject({ kind: 'failed', status: 'unreachable', message: "This address uses a port web browsers block, so Earshot can't read it." });
  });

  it('undici timeouts read as too slow', async () => {
    const out = await fetchFeed({ url: 'https://example.com/' }, { fetch: failingFetch(netError('UND_ERR_CONNECT_TIMEOUT')) });
    expect(out).toMatchObject({ kind: 'failed', message: 'The site took too long to answer.' });
  });

  it('passes GET, manual redirects and the signal to the injected fetch', async () => {
    let seen: RequestInit | undefined;
    const fake: typeof globalThis.fetch = async (_url, init) => {
      seen = init;
      return new Response('<rss/>', { status: 200, headers: { 'content-type': 'text/xml' } });
    };
    const out = await fetchFeed({ url: 'https://example.com/', etag: 'W/"x"' }, { fetch: fake });
    expect(out.kind).toBe('ok');
    expect(seen?.redirect).toBe('manual');
    expect(seen?.signal).toBeInstanceOf(AbortSignal);
    expect((seen?.headers as Record<string, string>)['if-none-match']).toBe('W/"x"');
  });
});

describe('helpers', () => {
  it('isOfflineError', () => {
    expect(isOfflineError(netError('ENETUNREACH'))).toBe(true);
    expect(isOfflineError(netError('EAI_AGAIN'))).toBe(true);
    expect(isOfflineError(netError('ECONNREFUSED'))).toBe(false);
    expect(isOfflineError(new Error('x'))).toBe(false);
    expect(isOfflineError(null)).toBe(false);
  });

  it('parseRetryAfter', () => {
    const now = Date.parse('2026-11-22T08:00:00Z');
    expect(parseRetryAfter('30', now)).toBe(30_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 08:01:00 GMT', now)).toBe(60_000);
    expect(parseRetryAfter('Sun, 22 Nov 2026 07:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeNull();
    expect(parseRetryAfter(null, now)).toBeNull();
  });
});
