// The web host: the built renderer and the Api over HTTP, on 127.0.0.1 only, guarded by a per-launch token.
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual } from 'node:crypto';
import { resolve } from 'node:path';
import { API_SHAPES, ApiError, isApiMethod, validateArgs } from '../../shared/api';
import { MAX_LIST_ENTRY } from '../../shared/api-shape';
import type { Api, ApiMethod } from '../../shared/api';
import { silentLog } from '../core/log';
import type { Log } from '../core/log';
import type { Core } from '../core/types';
import { streamEvents } from './events';
import { serveStatic } from './static';

export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: https: http:; " +
  "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Largest request body accepted for most methods: Api arguments are small. */
export const MAX_BODY_BYTES = 1024 * 1024;

// One character of a JSON string takes at most 6 bytes (\uXXXX, as senders that escape non-ASCII write it).
const JSON_BYTES_PER_CHAR = 6;

/**
 * A method whose shape allows long text (sources.importOpml takes a whole OPML file, up to 5,000,000
 * characters) gets a cap that fits it: any body the shape would accept gets through, and the shape, not the
 * host, says how long is too long, as it does in the desktop app the web host stands in for.
 */
export function maxBodyBytes(method: ApiMethod): number {
  let chars = 0;
  for (const field of Object.values(API_SHAPES[method])) {
    if (field.type === 'string' && field.max !== undefined) chars += field.max;
    if (field.type === 'string[]' && field.max !== undefined) chars += field.max * MAX_LIST_ENTRY;
  }
  return Math.max(MAX_BODY_BYTES, chars * JSON_BYTES_PER_CHAR + 64 * 1024);
}

export interface WebHostOptions {
  core: Pick<Core, 'api' | 'on'>;
  rendererDir: string;
  /** Loopback only: the host is a local tool, never a network service. */
  host?: '127.0.0.1';
  /** 0 = any free port. */
  port?: number;
  token: string;
  log?: Log;
}

export interface WebHost {
  url: string;
  port: number;
  close(): Promise<void>;
}

type ErrorCode = ApiError['code'];

class BodyTooLarge extends Error {}

function writeJsonHead(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  writeJsonHead(res, status, text);
  res.end(text);
}

function sendError(res: ServerResponse, status: number, message: string, code: ErrorCode): void {
  sendJson(res, status, { ok: false, error: { message, code } });
}

/** How long a client may go on sending a body that was refused before its connection is closed under it. */
const LINGER_MS = 2_000;

