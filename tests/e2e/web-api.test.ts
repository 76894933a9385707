// The web host at the Api level: the token, the method list, argument checks, headers and where it listens.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost } from './web-host';
import type { RunningHost } from './web-host';

let host: RunningHost;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'earshot-web-api-'));
  host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', '2026-03-04T09:00:00Z']);
});

afterAll(async () => {
  const code = await host?.stop();
  rmSync(dataDir, { recursive: true, force: true });
  // SIGTERM is a clean stop: the store is closed and the process ends well.
  expect(code).toBe(0);
});

const call = (method: string, body: unknown, headers: Record<string, string> = { Authorization: `Bearer ${host.token}` }) =>
  fetch(`${host.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** A raw request, for headers fetch() will not let us set (Host). */
function raw(path: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, method: 'GET', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('web host Api', () => {
  it('answers with the token, in a Bearer or X-Earshot-Token header', async () => {
    const a = await call('app.info', {});
    expect(a.status).toBe(200);
    const body = (await a.json()) as { ok: boolean; value: { name: string; dataDir: string } };
    expect(body.ok).toBe(true);
    expect(body.value.name).toBe('Earshot');
    const b = await call('sources.list', {}, { 'X-Earshot-Token': host.token });
    expect(await b.json()).toEqual({ ok: true, value: [] });
  });

  it('refuses calls without the right token (401)', async () => {
    const attempts: Record<string, string>[] = [{}, { Authorization: 'Bearer wrong' }, { 'X-Earshot-Token': host.token.slice(1) }];
    for (const headers of attempts) {
      const res = await call('app.info', {}, headers);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { ok: boolean; error: { message: string } };
      expect(body.ok).toBe(false);
      expect(body.error.message).toMatch(/^[A-Z].*\.$/);
    }
    expect((await fetch(`${host.origin}/api/events`)).status).toBe(401);
  });

  it('says plainly that an unknown action does not exist (404)', async () => {
    const res = await call('sources.dropEverything', {});
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      ok: false,
      error: { message: 'Earshot has no action called “sources.dropEverything”.', code: 'not-found' },
    });
    // Inherited object properties are not actions either.
    expect((await call('constructor', {})).status).toBe(404);
  });

  it('refuses bad arguments with a plain sentence', async () => {
    const missing = await call('sources.remove', {});
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ ok: false, error: { message: '“id” is missing.', code: 'invalid' } });
    const extra = await call('sources.list', { sql: 'DROP TABLE sources' });
    expect(((await extra.json()) as { error: { message: string } }).error.message).toBe('“sources.list” does not take “sql”.');
    const notJson = await call('sources.list', '{nope');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: { code: string } }).error.code).toBe('invalid');
    const tooBig = await call('sources.add', { url: 'x'.repeat(2 * 1024 * 1024) });
    expect(tooBig.status).toBe(413);
  });

  it('adds and removes a source through the Api', async () => {
    const added = (await (await call('sources.add', { url: 'https://example.com/blog/index.xml' })).json()) as {
      ok: boolean;
      value: { id: string; status: string };
    };
    expect(added.ok).toBe(true);
    expect(added.value.status).toBe('new');
    const removed = await (await call('sources.remove', { id: added.value.id })).json();
    expect(removed).toEqual({ ok: true, value: { removed: true } });
  });

  it('serves the renderer with its CSP and refuses paths outside it', async () => {
    const page = await fetch(`${host.origin}/`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    expect(await page.text()).toContain('<div id="root">');
    for (const path of ['/../package.json', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json', '/assets/../../web/server.js', '/%00']) {
      expect(await raw(path, { Host: `127.0.0.1:${host.port}` })).not.toBe(200);
    }
    expect((await fetch(`${host.origin}/no-such-file.js`)).status).toBe(404);
  });

  it('answers only to its own host name (no DNS rebinding)', async () => {
    expect(await raw('/', { Host: `127.0.0.1:${host.port}` })).toBe(200);
    expect(await raw('/', { Host: `evil.example:${host.port}` })).toBe(421);
  });

  it('listens on 127.0.0.1 only', async () => {
    const reach = (address: string) =>
      new Promise<boolean>((resolve) => {
        const socket = connect({ host: address, port: host.port });
        socket.once('connect', () => {
          socket.destroy();
          resolve(true);
        });
        socket.once('error', () => resolve(false));
      });
    expect(await reach('127.0.0.1')).toBe(true);
    // On Linux all of 127/8 is loopback: a server bound to every address would answer on 127.0.0.2 too.
    if (process.platform === 'linux') expect(await reach('127.0.0.2')).toBe(false);
    expect(await reach('::1')).toBe(false);
  });

  it('streams events to a holder of the token', async () => {
    const controller = new AbortController();
    const res = await fetch(`${host.origin}/api/events?token=${encodeURIComponent(host.token)}`, { signal: controller.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.getReader();
    let text = '';
    const sync = call('sync.run', {});
    while (!text.includes('event: sync.progress')) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    await sync;
    controller.abort();
    expect(text).toContain('event: sync.progress');
    expect(text).toMatch(/data: \{.*"running"/);
  });
});
