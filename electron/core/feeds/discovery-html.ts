// Reading a fetched page for discovery: is it a source itself, and which sources does it announce?
// Light sniffing only — the real parser judges the source later, at sync.
import { decodeHTML } from 'entities';
import { Parser } from 'htmlparser2';
import type { DiscoveredSource } from './discovery-sites';

const FEED_TYPES = new Set([
  'application/rss+xml',
  'application/atom+xml',
  'application/feed+json',
  'application/rdf+xml',
  'application/json', // JSON Feed before it had its own type; only counted with rel=alternate and a JSON-ish title or path
]);

/** When the bytes are a source (RSS, Atom, RDF or JSON Feed), its title (possibly ''); null otherwise. */
export function sniffSource(text: string): string | null {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 8192);
  if (head.startsWith('{')) {
    try {
      const doc = JSON.parse(text) as { version?: unknown; title?: unknown };
      if (typeof doc.version === 'string' && doc.version.includes('jsonfeed.org')) {
        return typeof doc.title === 'string' ? doc.title.trim() : '';
      }
    } catch {
      // not JSON after all
    }
    return null;
  }
  if (!head.startsWith('<')) return null;
  if (/^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<!doctype\s+html/i.test(head) || /<html[\s>]/i.test(head.slice(0, 1024))) return null;
  if (!/<(?:rss|feed|rdf:RDF)[\s>]/.test(head)) return null;
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(head)?.[1] ?? '';
  return decodeHTML(title.replace(/^\s*<!\[CDATA\[([\s\S]*?)\]\]>\s*$/, '$1')).replace(/\s+/g, ' ').trim();
}

export interface PageLinks {
  title: string;
  sources: DiscoveredSource[];
}

/** The page's title and its `<link rel="alternate">` sources, resolved against `<base>` or the page address. */
export function pageLinks(html: string, pageUrl: string): PageLinks {
  let base = pageUrl;
  let title = '';
  let inTitle = false;
  const found: Array<{ href: string; title: string; type: string }> = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'base' && attribs['href'] && base === pageUrl) {
          try {
            base = new URL(attribs['href'], pageUrl).href;
          } catch {
            // a broken <base> is ignored, as browsers do
          }
        } else if (name === 'title') {
          inTitle = true;
        } else if (name === 'link' || name === 'a') {
          const rel = (attribs['rel'] ?? '').toLowerCase().split(/\s+/);
          const type = (attribs['type'] ?? '').toLowerCase().split(';')[0]!.trim();
          if (rel.includes('alternate') && FEED_TYPES.has(type) && attribs['href']) {
            found.push({ href: attribs['href'], title: (attribs['title'] ?? '').trim(), type });
          }
        }
      },
      ontext(text) {
        if (inTitle) title += text;
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false;
      },
    },
    { decodeEntities: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  const pageTitle = title.replace(/\s+/g, ' ').trim();
  const seen = new Set<string>();
  const sources: DiscoveredSource[] = [];
  for (const f of found) {
    // Plain application/json is too common (APIs, manifests) to trust unless it names itself a source.
    if (f.type === 'application/json' && !/feed/i.test(f.title + f.href)) continue;
    let url: string;
    try {
      url = new URL(f.href, base).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(url) || seen.has(url)) continue;
    seen.add(url);
    sources.push({ url, title: f.title || pageTitle || new URL(url).host });
  }
  // Comment streams are announced too; the main source is what people usually want, so it comes first.
  const isComments = (s: DiscoveredSource) => /\bcomments?\b/i.test(s.title) || /\/comments\/?(?:feed)?\/?$/i.test(s.url);
  sources.sort((a, b) => Number(isComments(a)) - Number(isComments(b)));
  return { title: pageTitle, sources };
}
