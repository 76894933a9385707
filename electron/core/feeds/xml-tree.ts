// A tolerant XML reader: builds a small element tree in one pass with htmlparser2 (xmlMode), never throws on
// bare `&`, unknown entities or broken nesting. Entities are decoded here (HTML names too); a DOCTYPE's own
// entities are substituted one level deep only, within a fixed budget, so entity bombs stay small.
import { Parser } from 'htmlparser2';
import { decodeEntities, resolveUrl } from './text';
import { FeedError } from './types';

// Real documents nest a few dozen levels; the XML reader's stack costs O(depth) per element, so a document
// nested deeper than this is refused rather than read in quadratic time.
const MAX_DEPTH = 4096;

export interface XNode {
  /** Canonical namespace prefix ('' for RSS/Atom/RDF-RSS core elements, 'dc', 'content', …). */
  ns: string;
  /** Local name, lower case. */
  local: string;
  /** Attributes by lower-case qualified name, values entity-decoded. */
  attrs: Record<string, string>;
  children: XNode[];
  /** Decoded character data directly inside this element (text and CDATA). */
  text: string;
  /** Offsets of the element's inner markup in `XDoc.source` (innerEnd = -1 while open or when unknown). */
  innerStart: number;
  innerEnd: number;
  /** Base URL in effect for this element (xml:base resolved against the document's). */
  base: string | undefined;
  hasCdata: boolean;
  parent: XNode | null;
  /** Namespace declarations in scope (shared with the parent unless this element declares its own). */
  nsScope: Record<string, string> | null;
}

export interface XDoc {
  source: string;
  root: XNode | null;
  /** Whether the document declared an HTML doctype (a web page). */
  htmlDoctype: boolean;
}

// Namespaces feeds use, by URI, with the prefix the extractor expects.
const NS: Record<string, string> = {
  'http://www.w3.org/2005/atom': '',
  'http://purl.org/atom/ns#': '',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://purl.org/rss/1.0/modules/slash/': 'slash',
  'http://itunes.apple.com/rss': 'im',
  'http://wellformedweb.org/commentapi/': 'wfw',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://purl.org/syndication/thread/1.0': 'thr',
  'http://www.w3.org/xml/1998/namespace': 'xml',
  'http://www.w3.org/1999/xlink': 'xlink',
  'http://www.w3.org/2000/svg': 'svg',
};

const ENTITY_BUDGET = 1_000_000; // characters a document's own entities may add, in total

/** Where the prolog (white space, processing instructions, comments) ends. */
function prologEnd(src: string): number {
  let i = 0;
  for (;;) {
    while (i < src.length && /\s/.test(src[i] as string)) i++;
    if (src.startsWith('<?', i)) {
      const e = src.indexOf('?>', i + 2);
      if (e < 0) return i;
      i = e + 2;
    } else if (src.startsWith('<!--', i)) {
      const e = src.indexOf('-->', i + 4);
      if (e < 0) return i;
      i = e + 3;
    } else return i;
  }
}

