// Hostile content end to end: ≥100 known XSS payloads (tests/fixtures/xss/payloads.txt, and the shared corpus
// when present) go through sync, full text, replies, the reader and search in Chromium. Nothing may run.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT, SHARED_CORPUS } from '../support/paths';
import { CHROMIUM_ARGS, findChromium, startWebHost, type RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath) console.warn('No Chromium found (set CHROMIUM_PATH): the XSS browser test is skipped.');
const CORPUS = join(SHARED_CORPUS, 'xss');
if (!existsSync(CORPUS)) console.warn(`${CORPUS} is absent: the XSS test uses only its own payloads.`);

const payloads = readFileSync(join(ROOT, 'tests/fixtures/xss/payloads.txt'), 'utf8').split('\n').filter((l) => l.trim());
const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function hostileFeed(base: string): string {
  const day = Date.parse('2026-11-20T00:00:00Z');
  const items = payloads.map((p, i) => {
    const when = new Date(day - i * 60_000).toUTCString();
    const body = i % 2 === 0 && !p.includes(']]>') ? `<content:encoded><![CDATA[<p>Payload ${i}</p>${p}]]></content:encoded>` : `<description>${xml(`<p>Payload ${i}</p>${p}`)}</description>`;
    return `<item><guid>p${i}</guid><title>${xml(`Payload ${i} ${i % 3 === 0 ? p : ''}`)}</title>
<link>${i % 5 === 0 ? 'javascript:__xss()' : `${base}/p/${i}`}</link><author>${xml(p)}</author><pubDate>${when}</pubDate>${body}</item>`;
  });
  // The newest: a summary whose page and replies are hostile too.
  items.unshift(`<item><guid>page</guid><title>Hostile page</title><link>${base}/evil-page</link>
<pubDate>${new Date(day + 3_600_000).toUTCString()}</pubDate><description>A short summary.</description>
<wfw:commentRss>${base}/evil-comments.xml</wfw:commentRss></item>`);
  return `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:wfw="http://wellformedweb.org/CommentAPI/">
<channel><title>Hostile forum</title><link>${base}/</link>${items.join('\n')}</channel></rss>`;
}

function evilPage(): string {
  const text = '<p>The battery lasts half a day since the update, and support has not answered in a week. '.repeat(6);
  return `<!doctype html><html><head><title>Hostile page</title><script>__xss()</script></head><body><article><h1>Hostile page</h1>
${text}</p>${payloads.join('\n<p>filler text for the article body, long enough to count as content.</p>\n')}</article></body></html>`;
}

function evilComments(): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Replies</title>${payloads
    .slice(0, 60)
    .map((p, i) => `<item><guid>r${i}</guid><title>Reply ${i}</title><pubDate>Fri, 20 Nov 2026 0${i % 10}:00:00 +0000</pubDate><description>${xml(p)}</description></item>`)
    .join('')}</channel></rss>`;
}

describe.skipIf(!executablePath)('hostile content in a browser', () => {
  let server: Server;
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  const events: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('out/renderer is missing: run `node scripts/build.mjs` first.');
    let base = '';
    server = createServer((req, res) => {
      const url = req.url ?? '';
      const send = (type: string, body: string) => void res.writeHead(200, { 'content-type': type }).end(body);
      if (url === '/xss.xml') return send('application/rss+xml', hostileFeed(base));
      if (url === '/evil-page') return send('text/html', evilPage());
      if (url === '/evil-comments.xml') return send('application/rss+xml', evilComments());
      const corpus = /^\/corpus\/([\w-]+\.xml)$/.exec(url)?.[1];
      if (corpus && existsSync(join(CORPUS, corpus))) return send('application/xml', readFileSync(join(CORPUS, corpus), 'utf8'));
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-xss-'));
    host = await startWebHost(['--data-dir', dataDir, '--port', '0']);
    const urls = [`${base}/xss.xml`, ...(existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.xml')).map((f) => `${base}/corpus/${f}`) : [])];
    for (const url of urls) {
      const res = await fetch(`${host.origin}/api/sources.add`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: JSON.stringify({ url, kind: 'search' }),
      });
      expect(res.status).toBe(200);
    }
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.addInitScript(() => {
      const w = window as unknown as Record<string, unknown>;
      w.__xssCount = 0;
      w.__xss = () => {
        w.__xssCount = (w.__xssCount as number) + 1;
      };
      for (const name of ['alert', 'confirm', 'prompt', 'print']) w[name] = w.__xss;
    });
    page.on('dialog', (d) => {
      events.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    page.on('popup', (p) => events.push(`popup: ${p.url()}`));
    page.on('pageerror', (e) => events.push(`page error: ${e.message}`));
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await new Promise((r) => server.close(r));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it(`runs none of ${payloads.length} payloads (plus the shared corpus) through sync, full text, replies, reader and search`, async () => {
    expect(payloads.length).toBeGreaterThanOrEqual(100);
    await page.goto(host.address);
    const start = page.url();
    page.on('framenavigated', (f) => {
      if (f === page.mainFrame() && f.url() !== start) events.push(`navigation: ${f.url()}`);
    });
    await page.getByRole('button', { name: 'Sync now' }).click();
    await page.getByRole('button', { name: 'Conversations', exact: true }).click();
    await page.getByRole('region', { name: 'Conversations, newest first' }).waitFor({ timeout: 120_000 });
    await expect.poll(() => page.getByRole('button', { name: 'Sync now' }).isEnabled(), { timeout: 120_000 }).toBe(true);
    // Items with no date count as just seen, so the hostile page is found by search rather than scrolled to.
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').fill('hostile page');
    await page.getByRole('button', { name: /Hostile page/ }).click({ timeout: 30_000 });
    const article = page.getByRole('article', { name: /Hostile page/ });
    await article.getByRole('button', { name: 'Get the whole article' }).click();
    await article.getByText(/The whole article, kept for reading offline/).waitFor({ timeout: 30_000 });
    await article.getByRole('region', { name: /replies/ }).waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: 'Conversations', exact: true }).click();
    const total = Number(/^([\d,]+)/.exec((await page.locator('.list-count').first().textContent()) ?? '')?.[1]?.replace(/,/g, ''));
    expect(total).toBeGreaterThan(payloads.length);
    let bad = 0;
    let opened = 1;
    let previous = 'Hostile page';
    for (let i = 1; i < total; i++) {
      await page.keyboard.press('j');
      // Wait until the reader shows another conversation, then look for anything live in it.
      const handle = await page.waitForFunction(
        (prev) => {
          const h = document.querySelector('#reading-title');
          if (!h || h.textContent === prev) return null;
          const live = [...document.querySelectorAll('.reading *')].filter(
            (el) => [...el.attributes].some((a) => /^on/i.test(a.name) || /^\s*(javascript|vbscript|data:text)/i.test(a.value)),
          ).length;
          return { title: h.textContent, live };
        },
        previous,
        { timeout: 10_000 },
      ).catch(() => null);
      if (!handle) break; // the end of the list
      const seen = (await handle.jsonValue()) as { title: string; live: number };
      previous = seen.title;
      bad += seen.live;
      opened++;
    }
    // Every conversation was shown (the list loads more as j reaches its end).
    expect(opened).toBe(total);

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').fill('payload');
    await page.locator('[data-testid="snippet"]').first().waitFor();
    await page.getByRole('searchbox').fill('script');
    await page.waitForTimeout(500);

    expect(await page.evaluate(() => (window as unknown as { __xssCount: number }).__xssCount)).toBe(0);
    expect(bad).toBe(0);
    expect(events).toEqual([]);
  }, 600_000);
});
