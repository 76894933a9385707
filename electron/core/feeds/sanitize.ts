// Makes feed HTML safe to show: no scripts, handlers, frames, plugins, forms, styles or script/data URLs.
// Links and images are kept, made absolute against the item's base, and links open without an opener.
import sanitizeHtml from 'sanitize-html';
import { decodeEntities, escapeHtml, resolveUrl } from './text';

// Most frequent first: sanitize-html looks tags up with indexOf.
const ALLOWED_TAGS = [
  ...new Set([
    'p', 'a', 'br', 'img', 'div', 'span', 'strong', 'em', 'b', 'i', 'li', 'ul', 'ol', 'figure', 'figcaption', 'blockquote',
    'h2', 'h3', 'h1', 'h4', 'h5', 'h6', 'pre', 'code', 'hr', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption',
    'colgroup', 'col', 'picture', 'source', 'video', 'audio', 'center', 'font', 'big', 'small', 'del', 'ins', 'strike', 'u',
    's', 'sub', 'sup', 'samp', 'kbd', 'var', 'tt', 'acronym', 'abbr', 'address', 'dfn', 'details', 'summary', 'mark',
    'time', 'section', 'article', 'aside', 'header', 'footer', 'nav', 'dl', 'dt', 'dd', 'cite', 'q', 'main', 'wbr',
    ...sanitizeHtml.defaults.allowedTags,
  ]),
];

// Elements removed together with everything inside them.
const DROP_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'noscript', 'iframe', 'frame', 'frameset', 'noframes', 'noembed', 'template', 'xmp', 'plaintext', 'head', 'select', 'button',
];

const URL_ATTRS = new Set(['href', 'src', 'cite', 'poster']);

function absolutize(base: string | undefined) {
  return (tagName: string, attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag => {
    const out: sanitizeHtml.Attributes = {};
    for (const k in attribs) {
      const v = attribs[k] as string;
      // Entities are left undecoded in this pass, so decode the address before resolving and checking its
      // scheme (jav&#x61;script: must be seen as javascript:), then escape it again for the attribute.
      out[k] = URL_ATTRS.has(k) ? resolveUrl(decodeEntities(v), base).replace(/&/g, '&amp;') : v;
    }
    if (tagName === 'a' && out.href) {
      out.rel = 'noopener noreferrer';
    }
    return { tagName, attribs: out };
  };
}

const optionsCache = new Map<string, sanitizeHtml.IOptions>();

function optionsFor(base: string | undefined): sanitizeHtml.IOptions {
  const key = base ?? '';
  let o = optionsCache.get(key);
  if (!o) {
    const t = absolutize(base);
    o = {
      allowedTags: ALLOWED_TAGS,
      nonTextTags: DROP_WITH_CONTENT,
      allowedAttributes: {
        a: ['href', 'title', 'rel', 'name'],
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
      },
      allowedSchemes: ['http', 'https', 'mailto', 'ftp', 'tel'],
      allowedSchemesByTag: {},
      allowedSchemesAppliedToAttributes: ['href', 'src', 'cite', 'poster'],
      allowProtocolRelative: false,
      // Deeper markup is dropped (its text kept): no reader needs it, and it keeps the work linear.
      nestingLimit: 64,
      transformTags: { a: t, img: t, source: t, video: t, audio: t, blockquote: t, q: t },
      // Entities stay as written (sanitize-html escapes only what could open markup): a third faster.
      parser: { decodeEntities: false, lowerCaseTags: true, lowerCaseAttributeNames: true },
    };
    if (optionsCache.size > 64) optionsCache.clear();
    optionsCache.set(key, o);
  }
  return o;
}

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The deepest nesting of start tags (an over-estimate: HTML's implied end tags are not applied). */
function nestingDepth(html: string): number {
  const re = /<(\/?)([A-Za-z][\w:-]*)(?:[^<>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
  let depth = 0;
  let max = 0;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (!m[3] && !VOID.has((m[2] as string).toLowerCase())) max = Math.max(max, ++depth);
  }
  return max;
}

// The HTML parser inside sanitize-html costs O(depth) per tag; past this, markup is dropped for plain text.
const BIG_FRAGMENT = 50_000;
const MAX_DEPTH = 1_000;

/** Sanitizes an HTML fragment; `base` makes relative links absolute. */
export function sanitize(html: string, base?: string): string {
  if (!html) return '';
  // Text without markup is already safe; skip the HTML parser for it and only escape stray '&' and '>'.
  if (!html.includes('<')) return html.replace(/&(?!#?[A-Za-z0-9]+;)/g, '&amp;').replace(/>/g, '&gt;');
  // A '<' that starts no tag is text (feedparser keeps "<!DOCTYPE" in a description as words).
  const text = html.replace(/<(?![A-Za-z/]|!--)/g, '&lt;');
  if (text.length > BIG_FRAGMENT && nestingDepth(text) > MAX_DEPTH) {
    return escapeHtml(decodeEntities(text.replace(/<(?:[^<>"']|"[^"]*"|'[^']*')*>/g, ' '))).replace(/\s+/g, ' ').trim();
  }
  return sanitizeHtml(text, optionsFor(base)).trim();
}
