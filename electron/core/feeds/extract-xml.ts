// Reads RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 and CDF element trees into raw values (before sanitizing).
import { attr, child, childrenNamed, innerXml, type XDoc, type XNode } from './xml-tree';
import { escapeHtml, htmlToText, looksLikeHtml, foldSpace, resolveLink, resolveUrl } from './text';
import { parseDate } from './dates';
import type { ParsedEnclosure } from './types';

/** An HTML value with the base its relative links resolve against. */
export interface RawHtml {
  html: string;
  base: string | undefined;
}

export interface RawItem {
  id: string | null;
  title: string;
  link: string | null;
  published: string | null;
  author: string | null;
  summary: RawHtml | null;
  content: RawHtml | null;
  enclosures: ParsedEnclosure[];
  commentsUrl: string | null;
  replyCount: number | null;
  stars: number | null;
}

/** Stars from 1 to 5 (whole or half), or null for anything else. */
export function starsOf(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value.trim()) : NaN;
  return Number.isFinite(n) && n >= 1 && n <= 5 ? Math.round(n * 2) / 2 : null;
}

export interface RawFeed {
  title: string;
  link: string | null;
  items: RawItem[];
}

// 'raw': decoded base64 of a non-text type: shown as written in plain fields, read as HTML in HTML fields.
type Kind = 'text' | 'html' | 'raw';
type Default = 'text' | 'html' | 'sniff';
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** Reads a text construct (Atom type/mode, RSS escaped HTML, inline markup) as HTML or plain text. */
function textConstruct(doc: XDoc, node: XNode, dflt: Default): { value: string; kind: Kind } {
  const type = (node.attrs['type'] ?? '').trim().toLowerCase();
  const mode = (node.attrs['mode'] ?? '').trim().toLowerCase();
  const isText = type === 'text' || type === 'text/plain';
  const isHtml = type === 'html' || type === 'text/html' || mode === 'escaped';
  const isXml = type === 'xhtml' || type.endsWith('/xml') || type.endsWith('+xml');
  if (mode === 'base64' || (type && !isText && !isHtml && !isXml && !type.startsWith('text/'))) {
    const decoded = Buffer.from(node.text.replace(/\s+/g, ''), 'base64').toString('utf8');
    return { value: decoded, kind: isHtml ? 'html' : isText || !type ? 'text' : 'raw' };
  }
  if (node.children.length > 0) {
    // Inline markup (Atom xhtml, or HTML left unescaped in RSS): the markup itself, without namespace prefixes.
    const raw = innerXml(doc, node)
      .replace(/<(\/?)[A-Za-z_][\w.-]*:(?=[A-Za-z_])/g, '<$1')
      // XML's <iframe/> is empty; in HTML only void elements may close themselves.
      .replace(/<([A-Za-z][\w-]*)((?:[^<>"']|"[^"]*"|'[^']*')*?)\/>/g, (m, name: string, rest: string) =>
        VOID.has(name.toLowerCase()) ? m : `<${name}${rest}></${name}>`,
      );
    return { value: raw, kind: 'html' };
  }
  if (isHtml) return { value: node.text, kind: 'html' };
  if (isText || isXml) return { value: node.text, kind: 'text' };
  if (dflt === 'sniff') return { value: node.text, kind: looksLikeHtml(node.text) ? 'html' : 'text' };
  return { value: node.text, kind: dflt };
}

// Longer titles and names are junk; the cap also keeps tag stripping far from quadratic time.
const MAX_PLAIN = 16_384;

function plain(doc: XDoc, node: XNode | undefined, dflt: Default): string {
  if (!node) return '';
  const t = textConstruct(doc, node, dflt);
  const value = t.value.length > MAX_PLAIN ? t.value.slice(0, MAX_PLAIN) : t.value;
  return t.kind === 'html' ? htmlToText(value) : foldSpace(value);
}

function html(doc: XDoc, node: XNode | undefined, dflt: Default): RawHtml | null {
  if (!node) return null;
  const t = textConstruct(doc, node, dflt);
  const value = t.kind === 'text' ? escapeHtml(t.value.trim()) : t.value.trim();
  return value ? { html: value, base: node.base } : null;
}

function first(node: XNode, names: Array<[string, string]>): XNode | undefined {
  for (const [ns, local] of names) {
    const c = child(node, local, ns);
    if (c && (c.text.trim() || c.children.length)) return c;
  }
  return undefined;
}

function linkOf(node: XNode): string | null {
  let alternate: string | null = null; // an alternate of a non-HTML type, used when there is no better one
  let fallback: string | null = null;
  for (const l of childrenNamed(node, 'link')) {
    const href = attr(l, 'href');
    const url = href ?? l.text.trim();
    if (!url) continue;
    const rel = (l.attrs['rel'] ?? 'alternate').trim().toLowerCase();
    const abs = resolveLink(url, l.base);
    if (!abs) continue;
    if (rel === 'alternate' || rel === 'http://www.iana.org/assignments/relation/alternate') {
      const type = (l.attrs['type'] ?? '').trim().toLowerCase();
      if (!type || type.includes('html')) return abs;
      alternate ??= abs;
    } else if (!fallback && href === undefined) fallback = abs;
  }
  if (alternate ?? fallback) return alternate ?? fallback;
  const href = attr(node, 'href'); // CDF
  if (href) return resolveLink(href, node.base);
  return null;
}

/** "jo@example.com (Jo Smith)" → "Jo Smith"; "Jo Smith <jo@example.com>" → "Jo Smith". */
export function authorName(raw: string): string | null {
  const s = foldSpace(raw.slice(0, 512));
  if (!s) return null;
  let m = /^\S+@\S+\s*\((.+)\)$/.exec(s);
  if (m?.[1]) return m[1].trim();
  m = /^(.+?)\s*<[^>]*@[^>]*>$/.exec(s);
  if (m?.[1]) return m[1].replace(/^["']|["']$/g, '').trim();
  m = /^(.+?)\s*\(\S+@\S+\)$/.exec(s);
  if (m?.[1]) return m[1].trim();
  return s;
}

function authorOf(doc: XDoc, node: XNode): string | null {
  for (const [ns, local] of [['', 'author'], ['dc', 'creator'], ['dc', 'author'], ['itunes', 'author'], ['', 'contributor'], ['dc', 'contributor']] as const) {
    const a = child(node, local, ns);
    if (!a) continue;
    const name = child(a, 'name');
    if (name) {
      const n = foldSpace(plain(doc, name, 'text'));
      if (n) return n;
    }
    const email = child(a, 'email');
    const text = a.children.length ? (email ? email.text : '') : plain(doc, a, 'sniff');
    const n = authorName(text);
    if (n) return n;
  }
  return null;
}

// Where an item's date may be, best first.
const DATE_NAMES: ReadonlyArray<readonly [string, string]> = [
  ['', 'published'], ['', 'pubdate'], ['', 'issued'], ['dc', 'date'], ['dcterms', 'issued'], ['dcterms', 'created'],
  ['', 'created'], ['', 'updated'], ['', 'modified'], ['dcterms', 'modified'], ['dcterms', 'date'],
];

function dateOf(node: XNode): string | null {
  const lastmod = parseDate(node.attrs['lastmod']); // CDF
  if (lastmod) return lastmod;
  for (const [ns, local] of DATE_NAMES) {
    for (const c of node.children) {
      if (c.local !== local || c.ns !== ns) continue;
      const d = parseDate(c.text);
      if (d) return d;
    }
  }
  return null;
}

function enclosuresOf(node: XNode): ParsedEnclosure[] {
  const out: ParsedEnclosure[] = [];
  const num = (s: string | undefined): number | null => {
    const n = s === undefined ? NaN : Number(s.trim());
    return Number.isFinite(n) && n >= 0 ? n : null;
  };
  for (const c of node.children) {
    if (c.ns !== '') continue;
    if (c.local === 'enclosure') {
      const url = resolveLink(attr(c, 'url') ?? attr(c, 'href') ?? attr(c, 'resource') ?? '', c.base);
      if (url) out.push({ url, type: c.attrs['type']?.trim() || null, length: num(c.attrs['length']) });
    } else if (c.local === 'link' && (c.attrs['rel'] ?? '').trim().toLowerCase() === 'enclosure') {
      const url = resolveLink(attr(c, 'href') ?? c.text, c.base);
      if (url) out.push({ url, type: c.attrs['type']?.trim() || null, length: num(c.attrs['length']) });
    }
  }
  return out;
}

function idOf(node: XNode, atomish: boolean): string | null {
  const g = child(node, 'guid') ?? child(node, 'id');
  let id = g ? foldSpace(g.text) : '';
  if (id && atomish && g?.local === 'id' && !/^[a-z][a-z0-9+.-]*:/i.test(id) && /^[^\s]*\/[^\s]*$/.test(id)) {
    id = resolveUrl(id, g.base); // a relative Atom id names a resource on the feed's site
  }
  if (!id) id = attr(node, 'about') ?? '';
  return id || null;
}

function itemOf(doc: XDoc, node: XNode, atomish: boolean, feedAuthor: string | null): RawItem {
  const group = child(node, 'group', 'media'); // YouTube and podcasts put title and description in media:group
  const titleNode = first(node, [['', 'title'], ['dc', 'title'], ['media', 'title']]) ?? (group && first(group, [['media', 'title']]));
  const summaryNode =
    first(node, [['', 'summary'], ['', 'description'], ['', 'abstract'], ['dc', 'description'], ['itunes', 'summary'], ['itunes', 'subtitle'], ['media', 'description']]) ??
    (group && first(group, [['media', 'description']]));
  const contentNode = first(node, [['content', 'encoded'], ['', 'content'], ['xhtml', 'body'], ['', 'body'], ['', 'fullitem']]);
  let link = linkOf(node);
  const guid = child(node, 'guid');
  if (!link && guid && (guid.attrs['ispermalink'] ?? 'true').trim().toLowerCase() !== 'false') {
    const g = guid.text.trim();
    if (/^https?:\/\//i.test(g)) link = g;
  }
  const comments = child(node, 'commentrss', 'wfw') ?? child(node, 'comments');
  const replies = child(node, 'comments', 'slash') ?? child(node, 'total', 'thr');
  const rc = replies ? parseInt(replies.text.trim(), 10) : NaN;
  return {
    id: idOf(node, atomish),
    title: plain(doc, titleNode, atomish ? 'text' : 'sniff'),
    link,
    published: dateOf(node),
    // Atom: an entry without an author has its source's, else the feed's (RFC 4287 4.2.1).
    author: authorOf(doc, node) ?? (atomish ? ((child(node, 'source') && authorOf(doc, child(node, 'source') as XNode)) ?? feedAuthor) : null),
    summary: html(doc, summaryNode, atomish && summaryNode?.local === 'summary' ? 'text' : 'html'),
    content: html(doc, contentNode, atomish && contentNode?.local === 'content' ? 'text' : 'html'),
    enclosures: enclosuresOf(node),
    commentsUrl: comments ? resolveLink(comments.text, comments.base) : null,
    replyCount: Number.isFinite(rc) && rc >= 0 ? rc : null,
    stars: starsOf(child(node, 'rating', 'im')?.text),
  };
}

// Items anywhere below the root (an unclosed element earlier in a broken channel must not hide them), but
// never items nested inside another item. Iterative: broken documents can nest very deep.
function collectItems(root: XNode): XNode[] {
  const out: XNode[] = [];
  const stack: XNode[] = [root];
  while (stack.length) {
    const node = stack.pop() as XNode;
    if (node !== root && node.ns === '' && (node.local === 'item' || node.local === 'entry')) {
      out.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as XNode);
  }
  return out;
}

/** Whether the root element is one this reader understands. */
export function isFeedRoot(root: XNode): boolean {
  return (
    (root.ns === '' && (root.local === 'rss' || root.local === 'feed' || root.local === 'channel' || root.local === 'rdf')) ||
    (root.ns === 'rdf' && root.local === 'rdf')
  );
}

export function extractXml(doc: XDoc, root: XNode): RawFeed {
  const atomish = root.local === 'feed';
  const channel = root.local === 'rss' || root.local === 'rdf' ? (child(root, 'channel') ?? root) : root;
  const items = collectItems(root);
  const titleNode = first(channel, [['', 'title'], ['dc', 'title']]);
  const feedAuthor = atomish ? authorOf(doc, channel) : null;
  return {
    title: plain(doc, titleNode, atomish ? 'text' : 'sniff'),
    link: linkOf(channel),
    items: items.map((n) => itemOf(doc, n, atomish, feedAuthor)),
  };
}