function parseDoctype(src: string): { rest: string; entities: Map<string, string>; html: boolean } {
  const entities = new Map<string, string>();
  const at = prologEnd(src);
  // Only a DOCTYPE in the prolog counts (the same words inside CDATA are text).
  const re = /<!DOCTYPE\s+([^\s[>]+)[^[>]*(\[([\s\S]*?)\]\s*)?>/iy;
  re.lastIndex = at;
  const m = re.exec(src.length - at > 65_536 ? src.slice(0, at + 65_536) : src);
  if (!m) return { rest: src, entities, html: false };
  const subset = m[3] ?? '';
  // Only internal, parsed general entities; external (SYSTEM/PUBLIC) ones are never fetched.
  const ent = /<!ENTITY\s+([A-Za-z_][\w.-]*)\s+(["'])([\s\S]*?)\2\s*>/g;
  for (let e = ent.exec(subset); e; e = ent.exec(subset)) {
    const name = e[1] as string;
    // Character references in a value are expanded; references to other entities are not (no recursion).
    if (!entities.has(name)) entities.set(name, (e[3] as string).replace(/&#(x[0-9a-f]+|\d+);/gi, (r) => decodeEntities(r)));
  }
  const html = (m[1] ?? '').toLowerCase() === 'html';
  return { rest: src.slice(0, m.index) + ' '.repeat(m[0].length) + src.slice(m.index + m[0].length), entities, html };
}

// Names repeat thousands of times per document: remember each one's reading per namespace scope.
const noScope = new Map<string, { ns: string; local: string }>();
const byScope = new WeakMap<object, Map<string, { ns: string; local: string }>>();

// Most elements of a document share one scope: skip the WeakMap while it stays the same.
let lastScope: Record<string, string> | null = null;
let lastCache = noScope;

function canonicalCached(qname: string, scope: Record<string, string> | null): { ns: string; local: string } {
  let cache = scope === lastScope ? lastCache : scope ? byScope.get(scope) : noScope;
  if (!cache) byScope.set(scope as object, (cache = new Map()));
  lastScope = scope;
  lastCache = cache;
  let c = cache.get(qname);
  if (!c) {
    if (cache.size > 4096) cache.clear();
    cache.set(qname, (c = canonical(qname, scope)));
  }
  return c;
}

function canonical(qname: string, scope: Record<string, string> | null): { ns: string; local: string } {
  const i = qname.indexOf(':');
  const prefix = i < 0 ? '' : qname.slice(0, i);
  const local = (i < 0 ? qname : qname.slice(i + 1)).toLowerCase();
  const uri = scope?.[prefix ? `xmlns:${prefix}` : 'xmlns'];
  if (uri !== undefined) {
    const known = NS[uri.trim().toLowerCase()];
    return { ns: known ?? prefix.toLowerCase(), local };
  }
  return { ns: prefix.toLowerCase(), local };
}

export function readXml(text: string, baseUrl: string | undefined): XDoc {
  const { rest: src, entities, html } = parseDoctype(text);
  let budget = ENTITY_BUDGET;
  const expand = (s: string): string => {
    if (!s.includes('&')) return s;
    if (entities.size > 0) {
      s = s.replace(/&([A-Za-z_][\w.-]*);/g, (ref, name: string) => {
        const v = entities.get(name);
        if (v === undefined || budget < v.length) return ref;
        budget -= v.length;
        // Keep the value literal: any `&` in it must not be decoded again.
        return v.replace(/&/g, '&amp;');
      });
    }
    return decodeEntities(s);
  };

  let root: XNode | null = null;
  let cur: XNode | null = null;
  let inCdata = false;
  let depth = 0;
  const parser: Parser = new Parser(
    {
      onopentag(name, attribs) {
        let scope = cur ? cur.nsScope : null;
        const attrs: Record<string, string> = {};
        for (const k in attribs) {
          const lk = k.toLowerCase();
          const v = expand(attribs[k] ?? '');
          if (lk === 'xmlns' || lk.startsWith('xmlns:')) {
            // Copy on the first declaration so the parent's scope is never changed.
            const own: Record<string, string> = !scope || (cur && scope === cur.nsScope) ? { ...scope } : scope;
            own[lk === 'xmlns' ? 'xmlns' : `xmlns:${k.slice(6)}`] = v;
            scope = own;
          }
          attrs[lk] = v;
        }
        const node: XNode = {
          ns: '',
          local: '',
          attrs,
          children: [],
          text: '',
          innerStart: parser.endIndex + 1,
          innerEnd: -1,
          base: cur ? cur.base : baseUrl,
          hasCdata: false,
          parent: cur,
          nsScope: scope,
        };
        const c = canonicalCached(name, scope);
        node.ns = c.ns;
        node.local = c.local;
        const xb = attrs['xml:base'] ?? (c.local === 'channel' && !cur ? attrs['base'] : undefined); // CDF: BASE
        if (xb !== undefined) node.base = resolveUrl(xb, node.base);
        if (cur) cur.children.push(node);
        else if (!root) root = node;
        else return; // content after the root element is ignored
        cur = node;
        if (++depth > MAX_DEPTH) throw new FeedError("This source's data is nested too deeply to read.");
      },
      onclosetag(_name, isImplied) {
        if (!cur) return;
        depth--;
        if (!isImplied && src.startsWith('</', parser.startIndex)) cur.innerEnd = parser.startIndex;
        else if (src[parser.endIndex] === '>' && src[parser.endIndex - 1] === '/') cur.innerEnd = cur.innerStart;
        cur = cur.parent;
      },
      ontext(data) {
        if (!cur) return;
        cur.text += inCdata ? data : expand(data);
      },
      oncdatastart() {
        inCdata = true;
        if (cur) cur.hasCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeSelfClosing: true },
  );
  try {
    parser.end(src);
  } finally {
    // The remembered scope holds namespace values cut from this document's text: let the document go.
    lastScope = null;
    lastCache = noScope;
  }
  return { source: src, root, htmlDoctype: html };
}

/** The markup between an element's tags, as written (CDATA sections turned into escaped text). */
export function innerXml(doc: XDoc, node: XNode): string {
  if (node.innerEnd < 0) return node.children.length ? doc.source.slice(node.innerStart) : node.text;
  const raw = doc.source.slice(node.innerStart, node.innerEnd);
  if (!raw.includes('<![CDATA[')) return raw;
  return raw.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_m, t: string) =>
    t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'),
  );
}

export function child(node: XNode, local: string, ns = ''): XNode | undefined {
  for (const c of node.children) if (c.local === local && c.ns === ns) return c;
  return undefined;
}

export function childrenNamed(node: XNode, local: string, ns = ''): XNode[] {
  return node.children.filter((c) => c.local === local && c.ns === ns);
}

/** An attribute by local name, whatever prefix it was written with. */
export function attr(node: XNode, local: string): string | undefined {
  const v = node.attrs[local];
  if (v !== undefined) return v;
  for (const k in node.attrs) if (k.endsWith(`:${local}`) && !k.startsWith('xmlns')) return node.attrs[k];
  return undefined;
}
