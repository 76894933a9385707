// createWebHost in-process over a fake engine: how engine errors and events cross HTTP.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, API_METHODS } from '../../shared/api';
import type { Api, ApiEvent } from '../../shared/api';
import type { Core } from '../../electron/core/types';
import { createWebHost } from '../../electron/web/server';
import type { WebHost } from '../../electron/web/server';

const TOKEN = 'a-token-long-enough-for-the-host';
let host: WebHost | null = null;
let dir: string | null = null;
afterEach(async () => {
  await host?.close();
  host = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function fakeCore(impl: Partial<Api>) {
  const listeners = new Map<ApiEvent, Set<(p: unknown) => void>>();
  const api = Object.fromEntries(
    API_METHODS.map((m) => [m, impl[m] ?? (async () => { throw new Error(`${m} not faked`); })]),
  ) as unknown as Api;
  const core: Pick<Core, 'api' | 'on'> = {
    api,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
  const emit = (event: ApiEvent, payload: unknown) => listeners.get(event)?.forEach((fn) => fn(payload));
  const count = (event: ApiEvent) => listeners.get(event)?.size ?? 0;
  return { core, emit, count };
}

async function start(impl: Partial<Api>, log = { debug: vi.fn(), info: vi.fn(), warn: vi.fn(), error: vi.fn() }) {
  dir = mkdtempSync(join(tmpdir(), 'earshot-host-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>x</title>');
  const fake = fakeCore(impl);
  host = await createWebHost({ core: fake.core, rendererDir: dir, host: '127.0.0.1', port: 0, token: TOKEN, log });
  const call = async (method: string, body: unknown = {}) => {
    const res = await fetch(`${host!.url}api/${method}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as unknown };
  };
  return { ...fake, call, log };
}

describe('createWebHost', () => {
  it('passes the engine’s plain errors through with their code', async () => {
    const { call } = await start({
      'conversations.get': async () => {
        throw new ApiError('This conversation is no longer kept.', 'not-found');
      },
    });
    // An answer, not a failed request: the browser's console stays quiet.
    expect(await call('conversations.get', { id: 'x' })).toEqual({
      status: 200,
      body: { ok: false, error: { message: 'This conversation is no longer kept.', code: 'not-found' } },
    });
  });

  it('hides unexpected errors behind a plain sentence and logs the detail', async () => {
    const { call, log } = await start({
      'sources.list': async () => {
        throw new Error('SQLITE_CORRUPT at /home/someone/.earshot/earshot.db');
      },
    });
    const res = await call('sources.list');
    expect(res.status).toBe(500);
    expect(JSON.stringify(res.body)).not.toContain('SQLITE');
    expect(res.body).toEqual({
      ok: false,
      error: { message: 'Something went wrong inside Earshot. The details are in its log.', code: 'failed' },
    });
    expect(log.error).toHaveBeenCalled();
  });

  it('hands the engine only validated arguments', async () => {
    const remove = vi.fn(async () => ({ removed: true }));
    const { call } = await start({ 'sources.remove': remove });
    expect((await call('sources.remove', { id: 7 })).status).toBe(400);
    expect((await call('sources.remove', [])).status).toBe(400);
    expect(remove).not.toHaveBeenCalled();
    expect(await call('sources.remove', { id: 'a' })).toEqual({ status: 200, body: { ok: true, value: { removed: true } } });
  });

  it('forwards events to the stream and lets go of them when it closes', async () => {
    const { emit, count } = await start({});
    const controller = new AbortController();
    const res = await fetch(`${host!.url}api/events?token=${TOKEN}`, { signal: controller.signal });
    const reader = res.body!.getReader();
    await reader.read(); // the retry line
    expect(count('sync.progress')).toBe(1);
    emit('sync.progress', { running: true, done: 1, total: 2, current: null });
    const { value } = await reader.read();
    expect(new TextDecoder().decode(value)).toBe('event: sync.progress\ndata: {"running":true,"done":1,"total":2,"current":null}\n\n');
    controller.abort();
    await vi.waitFor(() => expect(count('sync.progress')).toBe(0));
  });

  it('refuses to listen anywhere but 127.0.0.1, or without a real token', async () => {
    const { core } = fakeCore({});
    await expect(
      createWebHost({ core, rendererDir: '.', host: '0.0.0.0' as '127.0.0.1', port: 0, token: TOKEN }),
    ).rejects.toThrow(/127\.0\.0\.1 only/);
    await expect(createWebHost({ core, rendererDir: '.', port: 0, token: 'short' })).rejects.toThrow(/token/);
  });
});
