// Sites whose source address can be worked out from the page address alone (YouTube, Reddit): no page fetch,
// so adding them works even when the site would block or rate-limit an automated visit.

export interface DiscoveredSource {
  url: string;
  title: string;
}

const YT_FEED = 'https://www.youtube.com/feeds/videos.xml';

function isYouTube(host: string): boolean {
  return host === 'youtube.com' || host.endsWith('.youtube.com');
}

function isReddit(host: string): boolean {
  return host === 'reddit.com' || host.endsWith('.reddit.com');
}

/** The YouTube channel id a page names in its markup (for /@handle and /c/ addresses), or null. */
export function youTubeChannelIdIn(html: string): string | null {
  const m =
    /<meta[^>]+itemprop=["']channelId["'][^>]+content=["'](UC[\w-]{22})["']/i.exec(html) ??
    /"(?:channelId|externalId|browseId)"\s*:\s*"(UC[\w-]{22})"/.exec(html) ??
    /youtube\.com\/channel\/(UC[\w-]{22})/.exec(html);
  return m?.[1] ?? null;
}

export function youTubeChannelSource(channelId: string, title = 'YouTube channel'): DiscoveredSource {
  return { url: `${YT_FEED}?channel_id=${encodeURIComponent(channelId)}`, title };
}

/** YouTube addresses that carry their own id. Handles (/@name, /c/name) need the page: see youTubeChannelIdIn. */
function youTube(u: URL): DiscoveredSource[] | null {
  if (u.pathname === '/feeds/videos.xml') return [{ url: u.href, title: 'YouTube' }];
  const channel = /^\/channel\/(UC[\w-]+)/.exec(u.pathname);
  if (channel?.[1]) return [youTubeChannelSource(channel[1])];
  const list = u.searchParams.get('list');
  if (u.pathname === '/playlist' && list) {
    return [{ url: `${YT_FEED}?playlist_id=${encodeURIComponent(list)}`, title: 'YouTube playlist' }];
  }
  const user = /^\/user\/([^/]+)/.exec(u.pathname);
  if (user?.[1]) return [{ url: `${YT_FEED}?user=${encodeURIComponent(decodeURIComponent(user[1]))}`, title: `YouTube: ${decodeURIComponent(user[1])}` }];
  return null;
}

/** Any Reddit listing (subreddit, user, search, thread) has a twin at the same path with `.rss` appended. */
function reddit(u: URL): DiscoveredSource[] {
  let path = u.pathname.replace(/\/+$/, '');
  if (!path.endsWith('.rss')) path = path.replace(/\.json$/, '') + '.rss';
  if (!path.startsWith('/')) path = '/' + path; // the home page: '/.rss'
  const feed = new URL(`https://www.reddit.com${path}`);
  for (const [k, v] of u.searchParams) feed.searchParams.append(k, v);
  const sub = /^\/r\/([^/]+)/.exec(u.pathname)?.[1];
  const q = u.searchParams.get('q');
  const title = /\/search\b/.test(u.pathname) && q ? `Reddit search: ${q}` : sub ? `Reddit: r/${sub}` : 'Reddit';
  return [{ url: feed.href, title }];
}

/** Sources known from the address alone, or null when the page must be read. */
export function knownSiteSources(pageUrl: string): DiscoveredSource[] | null {
  let u: URL;
  try {
    u = new URL(pageUrl);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  if (isYouTube(host)) return youTube(u);
  if (isReddit(host)) return reddit(u);
  return null;
}

export function isYouTubeUrl(pageUrl: string): boolean {
  try {
    return isYouTube(new URL(pageUrl).hostname.toLowerCase());
  } catch {
    return false;
  }
}
