// Prepares engine HTML for the reader: DOMPurify (the renderer's own wall), then links limited to http, https
// and mailto, then watch words wrapped in <mark>. Works on a detached DOM tree; nothing here runs script.
import type { WatchMatch } from '../../../../shared/model';
import { sanitizeContent } from '../../lib/sanitize';

const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/** The words to mark: each watch word and the exact text its ranges cover in the title and excerpt. */
export function matchedWords(matches: WatchMatch[] | undefined, title: string, excerpt: string): string[] {
  const words = new Set<string>();
  for (const m of matches ?? []) {
    if (m.word.trim()) words.add(m.word.trim().toLowerCase());
    const text = m.field === 'title' ? title : excerpt;
    for (const [start, end] of m.ranges) {
      const found = text.slice(start, end).trim();
      if (found) words.add(found.toLowerCase());
    }
  }
  return [...words].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
}

function wordPattern(words: string[]): RegExp | null {
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

function markText(doc: Document, root: Node, pattern: RegExp): void {
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  for (const node of nodes) {
    const text = node.data;
    pattern.lastIndex = 0;
    if (!pattern.test(text) || node.parentElement?.closest('mark')) continue;
    pattern.lastIndex = 0;
    const frag = doc.createDocumentFragment();
    let at = 0;
    for (const m of text.matchAll(pattern)) {
      const start = m.index ?? 0;
      if (start > at) frag.append(text.slice(at, start));
      const mark = doc.createElement('mark');
      mark.textContent = m[0];
      frag.append(mark);
      at = start + m[0].length;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
}

/** Sanitized, link-checked HTML with the given words marked. */
export function prepareContent(html: string, words: string[] = []): string {
  const clean = sanitizeContent(html);
  const doc = document.implementation.createHTMLDocument('');
  const root = doc.createElement('div');
  // Already sanitized; parsing into an inert document (no scripts run, nothing loads) only to edit the tree.
  root.innerHTML = clean;
  for (const a of Array.from(root.querySelectorAll('a[href]'))) {
    let ok = false;
    try {
      ok = LINK_SCHEMES.has(new URL(a.getAttribute('href') ?? '').protocol);
    } catch {
      ok = false;
    }
    if (!ok) a.removeAttribute('href');
  }
  const pattern = wordPattern(words);
  if (pattern) markText(doc, root, pattern);
  return root.innerHTML;
}
