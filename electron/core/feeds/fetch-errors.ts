// Turns network errors and HTTP statuses into FetchOutcome failures: a plain sentence for the user, the
// technical detail for the log. Everything here is pure so it can be tested without a network.
import type { FetchOutcome } from './types';

export type FetchFailure = Extract<FetchOutcome, { kind: 'failed' }>;

/** Raised inside fetchFeed when the total or headers deadline passes; never escapes fetchFeed. */
export class FetchTimeoutError extends Error {
  constructor(readonly phase: 'headers' | 'total') {
    super(phase === 'headers' ? 'no response headers before the deadline' : 'total time allowed ran out');
    this.name = 'FetchTimeoutError';
  }
}

export function failure(
  status: FetchFailure['status'],
  message: string,
  detail: string,
  extra: { retryAfterMs?: number | null; httpStatus?: number | null } = {},
): FetchFailure {
  return {
    kind: 'failed',
    status,
    message,
    detail,
    retryAfterMs: extra.retryAfterMs ?? null,
    httpStatus: extra.httpStatus ?? null,
  };
}

// No network at all: no route, interface down, or the resolver itself can't be asked.
const OFFLINE_CODES = new Set(['ENETUNREACH', 'ENETDOWN', 'EAI_AGAIN', 'EAI_FAIL']);
const DNS_CODES = new Set(['ENOTFOUND', 'EAI_NONAME', 'EAI_NODATA']);
const NO_ANSWER_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EHOSTUNREACH',
  'EHOSTDOWN',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
]);
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT']);

/** Every error in a cause chain, including the members of AggregateErrors (undici's happy-eyeballs attempts). */
export function errorChain(err: unknown): unknown[] {
  const out: unknown[] = [];
  const queue: unknown[] = [err];
  while (queue.length > 0 && out.length < 20) {
    const e = queue.shift();
    if (e === undefined || e === null || out.includes(e)) continue;
    out.push(e);
    if (typeof e === 'object') {
      const o = e as { cause?: unknown; errors?: unknown };
      if (o.cause !== undefined) queue.push(o.cause);
      if (Array.isArray(o.errors)) queue.push(...(o.errors as unknown[]));
    }
  }
  return out;
}

function codes(err: unknown): string[] {
  const out: string[] = [];
  for (const e of errorChain(err)) {
    const code = typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
    if (typeof code === 'string') out.push(code);
  }
  return out;
}

function isTlsCode(code: string): boolean {
  return (
    code.startsWith('ERR_SSL_') ||
    code.startsWith('ERR_TLS_') ||
    code.includes('CERT') ||
    code === 'EPROTO' ||
    code === 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' ||
    code === 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY'
  );
}

/** True when the error says this computer has no network at all, rather than that one site is down. */
export function isOfflineError(err: unknown): boolean {
  return codes(err).some((c) => OFFLINE_CODES.has(c));
}

export function describeError(err: unknown): string {
  return errorChain(err)
    .map((e) => {
      if (e instanceof Error) {
        const code = (e as { code?: unknown }).code;
        return `${e.name}: ${e.message}${typeof code === 'string' ? ` [${code}]` : ''}`;
      }
      return String(e);
    })
    .join(' <- ');
}

/** Maps a thrown network error (from fetch or from reading the body) to a failure. */
export function networkFailure(err: unknown, url: string): FetchFailure {
  const detail = `${url}: ${describeError(err)}`;
  const chain = errorChain(err);
  const all = codes(err);
  let host = url;
  try {
    host = new URL(url).host || url;
  } catch {
    // keep the raw text: it is only shown back to the user
  }
  if (chain.some((e) => e instanceof FetchTimeoutError) || all.some((c) => TIMEOUT_CODES.has(c))) {
    return failure('unreachable', 'The site took too long to answer.', detail);
  }
  if (all.some((c) => OFFLINE_CODES.has(c))) {
    return failure('offline', 'This computer seems to be offline.', detail);
  }
  if (all.some((c) => DNS_CODES.has(c))) {
    return failure('unreachable', `The address ${host} couldn't be found.`, detail);
  }
  if (all.some(isTlsCode)) {
    return failure('unreachable', "The site's security certificate couldn't be checked.", detail);
  }
  // zlib's codes (Z_DATA_ERROR…) and brotli's (ERR__ERROR_FORMAT_…, ERR_BROTLI_DECOMPRESSION_FAILED).
  if (all.some((c) => c.startsWith('Z_') || c.startsWith('ERR__ERROR_') || c === 'ERR_BROTLI_DECOMPRESSION_FAILED')) {
    return failure('unreachable', "The site's answer arrived damaged.", detail);
  }
  if (all.some((c) => NO_ANSWER_CODES.has(c))) {
    return failure('unreachable', "The site didn't answer.", detail);
  }
  // fetch refuses the ports browsers block (mail, ssh, "discard" 9…): no request was ever made.
  if (chain.some((e) => e instanceof Error && e.message === 'bad port')) {
    return failure('unreachable', "This address uses a port web browsers block, so Earshot can't read it.", detail);
  }
  if (chain.some((e) => e instanceof Error && e.name === 'AbortError')) {
    return failure('unreachable', 'The check was stopped before it finished.', detail);
  }
  return failure('unreachable', "This source couldn't be reached.", detail);
}

/** Retry-After as ms from `now`: delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.max(0, at - now);
}

/** Maps a non-success HTTP answer (not 2xx, not 304, not a redirect followed) to a failure. */
export function httpFailure(status: number, statusText: string, retryAfter: string | null, url: string): FetchFailure {
  const detail = `${url}: HTTP ${status} ${statusText}`.trim();
  const extra = { httpStatus: status, retryAfterMs: parseRetryAfter(retryAfter) };
  if (status === 410) return failure('gone', 'The site says this source no longer exists.', detail, extra);
  if (status === 404) return failure('unreachable', 'The site says this address was not found.', detail, extra);
  if (status === 401 || status === 403 || status === 407) {
    return failure('unreachable', 'The site refused access.', detail, extra);
  }
  if (status === 429) return failure('unreachable', 'The site asked us to slow down.', detail, extra);
  if (status === 503) return failure('unreachable', 'The site is busy or down for now.', detail, extra);
  if (status >= 500) return failure('unreachable', 'The site had a problem answering.', detail, extra);
  if (status >= 300 && status < 400) {
    return failure('unreachable', "The site sent us somewhere it didn't name.", detail, extra);
  }
  return failure('unreachable', "The site didn't accept the request.", detail, extra);
}

export function tooBig(maxBytes: number, url: string, seen: number): FetchFailure {
  const mb = maxBytes >= 1024 * 1024 ? `${Math.round(maxBytes / (1024 * 1024))} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return failure('not-a-feed', `This source is too big to read (over ${mb}).`, `${url}: body passed ${maxBytes} bytes (read ${seen})`);
}
