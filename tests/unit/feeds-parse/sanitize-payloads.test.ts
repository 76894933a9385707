// The engine's sanitizer alone (no second layer): every known XSS payload, as a feed would carry it, comes out
// with nothing that can run. The output is read back with parse5 (through jsdom), the HTML parser browsers
// follow, so a difference between the sanitizer's reading of broken markup and a browser's shows up here.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { sanitize } from '../../../electron/core/feeds/sanitize';
import { ROOT, SHARED_CORPUS } from '../../support/paths';

const BAD_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'meta', 'link', 'form',
  'input', 'button', 'textarea', 'select', 'noscript', 'template', 'portal', 'xmp', 'plaintext', 'style', 'svg', 'math']);
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster', 'lowsrc',
  'dynsrc', 'srcset', 'codebase', 'cite', 'longdesc', 'usemap', 'ping', 'manifest']);

const doc = new JSDOM('<!doctype html><body>').window.document;

/** What in a fragment could run or load active content, as a browser would read it. */
function problems(fragment: string): string[] {
  // innerHTML of a fresh element: parse5's fragment parsing, as a page showing the fragment would do it.
  const box = doc.createElement('div');
  box.innerHTML = fragment;
  const found: string[] = [];
  for (const el of box.querySelectorAll('*')) {
    const tag = el.localName;
    if (BAD_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) found.push(`${tag}[${name}]`);
      if (name === 'style') found.push(`${tag}[style]`);
      // eslint-disable-next-line no-control-regex -- control characters are what is removed
      const squeezed = value.replace(/[\s\u0000-\u001f]+/g, '');
      // Relative addresses are harmless; any scheme but these is not.
      const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(squeezed)?.[1]?.toLowerCase();
      if (URL_ATTRS.has(name) && scheme && !['http', 'https', 'mailto', 'ftp', 'tel'].includes(scheme)) found.push(`${tag}[${name}]=${squeezed.slice(0, 30)}`);
    }
  }
  return found;
}

const payloads = readFileSync(join(ROOT, 'tests/fixtures/xss/payloads.txt'), 'utf8').split('\n').filter((l) => l.trim());
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const corpusDir = join(SHARED_CORPUS, 'xss');
const corpusFiles = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.xml')) : [];
if (corpusFiles.length === 0) console.warn(`${corpusDir} is absent: the sanitizer is checked on the project's own payloads only.`);

describe('the sanitizer against known XSS payloads', () => {
  it('checks what it is meant to (the checker finds the payloads unsafe before sanitizing)', () => {
    const unsafe = payloads.filter((p) => problems(p).length > 0);
    expect(unsafe.length).toBeGreaterThan(100);
  });

  it('leaves nothing that can run, with and without a base address', () => {
    const failures: string[] = [];
    for (const p of payloads) {
      for (const base of [undefined, 'https://forum.example/t/1']) {
        const out = sanitize(`<p>Post</p>${p}`, base);
        const found = problems(out);
        if (found.length) failures.push(`${p}\n  → ${out}\n  ${found.join(', ')}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('leaves nothing that can run when the payloads arrive in a feed, escaped or as CDATA', async () => {
    const items = payloads.map((p, i) =>
      i % 2 ? `<item><title>t${i}</title><description>${xml(p)}</description></item>` : `<item><title>t${i}</title><description><![CDATA[${p.replace(/]]>/g, '')}]]></description></item>`,
    );
    const feed = await parseFeed(`<rss version="2.0"><channel><title>x</title>${items.join('')}</channel></rss>`, { baseUrl: 'https://forum.example/' });
    const failures = feed.items.flatMap((it) => [it.summary, it.content].filter((h) => problems(h).length > 0));
    expect(feed.items.length).toBe(payloads.length);
    expect(failures).toEqual([]);
  });

  it.skipIf(corpusFiles.length === 0)('leaves nothing that can run in the shared XSS feeds', async () => {
    const failures: string[] = [];
    let checked = 0;
    for (const file of corpusFiles) {
      const feed = await parseFeed(new Uint8Array(readFileSync(join(corpusDir, file))), { baseUrl: 'https://example.com/' });
      for (const it of feed.items) {
        for (const h of [it.summary, it.content]) {
          checked++;
          const found = problems(h);
          if (found.length) failures.push(`${file}: ${h.slice(0, 200)} → ${found.join(', ')}`);
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
    expect(failures).toEqual([]);
  });
});
