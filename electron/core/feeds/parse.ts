// The parse step: decode → parse → normalize → sanitize. One tolerant single-pass reader for every XML format
// (rss-parser throws on a bare `&` and costs more than the whole step), plus a JSON Feed reader.
import { decodeBody } from './decode';
import { extractJsonFeed, isJsonFeed, isRssInJson } from './json-feed';
import { extractXml, isFeedRoot, type RawFeed, type RawHtml } from './extract-xml';
import { readXml } from './xml-tree';
import { sanitize } from './sanitize';
import { foldSpace, withoutControls } from './text';
import { FeedError, type ParsedFeed, type ParseOptions } from './types';

const WEB_PAGE = 'This address shows a web page, not a list of posts.';
const HTML_ROOTS = new Set(['html', 'head', 'body', 'div', 'p', 'table', 'title', 'meta', 'script', 'a', 'h1', 'center']);
const NOT_READABLE = "This address doesn't give a list of posts we can read.";

function clean(v: RawHtml | null): string {
  return v ? sanitize(v.html, v.base) : '';
}

// Every text the parser hands on passes here: control characters go (the HTML loses them in sanitize), and
// a title or name is folded again, so "a \x07 b" doesn't keep two spaces.
const line = (s: string) => foldSpace(withoutControls(s));
const lineOrNull = (s: string | null) => (s === null ? null : line(s) || null);
// An address or id made only of control characters is no address.
const addressOrNull = (s: string | null) => (s === null ? null : withoutControls(s) || (s ? null : s));

function normalize(raw: RawFeed): ParsedFeed {
  return {
    title: line(raw.title),
    link: addressOrNull(raw.link),
    items: raw.items.map((it) => {
      const content = clean(it.content);
      // Many feeds give the same HTML as summary and content: sanitize it once.
      const same = it.summary && it.content && it.summary.html === it.content.html && it.summary.base === it.content.base;
      const summary = it.summary && !same ? clean(it.summary) : content;
      return {
        id: addressOrNull(it.id),
        title: line(it.title),
        link: addressOrNull(it.link),
        published: it.published,
        author: lineOrNull(it.author),
        summary,
        content,
        enclosures: it.enclosures.map((e) => ({ ...e, url: withoutControls(e.url), type: addressOrNull(e.type) })),
        commentsUrl: addressOrNull(it.commentsUrl),
        replyCount: it.replyCount,
        stars: it.stars,
      };
    }),
  };
}

// A base that is not a web address (e.g. a javascript: Content-Location) must not leak into links.
function safeBase(base: string | undefined): string | undefined {
  return base && /^(https?|file|ftp):/i.test(base.trim()) ? base.trim() : undefined;
}

function parseText(text: string, opts: ParseOptions): ParsedFeed {
  const start = text.search(/\S/);
  if (start < 0) throw new FeedError('This address gave an empty page.');
  if (text[start] === '{' || text[start] === '[') {
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new FeedError(NOT_READABLE);
    }
    if (!isJsonFeed(data) && !isRssInJson(data)) throw new FeedError('This address gives data, but not a list of posts we can read.');
    return normalize(extractJsonFeed(data, safeBase(opts.baseUrl)));
  }
  const doc = readXml(text, safeBase(opts.baseUrl));
  const root = doc.root;
  if (!root) throw new FeedError(NOT_READABLE);
  if (HTML_ROOTS.has(root.local) || (doc.htmlDoctype && !isFeedRoot(root))) throw new FeedError(WEB_PAGE);
  if (!isFeedRoot(root)) throw new FeedError(NOT_READABLE);
  return normalize(extractXml(doc, root));
}

/** Reads the bytes of a source as a list of posts; throws FeedError (a plain sentence) when they are not one. */
export async function parseFeed(body: Uint8Array | string, opts: ParseOptions = {}): Promise<ParsedFeed> {
  const text = decodeBody(body, opts.contentType);
  return parseText(text, opts);
}
