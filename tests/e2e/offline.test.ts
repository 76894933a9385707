// Reading on a plane: sync with the network, cut it (the web host restarted with EARSHOT_OFFLINE=1, so every
// fetch it makes fails as with no network, and the site's server gone too), then read in Chromium.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../support/paths';
import { CHROMIUM_ARGS, findChromium, startWebHost, type RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath) console.warn('No Chromium found (set CHROMIUM_PATH): the offline browser test is skipped.');

// A real 1×1 PNG, so the browser can show it.
const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

function site(base: string): Record<string, { type: string; body: string | Buffer }> {
  const article = readFileSync(join(ROOT, 'tests/fixtures/pages/news-article.html'), 'utf8');
  return {
    '/feed.xml': {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel>
<title>Pedal Times</title><link>${base}/</link>
<item><guid>winter-range</guid><title>Winter range falls for e-bike riders</title><link>${base}/article</link>
<pubDate>Sat, 21 Nov 2026 09:00:00 +0000</pubDate><description>Cold weather cuts how far an e-bike goes. We asked riders.</description>
<wfw:commentRss>${base}/comments.xml</wfw:commentRss></item>
</channel></rss>`,
    },
    '/article': { type: 'text/html; charset=utf-8', body: article },
    '/images/winter-commute.jpg': { type: 'image/png', body: PIXEL },
    '/comments.xml': {
      type: 'application/rss+xml',
      body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Comments</title><link>${base}/article</link>
<item><guid>c1</guid><title>By: Ana</title><link>${base}/article#c1</link><pubDate>Sat, 21 Nov 2026 10:00:00 +0000</pubDate>
<description>Mine drops by a third below zero.</description></item>
<item><guid>c2</guid><title>By: Jo</title><link>${base}/article#c2</link><pubDate>Sat, 21 Nov 2026 11:00:00 +0000</pubDate>
<description>Pre-warm fixed it for me.</description></item></channel></rss>`,
    },
  };
}

describe.skipIf(!executablePath)('reading offline in a browser', () => {
  let server: Server;
  let host: RunningHost | undefined;
  let dataDir: string;
  let browser: Browser;
  const problems: string[] = [];

  async function openPage(address: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', locale: 'en-GB' });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.push(`console: ${m.text()}`);
    });
    await page.goto(address);
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
    // The app may open on another screen (the brief); reading happens on Conversations.
    await page.getByRole('button', { name: 'Conversations', exact: true }).click();
    return page;
  }

  beforeAll(async () => {
    if (!existsSync(join(ROOT, 'out/renderer/index.html'))) throw new Error('out/renderer is missing: run `node scripts/build.mjs` first.');
    let routes: ReturnType<typeof site> = {};
    server = createServer((req, res) => {
      const route = routes[req.url ?? ''];
      if (!route) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': route.type }).end(route.body);
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    routes = site(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-offline-'));
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (server.listening) await new Promise((r) => server.close(r));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('syncs with the network, then shows the full text, pictures and replies without it, and still searches', async () => {
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    host = await startWebHost(['--data-dir', dataDir, '--port', '0']);
    const add = await fetch(`${host.origin}/api/sources.add`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ url: `${base}/feed.xml`, kind: 'search' }),
    });
    expect(add.status).toBe(200);

    let page = await openPage(host.address);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const item = page.getByRole('button', { name: /Winter range falls/ });
    await item.waitFor({ timeout: 60_000 });
    await item.click();
    const article = page.getByRole('article', { name: /Winter range falls/ });
    await article.getByRole('region', { name: '2 replies' }).waitFor({ timeout: 30_000 });
    await article.getByRole('button', { name: 'Get the whole article' }).click();
    await article.getByText(/The whole article, kept for reading offline/).waitFor({ timeout: 30_000 });
    await page.close();

    // The network goes away.
    await host.stop();
    await new Promise((r) => server.close(r));
    process.env.EARSHOT_OFFLINE = '1';
    try {
      host = await startWebHost(['--data-dir', dataDir, '--port', '0']);
    } finally {
      delete process.env.EARSHOT_OFFLINE;
    }
    page = await openPage(host.address);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const line = page.getByText(/^Offline since \d{1,2}:\d{2}.* — everything synced is here\.$/);
    await line.waitFor({ timeout: 30_000 });

    await page.getByRole('button', { name: /Winter range falls/ }).click();
    const offline = page.getByRole('article', { name: /Winter range falls/ });
    const content = offline.getByTestId('reading-content');
    await content.getByText(/Lithium-ion cells deliver less/).waitFor();
    const img = content.locator('img').first();
    expect(await img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await expect.poll(() => img.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    await offline.getByRole('region', { name: '2 replies' }).getByText('Pre-warm fixed it for me.').waitFor();

    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.getByRole('searchbox').fill('riders');
    const hit = page.getByRole('button', { name: /Winter range falls/ });
    await hit.waitFor();
    expect(await hit.locator('mark').first().textContent()).toMatch(/riders/i);
    expect(problems).toEqual([]);
  }, 180_000);
});
