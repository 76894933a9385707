// Finds the sources behind an address someone pasted: the address itself when it is one, known sites by rule,
// the page's announced links, and finally the usual places sites keep them.
import type { SourceStatus } from '../../../shared/model';
import { pageLinks, sniffSource } from './discovery-html';
import { isYouTubeUrl, knownSiteSources, youTubeChannelIdIn, youTubeChannelSource, type DiscoveredSource } from './discovery-sites';
import { fetchFeed } from './fetch';
import type { FetchOptions } from './types';

export type { DiscoveredSource } from './discovery-sites';
export { knownSiteSources } from './discovery-sites';

/** Where sites usually keep their source, tried (at the site's root) when the page announces none. */
export const COMMON_PATHS = ['/feed', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json', '/feed.xml', '/rss'];

const PAGE_ACCEPT =
  'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/feed+json, ' +
  'application/xml;q=0.9, */*;q=0.8';

/** Thrown when the address itself can't be read; the message is a plain sentence. */
export class DiscoveryError extends Error {
  constructor(
    message: string,
    readonly status: Exclude<SourceStatus, 'ok' | 'new'>,
    readonly detail: string,
  ) {
    super(message);
    this.name = 'DiscoveryError';
  }
}

/** Adds https:// to a bare "example.com/blog", as people type addresses. */
export function normalizePageUrl(input: string): string {
  const text = input.trim();
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(text) || /^file:/i.test(text)) return text;
  return `https://${text.replace(/^\/+/, '')}`;
}

const decode = (body: Uint8Array): string => new TextDecoder('utf-8', { fatal: false }).decode(body);

async function tryCommonPaths(pageUrl: string, opts: FetchOptions): Promise<DiscoveredSource[]> {
  const origin = new URL(pageUrl).origin;
  const candidates = COMMON_PATHS.map((p) => new URL(p, origin).href).filter((u) => u !== pageUrl);
  // A handful of small requests to one site: run together, bounded by the same limits as any fetch.
  const results = await Promise.all(
    candidates.map(async (url) => {
      const out = await fetchFeed({ url }, opts);
      if (out.kind !== 'ok') return null;
      const title = sniffSource(decode(out.body));
      return title === null ? null : { url: out.finalUrl, title: title || new URL(out.finalUrl).host };
    }),
  );
  const seen = new Set<string>();
  const found: DiscoveredSource[] = [];
  for (const r of results) {
    if (r === null || seen.has(r.url)) continue;
    seen.add(r.url);
    found.push(r);
  }
  return found;
}

/**
 * The sources an address leads to, best first; [] when the page answers but offers none.
 * Throws DiscoveryError when the address itself can't be read.
 */
export async function discoverSources(pageUrl: string, opts: FetchOptions = {}): Promise<DiscoveredSource[]> {
  const url = normalizePageUrl(pageUrl);
  const known = knownSiteSources(url);
  if (known) return known;

  const page = await fetchFeed({ url }, { ...opts, accept: PAGE_ACCEPT });
  if (page.kind === 'failed') throw new DiscoveryError(page.message, page.status, page.detail);
  if (page.kind !== 'ok') return []; // not-modified can't happen without validators; keeps the types honest
  const text = decode(page.body);
  const finalUrl = page.finalUrl;

  const ownTitle = sniffSource(text);
  if (ownTitle !== null) return [{ url: finalUrl, title: ownTitle || new URL(finalUrl).host }];

  const links = pageLinks(text, finalUrl);
  if (isYouTubeUrl(finalUrl)) {
    const channelId = youTubeChannelIdIn(text);
    if (channelId) return [youTubeChannelSource(channelId, links.title || undefined)];
  }
  if (links.sources.length > 0) return links.sources;
  if (!/^https?:/.test(finalUrl)) return [];
  return tryCommonPaths(finalUrl, opts);
}
