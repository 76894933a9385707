// The web host's answers to bodies that are too large, and which bodies count as too large.
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { API_METHODS } from '../../../shared/api';
import { createWebHost, MAX_BODY_BYTES, maxBodyBytes, type WebHost } from '../../../electron/web/server';
import { fakeCore } from '../../shell/fake-core';

const TOKEN = 'a-test-token-of-enough-length';

let host: WebHost;
let core: ReturnType<typeof fakeCore>;

beforeEach(async () => {
  core = fakeCore();
  host = await createWebHost({ core, rendererDir: __dirname, token: TOKEN });
});

afterEach(async () => {
  await host.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * POSTs `total` bytes in chunks (no Content-Length: chunked transfer encoding), as a stream would, going on
 * sending whatever the answer (as Node's http client and fetch do); Infinity sends until the host closes.
 */
function postChunked(method: string, total: number): Promise<Answer & { closed: Promise<void> }> {
  return new Promise((resolve, reject) => {
    const req = request(`${host.url}api/${method}`, {
      method: 'POST',
      headers: { 'X-Earshot-Token': TOKEN, 'Content-Type': 'application/json' },
    });
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      const closed = new Promise<void>((done) => req.socket?.once('close', () => done()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body, closed }));
      res.on('error', reject);
    });
    const chunk = Buffer.alloc(16 * 1024, 'a');
    let sent = 0;
    let answered = false;
    req.once('response', () => (answered = true));
    const pump = () => {
      while (sent < total && !req.destroyed) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!req.destroyed) req.end();
    };
    // A reset instead of an answer fails the test; one after the answer, once the host has closed, is expected.
    req.on('error', (err) => (answered ? undefined : reject(err)));
    pump();
  });
}

describe('request bodies over the limit', () => {
  it('get a 413 in plain words, not a reset, when sent in chunks', async () => {
    for (const total of [2, 8, 16, 16, 16, 16, 16, 16].map((mb) => mb * MAX_BODY_BYTES)) {
      const answer = await postChunked('brief.list', total);
      expect(answer.status).toBe(413);
      expect(answer.headers['connection']).toBe('close');
      expect(JSON.parse(answer.body)).toEqual({ ok: false, error: { message: 'That request was too large for Earshot.', code: 'invalid' } });
    }
    expect(core.spies['brief.list']).not.toHaveBeenCalled();
  });

  it('get their 413 to a sender in another process that goes on sending 20 MB', async () => {
    // In this process the test's client and the host take turns; another process races the host for real, and
    // closing the connection with its data still arriving would reset it before the answer is read.
    const sender = `
      import { request } from 'node:http';
      const [url, token] = process.argv.slice(1);
      const answers = [];
      for (let i = 0; i < 12; i++) {
        answers.push(await new Promise((done) => {
          const req = request(url, { method: 'POST', headers: { 'X-Earshot-Token': token } });
          req.on('response', (res) => { res.resume(); res.on('end', () => done(res.statusCode)); });
          req.on('error', (err) => done(err.code));
          const chunk = Buffer.alloc(16 * 1024, 'a');
          let sent = 0;
          const pump = () => {
            while (sent < 20 * 1024 * 1024) { sent += chunk.length; if (!req.write(chunk)) return void req.once('drain', pump); }
            req.end();
          };
          pump();
        }));
      }
      console.log(answers.join(' '));`;
    const { stdout } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', sender, `${host.url}api/brief.list`, TOKEN]);
    expect(stdout.trim()).toBe(Array(12).fill('413').join(' '));
  });

  it('are answered, then closed, when the sender never stops', async () => {
    const started = Date.now();
    const answer = await postChunked('brief.list', Infinity);
    expect(answer.status).toBe(413);
    await answer.closed;
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('leave the host answering the next request', async () => {
    await postChunked('brief.list', 3 * MAX_BODY_BYTES);
    const res = await fetch(`${host.url}api/brief.list`, { method: 'POST', headers: { 'X-Earshot-Token': TOKEN }, body: '{"limit":3}' });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: { called: 'brief.list' } });
  });
});

describe('which bodies are too large', () => {
  it('lets through an OPML file as long as sources.importOpml takes (1.5 MB here)', async () => {
    const outline = (i: number) => `<outline type="rss" text="Source ${i}" xmlUrl="https://example.com/feeds/${i}.xml"/>`;
    const text = `<?xml version="1.0"?><opml version="2.0"><body>${Array.from({ length: 20_000 }, (_, i) => outline(i)).join('')}</body></opml>`;
    expect(text.length).toBeGreaterThan(1.5 * MAX_BODY_BYTES);
    const res = await fetch(`${host.url}api/sources.importOpml`, { method: 'POST', headers: { 'X-Earshot-Token': TOKEN }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(200);
    expect(core.spies['sources.importOpml']).toHaveBeenCalledWith({ text });
  });

  it('fits every text a shape accepts, even written as \\u escapes, and stays at 1 MB for the rest', () => {
    // "\u00e9" is 6 bytes of JSON for one character of text.
    expect(maxBodyBytes('sources.importOpml')).toBeGreaterThanOrEqual(6 * 5_000_000);
    expect(maxBodyBytes('sources.add')).toBe(MAX_BODY_BYTES);
    expect(maxBodyBytes('brief.list')).toBe(MAX_BODY_BYTES);
    for (const m of API_METHODS) expect(maxBodyBytes(m)).toBeLessThanOrEqual(32 * MAX_BODY_BYTES);
  });

  it('still refuses more than the shape allows, with the shape\'s words', async () => {
    const text = 'x'.repeat(5_000_001);
    const res = await fetch(`${host.url}api/sources.importOpml`, { method: 'POST', headers: { 'X-Earshot-Token': TOKEN }, body: JSON.stringify({ text }) });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { message: '“text” is too long.', code: 'invalid' } });
  });

  it('answers a whole-number field given a fraction with 400, not 500', async () => {
    const res = await fetch(`${host.url}api/brief.list`, { method: 'POST', headers: { 'X-Earshot-Token': TOKEN }, body: '{"limit":1.5}' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { message: '“limit” should be a whole number.', code: 'invalid' } });
  });
});
