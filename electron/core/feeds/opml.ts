// OPML in and out: the list of sources other readers import and export. Reading is tolerant (any outline with
// an xmlUrl counts, wherever it sits); writing is plain OPML 2.0 with one level of groups.
import { Parser } from 'htmlparser2';

export interface OpmlEntry {
  url: string;
  title: string;
  /** The nearest enclosing folder outline's name, or null at the top level. */
  group: string | null;
}

export interface OpmlSource {
  url: string;
  title: string;
  group?: string | null;
  siteUrl?: string | null;
}

/** Thrown by parseOpml when the text is not a list of sources at all; the message is a plain sentence. */
export class OpmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'OpmlError';
  }
}

/** Normalizes an outline's address: feed:// schemes become http(s), anything not on the web is dropped. */
function webAddress(raw: string): string | null {
  let text = raw.trim();
  if (/^feed:\/\//i.test(text)) text = 'http://' + text.slice(7);
  else if (/^feed:/i.test(text)) text = text.slice(5);
  try {
    const u = new URL(text);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

const clean = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function parseOpml(text: string): OpmlEntry[] {
  return readOpml(text).entries;
}

/** The entries of a list of sources, and how many were passed over: not on the web (javascript:, file:…), or twice. */
export function readOpml(text: string): { entries: OpmlEntry[]; notOnTheWeb: number; repeated: number } {
  const entries: OpmlEntry[] = [];
  let notOnTheWeb = 0;
  let repeated = 0;
  const seen = new Set<string>();
  // One frame per open outline: its folder name when it is a folder, null when it is a source.
  const stack: Array<string | null> = [];
  let sawOpml = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'opml') sawOpml = true;
        if (name !== 'outline') return;
        const rawUrl = attribs['xmlurl'] ?? (attribs['type']?.toLowerCase() === 'rss' ? attribs['url'] : undefined);
        const label = clean(attribs['title']) || clean(attribs['text']);
        if (rawUrl === undefined) {
          stack.push(label || null);
          return;
        }
        stack.push(null);
        const url = webAddress(rawUrl);
        if (url === null) notOnTheWeb++;
        else if (seen.has(url)) repeated++;
        if (url === null || seen.has(url)) return;
        seen.add(url);
        const group = stack.findLast((g) => g !== null) ?? null;
        entries.push({ url, title: label || url, group });
      },
      onclosetag(name) {
        if (name === 'outline') stack.pop();
      },
    },
    { xmlMode: true, lowerCaseTags: true, lowerCaseAttributeNames: true, decodeEntities: true },
  );
  parser.write(text.replace(/^\uFEFF/, ''));
  parser.end();
  if (entries.length === 0 && !sawOpml) {
    throw new OpmlError("This file isn't a list of sources (an OPML file).");
  }
  return { entries, notOnTheWeb, repeated };
}

function escapeAttr(value: string): string {
  return value
    // Control characters are not allowed in XML at all, even escaped; matching them is the point here.
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function outline(s: OpmlSource, indent: string): string {
  const site = s.siteUrl ? ` htmlUrl="${escapeAttr(s.siteUrl)}"` : '';
  const title = escapeAttr(s.title || s.url);
  return `${indent}<outline type="rss" text="${title}" title="${title}" xmlUrl="${escapeAttr(s.url)}"${site}/>`;
}

/** OPML 2.0 text for the given sources; sources with a group are nested under one folder outline per group. */
export function writeOpml(sources: OpmlSource[], title: string, opts: { now?: number } = {}): string {
  const lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<opml version="2.0">', '  <head>', `    <title>${escapeAttr(title)}</title>`];
  if (opts.now !== undefined) lines.push(`    <dateCreated>${new Date(opts.now).toUTCString()}</dateCreated>`);
  lines.push('  </head>', '  <body>');
  const groups = new Map<string, OpmlSource[]>();
  for (const s of sources) {
    const group = s.group?.trim();
    if (!group) {
      lines.push(outline(s, '    '));
      continue;
    }
    const list = groups.get(group) ?? [];
    list.push(s);
    groups.set(group, list);
  }
  for (const [group, list] of groups) {
    lines.push(`    <outline text="${escapeAttr(group)}" title="${escapeAttr(group)}">`);
    for (const s of list) lines.push(outline(s, '      '));
    lines.push('    </outline>');
  }
  lines.push('  </body>', '</opml>', '');
  return lines.join('\n');
}
