// Makes feed HTML safe to show: no scripts, handlers, frames, plugins, forms, styles or script/data URLs.
// Links and images are kept, made absolute against the item's base, and links open without an opener.
//
// js-xss does the work: an allow-list filter that reads markup in one linear pass. sanitize-html did the same
// job at about twice the cost (it builds a frame per element on htmlparser2), and this step runs for every
// item of every sync. The renderer sanitizes again (DOMPurify) before showing anything.
import { FilterXSS, stripCommentTag, type IWhiteList } from 'xss';
import { decodeEntities, escapeAttr, escapeHtml, foldSpace, htmlWithoutControls, resolveUrl } from './text';

const TAGS = [
  'p', 'a', 'br', 'img', 'div', 'span', 'strong', 'em', 'b', 'i', 'li', 'ul', 'ol', 'figure', 'figcaption', 'blockquote',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'code', 'hr', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption',
  'colgroup', 'col', 'picture', 'source', 'video', 'audio', 'center', 'font', 'big', 'small', 'del', 'ins', 'strike', 'u',
  's', 'sub', 'sup', 'samp', 'kbd', 'var', 'tt', 'acronym', 'abbr', 'address', 'dfn', 'details', 'summary', 'mark',
  'time', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'dl', 'dt', 'dd', 'cite', 'q', 'main', 'wbr',
  'hgroup', 'bdi', 'bdo', 'data', 'ruby', 'rb', 'rp', 'rt', 'rtc',
];

const ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'name'],
  img: ['src', 'alt', 'title', 'width', 'height'],
  source: ['src', 'type', 'media'],
  video: ['src', 'poster', 'controls', 'width', 'height'],
  audio: ['src', 'controls'],
  blockquote: ['cite'],
  q: ['cite'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start', 'type'],
  time: ['datetime'],
  abbr: ['title'],
};

const ALLOWED: IWhiteList = Object.fromEntries(TAGS.map((t) => [t, ATTRIBUTES[t] ?? []]));

// Elements removed together with everything inside them.
const DROP_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'frame', 'frameset', 'noframes', 'noembed', 'template', 'xmp', 'plaintext', 'head', 'select', 'button',
];

const URL_ATTRS = new Set(['href', 'src', 'cite', 'poster']);
const SCHEMES = new Set(['http', 'https', 'mailto', 'ftp', 'tel']);

/** A link or picture address that is safe to keep, made absolute against `base`; null when it must go. */
export function safeUrl(raw: string, base: string | undefined): string | null {
  // Entities are decoded before the scheme is read (jav&#x61;script: is javascript:), and white space and
  // control characters are ignored in it, as browsers ignore them.
  const value = decodeEntities(raw).trim();
  // eslint-disable-next-line no-control-regex -- control characters are what is removed
  const squeezed = value.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
  if (scheme) return SCHEMES.has(scheme) ? value : null;
  // A colon before any / ? or # that is not a scheme (e.g. "java script:") is not an address.
  if (/^[^/?#]*:/.test(squeezed)) return null;
  if (!base) return squeezed.startsWith('//') ? null : value;
  const out = resolveUrl(value, base);
  return /^https?:/i.test(out) ? out : null;
}

/** Text keeps its entities; a bare '&' becomes &amp; and '>' &gt;, so the stored HTML is well formed. */
function escapeText(text: string): string {
  return text.replace(/&(?!#?[A-Za-z0-9]+;)/g, '&amp;').replace(/>/g, '&gt;');
}

/** What js-xss writes for the text between tags: escapeText, and a '<' that starts no tag becomes &lt;. */
function escapeTextChunk(text: string): string {
  // Most text between tags has none of the three: one test instead of three replaces.
  return /[&<>]/.test(text) ? escapeText(text).replace(/</g, '&lt;') : text;
}

// One filter for every fragment (building one costs more than filtering a short item); the base that links
// resolve against is set before each run, and runs are synchronous.
let currentBase: string | undefined;
// A feed repeats links (an item's "more", the site's own pages): each is resolved once per base.
const urls = new Map<string, string | null>();

function urlFor(value: string): string | null {
  let url = urls.get(value);
  if (url === undefined) {
    if (urls.size >= 1024) urls.clear();
    // The value is cut from the fragment and would keep all of it alive while cached: keep a copy instead.
    const own = (' ' + value).slice(1);
    urls.set(own, (url = safeUrl(own, currentBase)));
  }
  return url;
}

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROP_WITH_CONTENT,
  // Comments are removed before (so the work scan reads what this filter reads); any left are tags it drops.
  allowCommentTag: true,
  css: false,
  escapeHtml: escapeTextChunk,
  onTagAttr(tag, name, value, isAllowed) {
    if (!isAllowed || !URL_ATTRS.has(name)) return undefined;
    const url = urlFor(value);
    if (url === null) return '';
    const attr = `${name}="${escapeAttr(url)}"`;
    return tag === 'a' && name === 'href' ? `${attr} rel="noopener noreferrer"` : attr;
  },
});

function filterWith(html: string, base: string | undefined): string {
  if (base !== currentBase) {
    currentBase = base;
    urls.clear();
  }
  return filter.process(html);
}

/**
 * js-xss reads a tag's attributes in time that grows with the tag's length times the spaces between its
 * attributes: fine for real tags, minutes for junk with a hundred thousand attributes. This linear scan adds
 * that up for a fragment, reading tags as js-xss does (a quoted value after '=' may hold spaces and '>').
 */
export function attributeWork(html: string): number {
  let work = 0;
  let start = -1;
  let spaces = 0;
  let afterEquals = false;
  for (let i = 0; i < html.length; i++) {
    if (start < 0) {
      // Outside a tag only '<' counts: jump to it (most of a fragment is text).
      i = html.indexOf('<', i);
      if (i < 0) break;
      start = i;
      spaces = 0;
      afterEquals = false;
      continue;
    }
    const c = html.charCodeAt(i);
    if (c === 62 /* > */) {
      work += spaces * (i - start);
      start = -1;
    } else if (c === 61 /* = */) {
      afterEquals = true;
    } else if ((c === 34 || c === 39) && afterEquals) {
      const end = html.indexOf(html[i]!, i + 1);
      i = end < 0 ? html.length : end;
      afterEquals = false;
    } else if (c <= 32 || c === 0xa0 || (c >= 0x1680 && /\s/.test(html[i]!))) {
      spaces++;
    } else {
      afterEquals = false;
    }
  }
  return start < 0 ? work : work + spaces * (html.length - start);
}

/** Real markup does a few units of work per character; past this, markup is dropped and its text kept. */
const workBudget = (length: number) => 32 * length + 20_000;

/** Sanitizes an HTML fragment; `base` makes relative links absolute. Control characters go too (see text.ts). */
export function sanitize(html: string, base?: string): string {
  return htmlWithoutControls(sanitizeMarkup(html, base));
}

function sanitizeMarkup(html: string, base?: string): string {
  if (!html) return '';
  // Text without markup is already safe; only escape stray '&' and '>'.
  if (!html.includes('<')) return escapeText(html);
  // A '<' that starts no tag is text (feedparser keeps "<!DOCTYPE" in a description as words).
  const text = stripCommentTag(html.replace(/<(?![A-Za-z/]|!--)/g, '&lt;'));
  if (attributeWork(text) > workBudget(text.length)) return escapeHtml(foldSpace(decodeEntities(text.replace(/<[^>]*>?/g, ' '))));
  return filterWith(text, base).trim();
}
