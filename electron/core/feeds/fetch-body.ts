// Reads a body without trusting it: stops at maxBytes (counted after decompression, since fetch hands us
// decoded bytes) and at the deadline, so a gzip bomb or a slow drip costs little memory and bounded time.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describeError, failure, tooBig, type FetchFailure } from './fetch-errors';

export type BodyResult = { ok: true; body: Uint8Array } | { ok: false; tooBig: number } | { ok: false; error: unknown };

function concat(chunks: Uint8Array[], total: number): Uint8Array {
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Rejects when the signal aborts; lets a pending read lose the race instead of waiting on a silent server. */
export function whenAborted(signal: AbortSignal): { promise: Promise<never>; dispose: () => void } {
  let onAbort = (): void => {};
  const promise = new Promise<never>((_, reject) => {
    onAbort = () => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  promise.catch(() => {}); // handled by whoever races it; avoid an unhandled rejection when nobody does
  return { promise, dispose: () => signal.removeEventListener('abort', onAbort) };
}

export async function readBounded(
  body: AsyncIterable<Uint8Array> | null,
  maxBytes: number,
  signal: AbortSignal,
): Promise<BodyResult> {
  if (body === null) return { ok: true, body: new Uint8Array(0) };
  const reader = body[Symbol.asyncIterator]();
  const aborted = whenAborted(signal);
  const chunks: Uint8Array[] = [];
  let total = 0;
  let whole = false;
  try {
    for (;;) {
      const { done, value } = await Promise.race([reader.next(), aborted.promise]);
      if (done) {
        whole = true;
        return { ok: true, body: concat(chunks, total) };
      }
      total += value.length;
      if (total > maxBytes) return { ok: false, tooBig: total };
      chunks.push(value);
    }
  } catch (error) {
    return { ok: false, error };
  } finally {
    aborted.dispose();
    // Stops the download (and the decompressor) now rather than letting it run on unread. A body read to its
    // end is left alone: ending it here would close a connection kept for the next request.
    if (!whole) reader.return?.().catch(() => {});
  }
}

/** Reads a file: address, bounded like a download. Never throws. */
export async function readFileUrl(
  url: string,
  maxBytes: number,
  signal: AbortSignal,
): Promise<{ ok: true; body: Uint8Array } | FetchFailure> {
  let path: string;
  try {
    path = fileURLToPath(url);
  } catch (error) {
    return failure('unreachable', "This file address couldn't be read.", `${url}: ${describeError(error)}`);
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) {
      const what = info.isDirectory() ? 'a folder' : info.isFIFO() ? 'a pipe' : info.isSocket() ? 'a socket' : 'a device';
      return failure('not-a-feed', `This address is ${what}, not a file.`, `${url}: not a regular file`);
    }
    if (info.size > maxBytes) return tooBig(maxBytes, url, info.size);
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = code === 'ENOENT' ? "The file couldn't be found." : "The file couldn't be read.";
    return failure('unreachable', message, `${url}: ${describeError(error)}`);
  }
  // Streamed with the same bound: the file may grow (or be a device) between stat and read.
  const stream = createReadStream(path, { signal, highWaterMark: 64 * 1024 });
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) return tooBig(maxBytes, url, total);
      chunks.push(chunk);
    }
    return { ok: true, body: concat(chunks, total) };
  } catch (error) {
    return failure('unreachable', "The file couldn't be read.", `${url}: ${describeError(error)}`);
  } finally {
    stream.destroy();
  }
}