/**
 * Answers a body too large to take with 413, then closes the connection. The answer goes out at once, but the
 * connection is closed only once the client has stopped sending (the rest is read and dropped) or after
 * LINGER_MS: closing while its data still arrives resets the connection, and a reset can reach the client
 * before it has read the answer (curl's "Connection reset by peer").
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse): void {
  const text = JSON.stringify({ ok: false, error: { message: 'That request was too large for Earshot.', code: 'invalid' } });
  res.setHeader('Connection', 'close');
  writeJsonHead(res, 413, text);
  res.write(text);
  const close = () => {
    clearTimeout(timer);
    if (!res.writableEnded) res.end();
  };
  const timer = setTimeout(close, LINGER_MS);
  timer.unref();
  if (req.readableEnded) return close();
  req.once('end', close);
  req.resume();
}

function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > maxBytes) {
      reject(new BodyTooLarge());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const keep = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        // Stop keeping the body; refuseTooLarge reads and drops the rest (req.destroy() here reset the connection
        // before any answer was sent).
        req.off('data', keep);
        chunks.length = 0;
        reject(new BodyTooLarge());
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', keep);
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sameToken(given: string | null | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function tokenFrom(req: IncomingMessage, url: URL): string | null {
  const auth = req.headers.authorization;
  if (auth?.startsWith('Bearer ')) return auth.slice(7).trim();
  const header = req.headers['x-earshot-token'];
  if (typeof header === 'string') return header;
  // EventSource cannot set headers, so the event stream alone takes the token in its query.
  if (url.pathname === '/api/events') return url.searchParams.get('token');
  return null;
}

export async function createWebHost(opts: WebHostOptions): Promise<WebHost> {
  const host = opts.host ?? '127.0.0.1';
  if (host !== '127.0.0.1') throw new Error('The web host listens on 127.0.0.1 only.');
  if (!opts.token || opts.token.length < 16) throw new Error('The web host needs a token of at least 16 characters.');
  const log = opts.log ?? silentLog;
  const rendererDir = resolve(opts.rendererDir);
  const streams = new Set<() => void>();
  let port = 0;

  async function callApi(method: ApiMethod, req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw: string;
    try {
      raw = await readBody(req, maxBodyBytes(method));
    } catch (err) {
      if (err instanceof BodyTooLarge) return refuseTooLarge(req, res);
      throw err;
    }
    let parsed: unknown = {};
    if (raw.trim()) {
      try {
        parsed = JSON.parse(raw);
      } catch {
        return sendError(res, 400, `The details for “${method}” were not understood.`, 'invalid');
      }
    }
    let args: unknown;
    try {
      args = validateArgs(method, parsed);
    } catch (err) {
      if (err instanceof ApiError) return sendError(res, 400, err.message, 'invalid');
      throw err;
    }
    try {
      const fn = opts.core.api[method] as (a: unknown) => ReturnType<Api[ApiMethod]>;
      const value = await fn(args);
      sendJson(res, 200, { ok: true, value: value ?? null });
    } catch (err) {
      if (err instanceof ApiError || (err instanceof Error && err.name === 'ApiError')) {
        // The engine's explained refusal ("that address is not a web address") is an answer, not a failure of the
        // request: 200 with ok false, so the browser's console does not log it as an error. HTTP errors are for
        // requests the host itself could not take (no key, unknown action, arguments not understood).
        const code = ((err as ApiError).code ?? 'failed') as ErrorCode;
        return sendError(res, 200, err.message, code);
      }
      log.error(`web host: ${method} failed`, err);
      sendError(res, 500, 'Something went wrong inside Earshot. The details are in its log.', 'failed');
    }
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // A page on another site that resolves its own name to 127.0.0.1 (DNS rebinding) sends a foreign Host.
    const hostHeader = req.headers.host ?? '';
    if (hostHeader !== `127.0.0.1:${port}` && hostHeader !== `localhost:${port}`) {
      res.writeHead(421, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('This address is not served here.');
      return;
    }
    if (!url.pathname.startsWith('/api/')) {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' });
        res.end();
        return;
      }
      return serveStatic(rendererDir, req, res, SECURITY_HEADERS);
    }

    if (!sameToken(tokenFrom(req, url), opts.token)) {
      return sendError(res, 401, 'This page has no key to Earshot. Open the address Earshot printed.', 'invalid');
    }
    const origin = req.headers.origin;
    if (origin && origin !== `http://127.0.0.1:${port}` && origin !== `http://localhost:${port}`) {
      return sendError(res, 403, 'Requests from other sites are refused.', 'invalid');
    }

    if (url.pathname === '/api/events') {
      if (req.method !== 'GET') return sendError(res, 405, 'Events are read with GET.', 'invalid');
      const end = streamEvents(opts.core, res, SECURITY_HEADERS);
      streams.add(end);
      res.on('close', () => streams.delete(end));
      return;
    }

    const name = url.pathname.slice('/api/'.length);
    if (!isApiMethod(name)) {
      return sendError(res, 404, `Earshot has no action called “${name.slice(0, 100)}”.`, 'not-found');
    }
    if (req.method !== 'POST') return sendError(res, 405, 'Actions are called with POST.', 'invalid');
    return callApi(name, req, res);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log.error('web host: request failed', err);
      if (!res.headersSent) sendError(res, 500, 'Something went wrong inside Earshot. The details are in its log.', 'failed');
      else res.destroy();
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 60_000;

  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  port = (server.address() as AddressInfo).port;

  return {
    url: `http://127.0.0.1:${port}/`,
    port,
    close: () =>
      new Promise<void>((done) => {
        for (const end of streams) end();
        streams.clear();
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
