// Set-up from a company name: the listening sources a company usually wants, built from address templates.
// Every user-given part is encoded for its place in the address (query text, path segment, host).
import type { ProposedSource, ProposedWatchWord, SetupArgs, SetupProposal, SetupTemplate } from '../../../shared/api-listen';

const DEFAULT_MASTODON = 'mastodon.social';
const DEFAULT_LEMMY = 'lemmy.world';

function clean(list: string[] | undefined): string[] {
  return [...new Set((list ?? []).map((s) => s.trim().replace(/\s+/g, ' ')).filter(Boolean))];
}

/** A search phrase: quoted when it has several words, so "Kestrel One" is searched as one name. */
function phrase(name: string): string {
  return /\s/.test(name) ? `"${name}"` : name;
}

/** A host name as typed ("https://mastodon.social/", "Mastodon.Social") → "mastodon.social", or null. */
export function hostOf(text: string): string | null {
  const bare = text.trim().replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, '').toLowerCase();
  try {
    const url = new URL(`https://${bare}`);
    return url.hostname && /^[a-z0-9.-]+(:\d+)?$/.test(bare) ? url.host : null;
  } catch {
    return null;
  }
}

/** A tag as Mastodon spells it: letters and digits only. */
function tagOf(name: string): string {
  return (name.normalize('NFKC').match(/[\p{L}\p{N}_]+/gu) ?? []).join('');
}

export const googleNewsUrl = (q: string): string =>
  `https://news.google.com/rss/search?q=${encodeURIComponent(q)}&hl=en-US&gl=US&ceid=US:en`;
export const redditUrl = (q: string): string => `https://www.reddit.com/search.rss?q=${encodeURIComponent(q)}&sort=new`;
export const hnPostsUrl = (q: string): string => `https://hnrss.org/newest?q=${encodeURIComponent(q)}`;
export const hnCommentsUrl = (q: string): string => `https://hnrss.org/newcomments?q=${encodeURIComponent(q)}`;
export const mastodonTagUrl = (server: string, tag: string): string => `https://${server}/tags/${encodeURIComponent(tag)}.rss`;
export const youtubeUrl = (channelId: string): string =>
  `https://www.youtube.com/feeds/videos.xml?channel_id=${encodeURIComponent(channelId)}`;
export const appStoreUrl = (appId: string): string =>
  `https://itunes.apple.com/us/rss/customerreviews/id=${encodeURIComponent(appId)}/sortby=mostrecent/json`;
export const blueskyUrl = (handle: string): string => `https://bsky.app/profile/${encodeURIComponent(handle)}/rss`;
export const lemmyUrl = (server: string, community: string): string =>
  `https://${server}/feeds/c/${encodeURIComponent(community)}.xml`;

function source(template: SetupTemplate, url: string, title: string, note: string | null = null): ProposedSource {
  return { url, title, kind: 'search', template, note };
}

/** What a handle is: a Bluesky name (has a dot), a Mastodon account (@user@server), a #tag, or a plain @name. */
function handleSources(handle: string): ProposedSource[] {
  const h = handle.trim();
  const mastodon = /^@?([\w.]+)@([a-z0-9.-]+\.[a-z]{2,})$/i.exec(h);
  if (mastodon) {
    const host = hostOf(mastodon[2]!);
    return host ? [source('mastodon-profile', `https://${host}/@${encodeURIComponent(mastodon[1]!)}.rss`, `Posts by @${mastodon[1]} on ${host}`)] : [];
  }
  const bare = h.replace(/^@/, '');
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(bare)) return [source('bluesky', blueskyUrl(bare.toLowerCase()), `Posts by ${bare} on Bluesky`)];
  return [];
}

function lemmySource(text: string): ProposedSource | null {
  const [name, server] = text.replace(/^!/, '').split('@');
  const host = server ? hostOf(server) : DEFAULT_LEMMY;
  if (!name || !host) return null;
  return source('lemmy', lemmyUrl(host, name), `Lemmy community ${name}${server ? ` on ${host}` : ''}`);
}

/** The watch words a set-up adds: the company (with its handles as aliases), its products and competitors. */
export function proposedWatchWords(args: SetupArgs): ProposedWatchWord[] {
  const company = args.company.trim();
  const handles = clean(args.handles);
  const words: ProposedWatchWord[] = [];
  if (company) words.push({ word: company, kind: 'company', aliases: handles.filter((h) => h.toLowerCase() !== company.toLowerCase()) });
  for (const p of clean(args.products)) words.push({ word: p, kind: 'product', aliases: [] });
  for (const c of clean(args.competitors)) words.push({ word: c, kind: 'competitor', aliases: [] });
  return words;
}

export function proposeSources(args: SetupArgs): SetupProposal {
  const company = args.company.trim().replace(/\s+/g, ' ');
  const ours = [company, ...clean(args.products)].filter(Boolean);
  const out: ProposedSource[] = [];
  for (const name of ours) {
    out.push(source('google-news', googleNewsUrl(phrase(name)), `News about ${name}`));
    out.push(source('reddit', redditUrl(phrase(name)), `Reddit posts mentioning ${name}`));
    out.push(source('hn-posts', hnPostsUrl(phrase(name)), `Hacker News posts mentioning ${name}`));
    out.push(source('hn-comments', hnCommentsUrl(phrase(name)), `Hacker News comments mentioning ${name}`));
  }
  for (const name of clean(args.competitors)) out.push(source('google-news', googleNewsUrl(phrase(name)), `News about ${name} (a competitor)`));
  const server = hostOf(args.mastodonServer ?? DEFAULT_MASTODON) ?? DEFAULT_MASTODON;
  const tags = new Set([...ours, ...clean(args.handles).filter((h) => h.startsWith('#'))].map(tagOf).filter(Boolean));
  for (const tag of tags) out.push(source('mastodon-tag', mastodonTagUrl(server, tag), `Posts tagged #${tag} on ${server}`));
  for (const h of clean(args.handles)) out.push(...handleSources(h));
  for (const id of clean(args.youtubeChannels)) out.push(source('youtube', youtubeUrl(id), `Videos from the YouTube channel ${id}`));
  for (const id of clean(args.appIds)) {
    const digits = id.replace(/^id/i, '');
    if (!/^\d+$/.test(digits)) continue;
    out.push(
      source('app-store', appStoreUrl(digits), `App Store reviews of app ${digits}`,
        "Apple gives these reviews in a form Earshot can't read yet, so this one is left out for now."),
    );
  }
  for (const c of clean(args.lemmyCommunities)) {
    const s = lemmySource(c);
    if (s) out.push(s);
  }
  if (args.alertsUrl?.trim()) out.push(source('google-alerts', args.alertsUrl.trim(), `Google Alerts for ${company}`));
  const seen = new Set<string>();
  return { sources: out.filter((s) => !seen.has(s.url) && seen.add(s.url)), watchWords: proposedWatchWords(args) };
}
