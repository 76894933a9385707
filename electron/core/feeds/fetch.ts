// Fetches one source, bounded in every way a hostile or broken server could stretch it: total time, time to
// first answer, body size after decompression, and redirects (followed by hand so each hop can be checked).
import { version } from '../../../package.json';
import { readBounded, readFileUrl, whenAborted } from './fetch-body';
import { FetchTimeoutError, describeError, failure, httpFailure, networkFailure, tooBig } from './fetch-errors';
import { httpGet, viaFetch, type Answer } from './http-get';
import type { FetchOptions, FetchOutcome, FetchRequest } from './types';

export { isOfflineError } from './fetch-errors';

export const DEFAULT_USER_AGENT = `Earshot/${version} (+https://github.com/earshot-app/earshot)`;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
export const DEFAULT_MAX_REDIRECTS = 5;
/** A server that hasn't even sent headers by then is not going to be worth the rest of the total. */
export const DEFAULT_HEADERS_TIMEOUT_MS = 15_000;

export interface FetchFeedOptions extends FetchOptions {
  /** Time allowed for each hop's response headers, ms (default 15 000, never more than the total). */
  headersTimeoutMs?: number;
  /** Accept header; discovery asks for pages as well as sources. */
  accept?: string;
}

const ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, ' +
  'application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8';

const PERMANENT = new Set([301, 308]);
const REDIRECT = new Set([301, 302, 303, 307, 308]);

export async function fetchFeed(req: FetchRequest, opts: FetchFeedOptions = {}): Promise<FetchOutcome> {
  const timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  const deadline = setTimeout(() => controller.abort(new FetchTimeoutError('total')), timeoutMs);
  const onOuterAbort = (): void => controller.abort(opts.signal?.reason);
  if (opts.signal?.aborted) onOuterAbort();
  else opts.signal?.addEventListener('abort', onOuterAbort, { once: true });
  try {
    let url: URL;
    try {
      url = new URL(req.url);
    } catch (error) {
      return failure('unreachable', "This address isn't a web address we can read.", `${req.url}: ${describeError(error)}`);
    }
    if (url.protocol === 'file:') {
      const read = await readFileUrl(url.href, maxBytes, controller.signal);
      if (!('ok' in read)) return read;
      return { kind: 'ok', body: read.body, contentType: null, etag: null, lastModified: null, finalUrl: url.href, movedTo: null };
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return failure('unreachable', 'Only web addresses (http or https) can be followed.', `${req.url}: unsupported scheme ${url.protocol}`);
    }
    return await fetchHttp(req, url, opts, controller, timeoutMs, maxBytes);
  } finally {
    clearTimeout(deadline);
    opts.signal?.removeEventListener('abort', onOuterAbort);
  }
}

async function fetchHttp(
  req: FetchRequest,
  start: URL,
  opts: FetchFeedOptions,
  controller: AbortController,
  timeoutMs: number,
  maxBytes: number,
): Promise<FetchOutcome> {
  const get = opts.fetch ? viaFetch(opts.fetch) : httpGet;
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  const headersTimeoutMs = Math.min(opts.headersTimeoutMs ?? DEFAULT_HEADERS_TIMEOUT_MS, timeoutMs);
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
    accept: opts.accept ?? ACCEPT,
  };
  if (req.etag) headers['if-none-match'] = req.etag;
  if (req.lastModified) headers['if-modified-since'] = req.lastModified;

  const visited = new Set<string>();
  let url = start;
  let allPermanent = true;
  let hops = 0;
  for (;;) {
    visited.add(url.href);
    let res: Answer;
    const headersTimer = setTimeout(() => controller.abort(new FetchTimeoutError('headers')), headersTimeoutMs);
    // Raced with the time limits too: whatever the transport does, no answer outlives them.
    const aborted = whenAborted(controller.signal);
    try {
      res = await Promise.race([get(url, headers, controller.signal), aborted.promise]);
    } catch (error) {
      return networkFailure(controller.signal.aborted ? (controller.signal.reason ?? error) : error, url.href);
    } finally {
      clearTimeout(headersTimer);
      aborted.dispose();
    }

    if (REDIRECT.has(res.status)) {
      // Free the connection: a redirect's body is never read.
      res.discard();
      const location = res.header('location');
      if (!location) return httpFailure(res.status, res.statusText, null, url.href);
      let next: URL;
      try {
        next = new URL(location, url);
      } catch (error) {
        return failure('unreachable', 'The site sent us to an address that makes no sense.', `${url.href}: Location ${location}: ${describeError(error)}`, { httpStatus: res.status });
      }
      if (next.protocol !== 'http:' && next.protocol !== 'https:') {
        // Never let a remote server point us at local files or other schemes.
        return failure('unreachable', 'The site sent us to an address that is not on the web.', `${url.href}: redirect to ${next.href}`, { httpStatus: res.status });
      }
      if (visited.has(next.href)) {
        return failure('unreachable', 'The site sends us round in circles.', `${url.href}: redirect loop back to ${next.href}`, { httpStatus: res.status });
      }
      hops += 1;
      if (hops > maxRedirects) {
        return failure('unreachable', 'The site sent us through too many other addresses.', `${start.href}: more than ${maxRedirects} redirects (next ${next.href})`, { httpStatus: res.status });
      }
      if (!PERMANENT.has(res.status)) allPermanent = false;
      url = next;
      continue;
    }

    const movedTo = hops > 0 && allPermanent ? url.href : null;
    const etag = res.header('etag');
    const lastModified = res.header('last-modified');
    if (res.status === 304) {
      res.discard();
      return { kind: 'not-modified', etag: etag ?? req.etag ?? null, lastModified: lastModified ?? req.lastModified ?? null, movedTo };
    }
    if (res.status < 200 || res.status > 299) {
      res.discard();
      return httpFailure(res.status, res.statusText, res.header('retry-after'), url.href);
    }

    const encoding = (res.header('content-encoding') ?? 'identity').trim().toLowerCase();
    const declared = Number(res.header('content-length'));
    if (encoding === 'identity' && Number.isFinite(declared) && declared > maxBytes) {
      res.discard();
      return tooBig(maxBytes, url.href, declared);
    }
    const read = await readBounded(res.body, maxBytes, controller.signal);
    if (!read.ok) {
      if ('tooBig' in read) return tooBig(maxBytes, url.href, read.tooBig);
      return networkFailure(controller.signal.aborted ? (controller.signal.reason ?? read.error) : read.error, url.href);
    }
    return {
      kind: 'ok',
      body: read.body,
      contentType: res.header('content-type'),
      etag,
      lastModified,
      finalUrl: url.href,
      movedTo,
    };
  }
}
