// Bounded fetches for the read area (article pages, pictures, reply lists), through the same fetchFeed the sync
// uses: time, size and redirects are capped, and every outcome tells the network tracker what it met.
import { fetchFeed } from '../feeds/fetch';
import type { FetchOutcome } from '../feeds/types';
import type { EngineContext } from '../context';
import { noteFetch } from './network';

export type ReadFetchContext = Pick<EngineContext, 'store' | 'clock' | 'fetch' | 'userAgent' | 'log'>;

export const PAGE_MAX_BYTES = 4 * 1024 * 1024;
export const PAGE_TIMEOUT_MS = 20_000;

const ACCEPT_PAGE = 'text/html, application/xhtml+xml;q=0.9, */*;q=0.5';

export async function fetchBounded(
  ctx: ReadFetchContext,
  url: string,
  opts: { maxBytes?: number; accept?: string; timeoutMs?: number } = {},
): Promise<FetchOutcome> {
  const outcome = await fetchFeed(
    { url },
    {
      fetch: ctx.fetch,
      userAgent: ctx.userAgent,
      maxBytes: opts.maxBytes ?? PAGE_MAX_BYTES,
      timeoutMs: opts.timeoutMs ?? PAGE_TIMEOUT_MS,
      accept: opts.accept ?? ACCEPT_PAGE,
    },
  );
  // file: addresses (the sample data) say nothing about the network.
  if (!url.startsWith('file:')) {
    noteFetch(ctx, outcome.kind === 'failed' ? (outcome.status === 'offline' ? 'offline' : 'other') : 'ok');
  }
  if (outcome.kind === 'failed') ctx.log.info(`read: ${outcome.detail}`);
  return outcome;
}

/** Decodes a page with the charset its header or <meta> names; UTF-8 otherwise. */
export function decodePage(body: Uint8Array, contentType: string | null): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(body.subarray(0, 2048));
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(body);
    } catch {
      // an unknown label: try the next
    }
  }
  return new TextDecoder().decode(body);
}
