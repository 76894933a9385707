// One GET, as fetchFeed needs it: status, headers and a decoded body. By default over node:http and node:https
// with kept-alive connections: a conditional request answered 304 (most of a re-sync) costs about half what
// fetch() costs in its Request, Response, stream and signal objects. What fetch did for us is kept: the body
// is decoded (gzip, deflate, br) before it is counted, and the ports browsers refuse are refused. An injected
// fetch (tests, the offline web host) is wrapped in the same shape.
import http from 'node:http';
import https from 'node:https';
import { pipeline, Transform, type Readable, type TransformCallback } from 'node:stream';
import zlib from 'node:zlib';

export interface Answer {
  status: number;
  statusText: string;
  header(name: string): string | null;
  /** The body, decoded as its Content-Encoding says; null when there is none. */
  body: AsyncIterable<Uint8Array> | null;
  /** Lets an unread body go: the connection is kept when there was nothing left to read. */
  discard(): void;
}

export type Transport = (url: URL, headers: Record<string, string>, signal: AbortSignal) => Promise<Answer>;

/**
 * The ports the Fetch standard blocks (https://fetch.spec.whatwg.org/#port-blocking): mail, ssh, irc and the
 * like, where a feed address can only be a trick to make Earshot talk to another service.
 */
const BAD_PORTS = new Set([
  0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

// Connections kept open between requests (a sync asks each host again and again). Idle ones do not hold the
// process open, and are closed after a few seconds, as fetch's are: after a sleep or a change of network an old
// connection is dead, and the next sync must not wait on it.
const IDLE_MS = 4_000;
const agents = {
  'http:': new http.Agent({ keepAlive: true, timeout: IDLE_MS }),
  'https:': new https.Agent({ keepAlive: true, timeout: IDLE_MS }),
};

/** More codings than this is no real server: a header of thousands would build as many decoders. */
const MAX_CODINGS = 5;

/**
 * "deflate" as servers send it: zlib-wrapped, as the standard says, or raw, as some old servers do; told apart
 * by the first byte, as browsers do.
 */
class InflateEither extends Transform {
  private inner: zlib.Inflate | zlib.InflateRaw | null = null;

  constructor(private readonly options: zlib.ZlibOptions) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (!this.inner) {
      const inner = ((chunk[0] ?? 0) & 0x0f) === 8 ? zlib.createInflate(this.options) : zlib.createInflateRaw(this.options);
      inner.on('data', (data: Buffer) => this.push(data));
      inner.on('error', (err) => this.destroy(err));
      this.inner = inner;
    }
    this.inner.write(chunk, () => done());
  }

  override _flush(done: TransformCallback): void {
    if (!this.inner) return done();
    this.inner.once('end', () => done());
    this.inner.end();
  }

  override _destroy(err: Error | null, done: (error: Error | null) => void): void {
    this.inner?.destroy();
    done(err);
  }
}

/** Decoders for a Content-Encoding list, in the order to apply them; null when one is unknown (left as sent). */
function decodersFor(encoding: string | undefined): NodeJS.ReadWriteStream[] | null {
  const codings = (encoding ?? '').split(',').map((c) => c.trim().toLowerCase()).filter((c) => c && c !== 'identity');
  if (codings.length > MAX_CODINGS) return null;
  const out: NodeJS.ReadWriteStream[] = [];
  // Lenient about a body cut short, as fetch is: what arrived whole is kept.
  const flush = { flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  for (const coding of codings.reverse()) {
    if (coding === 'gzip' || coding === 'x-gzip') out.push(zlib.createGunzip(flush));
    else if (coding === 'deflate') out.push(new InflateEither(flush));
    else if (coding === 'br') {
      const op = zlib.constants.BROTLI_OPERATION_FLUSH;
      out.push(zlib.createBrotliDecompress({ flush: op, finishFlush: op }));
    } else return null;
  }
  return out;
}

function headerOf(res: http.IncomingMessage, name: string): string | null {
  const v = res.headers[name.toLowerCase()];
  return v === undefined ? null : Array.isArray(v) ? v.join(', ') : v;
}

function hasNoBody(res: http.IncomingMessage): boolean {
  return res.statusCode === 204 || res.statusCode === 304 || res.headers['content-length'] === '0';
}

/**
 * A kept connection the server had already closed fails at once, before any answer (ECONNRESET, EPIPE): asked
 * again, on a new connection, once.
 */
export const httpGet: Transport = (url, headers, signal) =>
  getOnce(url, headers, signal).catch((err: unknown) => {
    const code = (err as { code?: unknown; reusedSocket?: boolean }).code;
    const stale = (err as { reusedSocket?: boolean }).reusedSocket && (code === 'ECONNRESET' || code === 'EPIPE');
    if (!stale || signal.aborted) throw err;
    return getOnce(url, headers, signal);
  });

function getOnce(url: URL, headers: Record<string, string>, signal: AbortSignal): Promise<Answer> {
  return new Promise<Answer>((resolve, reject) => {
    const port = Number(url.port || (url.protocol === 'https:' ? 443 : 80));
    if (BAD_PORTS.has(port)) {
      reject(new Error('bad port'));
      return;
    }
    const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
    const request = url.protocol === 'https:' ? https.request : http.request;
    let answered = false;
    const req = request(url, { method: 'GET', agent, headers: { 'accept-encoding': 'gzip, deflate, br', ...headers }, signal }, (res) => {
      const answer = (body: Readable | null): Answer => ({
        status: res.statusCode ?? 0,
        statusText: res.statusMessage ?? '',
        header: (name) => headerOf(res, name),
        body,
        // A body left unread may be endless: the connection goes with it.
        discard: () => void (body && res.destroy()),
      });
      if (hasNoBody(res)) {
        // A 304 (most of a re-sync): answered once it has ended, so its connection is free for the next request.
        res.once('end', () => {
          answered = true;
          resolve(answer(null));
        });
        res.resume();
        return;
      }
      const decoders = decodersFor(headerOf(res, 'content-encoding') ?? undefined);
      let body: Readable = res;
      if (decoders && decoders.length > 0) {
        body = pipeline([res, ...decoders] as unknown as [Readable, ...NodeJS.ReadWriteStream[]], () => {}) as unknown as Readable;
      }
      answered = true;
      resolve(answer(body));
    });
    req.on('error', (err) => reject(Object.assign(err, { reusedSocket: req.reusedSocket })));
    // Some ends come with no error: a 101 Switching Protocols closes the socket and says nothing more.
    req.on('close', () => {
      if (!answered) reject(Object.assign(new Error('The connection closed before an answer.'), { code: 'ECONNRESET' }));
    });
    req.end();
  });
}

/** An injected fetch in the same shape. */
export function viaFetch(doFetch: typeof globalThis.fetch): Transport {
  return async (url, headers, signal) => {
    const res = await doFetch(url.href, { method: 'GET', headers, redirect: 'manual', signal });
    return {
      status: res.status,
      statusText: res.statusText,
      header: (name) => res.headers.get(name),
      body: res.body as unknown as AsyncIterable<Uint8Array> | null,
      discard() {
        res.body?.cancel().catch(() => {});
      },
    };
  };
}
