// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1) into raw values.
import { starsOf, type RawFeed, type RawItem } from './extract-xml';
import { FeedError } from './types';
import { parseDate } from './dates';
import { escapeHtml, foldSpace, htmlToText, resolveLink } from './text';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);

function authorOf(item: Obj, feed: Obj): string | null {
  for (const src of [item, feed]) {
    const list = Array.isArray(src['authors']) ? src['authors'] : isObj(src['author']) ? [src['author']] : [];
    for (const a of list) {
      const name = isObj(a) ? str(a['name']) : null;
      if (name && foldSpace(name)) return foldSpace(name);
    }
  }
  return null;
}

export function isJsonFeed(data: unknown): data is Obj {
  if (!isObj(data)) return false;
  const v = str(data['version']) ?? '';
  return /jsonfeed\.org\/version\//i.test(v) || (Array.isArray(data['items']) && 'title' in data && !('rss' in data));
}

/** Dave Winer's "RSS in JSON" ({"rss":{"channel":{…,"item":[…]}}}), read as the RSS it mirrors. */
export function isRssInJson(data: unknown): data is Obj {
  return isObj(data) && isObj(data['rss']) && isObj(data['rss']['channel']);
}

function rssInJson(data: Obj, base: string | undefined): RawFeed {
  const ch = (data['rss'] as Obj)['channel'] as Obj;
  const list = Array.isArray(ch['item']) ? ch['item'] : isObj(ch['item']) ? [ch['item']] : [];
  const items: RawItem[] = list.filter(isObj).map((it) => {
    const desc = str(it['description']);
    const enc = isObj(it['enclosure']) ? it['enclosure'] : null;
    const encUrl = enc ? resolveLink(str(enc['url']), base) : null;
    const length = enc ? Number(enc['length']) : NaN;
    return {
      id: str(it['guid']),
      title: htmlToText(str(it['title']) ?? ''),
      link: resolveLink(str(it['link']) ?? str(it['guid']), base),
      published: parseDate(str(it['pubDate'])),
      author: str(it['author']) ? foldSpace(str(it['author']) as string) : null,
      summary: desc ? { html: desc, base } : null,
      content: null,
      enclosures: encUrl ? [{ url: encUrl, type: str(enc?.['type']), length: Number.isFinite(length) ? length : null }] : [],
      commentsUrl: resolveLink(str(it['comments']), base),
      replyCount: null,
      stars: null,
    };
  });
  return { title: htmlToText(str(ch['title']) ?? ''), link: resolveLink(str(ch['link']), base), items };
}

/** A review's stars from a JSON Feed extension object ("_app_store": { "rating": 4 }): the first one given. */
function extensionStars(item: Record<string, unknown>): number | null {
  for (const [key, value] of Object.entries(item)) {
    if (key.startsWith('_') && isObj(value)) {
      const stars = starsOf(value['rating']);
      if (stars !== null) return stars;
    }
  }
  return null;
}

export function extractJsonFeed(data: unknown, baseUrl: string | undefined): RawFeed {
  if (isRssInJson(data)) return rssInJson(data, baseUrl);
  if (!isJsonFeed(data)) throw new FeedError('This address gives data, but not a list of posts we can read.');
  const base = str(data['feed_url']) ? (resolveLink(str(data['feed_url']), baseUrl) ?? baseUrl) : baseUrl;
  const items: RawItem[] = [];
  for (const it of Array.isArray(data['items']) ? data['items'] : []) {
    if (!isObj(it)) continue;
    const link = resolveLink(str(it['url']) ?? str(it['external_url']), base);
    const html = str(it['content_html']);
    const text = str(it['content_text']);
    const summary = str(it['summary']);
    const enclosures = (Array.isArray(it['attachments']) ? it['attachments'] : []).flatMap((a) => {
      if (!isObj(a)) return [];
      const url = resolveLink(str(a['url']), base);
      const size = Number(a['size_in_bytes']);
      return url ? [{ url, type: str(a['mime_type']), length: Number.isFinite(size) && size >= 0 ? size : null }] : [];
    });
    items.push({
      id: str(it['id']),
      title: htmlToText(escapeHtml(str(it['title']) ?? '')),
      link,
      published: parseDate(str(it['date_published'])) ?? parseDate(str(it['date_modified'])),
      author: authorOf(it, data),
      summary: summary ? { html: escapeHtml(summary), base } : null,
      content: html ? { html, base } : text ? { html: escapeHtml(text), base } : null,
      enclosures,
      commentsUrl: null,
      replyCount: null,
      stars: extensionStars(it),
    });
  }
  return {
    title: foldSpace(str(data['title']) ?? ''),
    link: resolveLink(str(data['home_page_url']), base),
    items,
  };
}
