import { describe, expect, it, vi } from 'vitest';
import { API_METHODS, ApiError } from '../../shared/api';
import { createHttpClient } from '../../renderer/src/api/http-client';
import { takeToken } from '../../renderer/src/api/token';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

describe('the Api over HTTP', () => {
  it('covers every Api method and posts arguments with the token', async () => {
    const fetch = vi.fn(async () => json(200, { ok: true, value: { removed: true } }));
    const client = createHttpClient({ baseUrl: 'http://127.0.0.1:9', token: 'secret-token', fetch });
    expect(Object.keys(client.api).sort()).toEqual([...API_METHODS].sort());
    await expect(client.api['sources.remove']({ id: 'a' })).resolves.toEqual({ removed: true });
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://127.0.0.1:9/api/sources.remove');
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>).Authorization).toBe('Bearer secret-token');
    expect(JSON.parse(init.body as string)).toEqual({ id: 'a' });
  });

  it('turns the host’s error reply into an ApiError with its plain message', async () => {
    const fetch = vi.fn(async () => json(400, { ok: false, error: { message: '“id” is missing.', code: 'invalid' } }));
    const client = createHttpClient({ baseUrl: '', token: 't', fetch });
    const err = await client.api['sources.remove']({ id: '' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).message).toBe('“id” is missing.');
    expect((err as ApiError).code).toBe('invalid');
  });

  it('says plainly when the engine cannot be reached', async () => {
    const fetch = vi.fn(async () => {
      throw new TypeError('fetch failed');
    });
    const client = createHttpClient({ baseUrl: '', token: 't', fetch });
    await expect(client.api['app.info']({})).rejects.toThrow("Earshot's engine couldn't be reached. Is it still running?");
  });

  it('delivers pushed events from the event stream', () => {
    const target = new EventTarget();
    const opened: string[] = [];
    const client = createHttpClient({
      baseUrl: 'http://127.0.0.1:9',
      token: 'a b',
      fetch: vi.fn(),
      eventSource: (url) => {
        opened.push(url);
        return target as unknown as EventSource;
      },
    });
    const got: unknown[] = [];
    const off = client.on('sync.progress', (p) => got.push(p));
    client.on('sources.changed', () => got.push('changed'));
    const payload = { running: true, done: 1, total: 3, current: null };
    target.dispatchEvent(new MessageEvent('sync.progress', { data: JSON.stringify(payload) }));
    target.dispatchEvent(new MessageEvent('sources.changed', { data: '{}' }));
    off();
    target.dispatchEvent(new MessageEvent('sync.progress', { data: JSON.stringify(payload) }));
    expect(got).toEqual([payload, 'changed']);
    expect(opened).toEqual(['http://127.0.0.1:9/api/events?token=a%20b']);
  });
});

describe('the token in the address', () => {
  it('is taken from the fragment, kept for the tab and removed from the address bar', () => {
    window.history.replaceState(null, '', '/index.html?x=1#token=abc123');
    sessionStorage.clear();
    expect(takeToken(window)).toBe('abc123');
    expect(window.location.hash).toBe('');
    expect(window.location.search).toBe('?x=1');
    expect(sessionStorage.getItem('earshot.token')).toBe('abc123');
    // A reload has no fragment any more, and still finds the token.
    expect(takeToken(window)).toBe('abc123');
  });
});
