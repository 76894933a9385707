// The whole app in a real browser: Debian Chromium drives the built renderer through the web host.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { ROOT } from '../support/paths';
import { CHROMIUM_ARGS, findChromium, requireBuiltRenderer, startWebHost, watchProblems } from './web-host';
import type { RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath) {
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian chromium): the browser tests are skipped.';
  // On CI a missing browser is a broken machine, not a reason to pass.
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

// One fixed morning for the engine (--now) and the page (its clock), so the screenshot is the same on every run.
const MORNING = '2026-11-22T08:30:00Z';

describe.skipIf(!executablePath)('Earshot in a browser', () => {
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    // The global setup builds only the node bundles; `npm test` (or node scripts/build.mjs) builds the renderer.
    requireBuiltRenderer();
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-e2e-'));
    host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', MORNING]);
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', timezoneId: 'UTC', locale: 'en-GB' });
    await page.clock.setFixedTime(MORNING);
    watchProblems(page, problems);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens with the token taken out of the address bar', async () => {
    await page.goto(host.address);
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
    expect(page.url()).toBe(`${host.origin}/`);
    expect(await page.evaluate(() => sessionStorage.getItem('earshot.token'))).toBe(host.token);
  });

  it('tries the sample data, syncs, opens the brief, and shows conversations newest first', async () => {
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    // The samples lead to the morning brief they make.
    await page.locator('.nav-button[aria-current="page"]', { hasText: 'Brief' }).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Conversations', exact: true }).click();
    const list = page.getByRole('region', { name: 'Conversations, newest first' });
    await list.waitFor({ timeout: 60_000 });
    const items = list.locator('.conversation-item');
    expect(await items.count()).toBeGreaterThan(5);
    const times = await list.locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    await expect.poll(() => page.getByText(/^Last synced /).textContent()).toMatch(/Last synced just now|Last synced 1 minute ago/);
    // The list comes a page at a time; older ones load on request.
    // The list draws only the rows on screen, so "more" shows as an older last row, not as more rows drawn.
    const oldestShown = async () => {
      // The rows scroll inside the virtual list, not the region around it.
      await list.locator('.virtual-list').evaluate((el) => el.scrollTo(0, el.scrollHeight));
      const all = await list.locator('time').evaluateAll((els) => els.map((e) => Date.parse(e.getAttribute('datetime') ?? '')));
      return Math.min(...all);
    };
    const before = await oldestShown();
    const more = page.getByRole('button', { name: 'Show older conversations' });
    if (await more.isVisible()) {
      await more.click();
      await expect.poll(oldestShown).toBeLessThan(before);
    }
    await list.locator('.virtual-list').evaluate((el) => el.scrollTo(0, 0));
  });

  it('opens a conversation and shows its content', async () => {
    const list = page.getByRole('region', { name: 'Conversations, newest first' });
    // Rows are redrawn as the list scrolls: click the first one, then compare with whichever row became current.
    await list.locator('.conversation-item').first().click();
    const current = list.locator('[aria-current="true"]');
    await current.waitFor();
    const title = ((await current.locator('.item-title').textContent()) ?? '').trim();
    const article = page.locator('article.reading');
    await article.getByRole('heading', { name: title }).waitFor();
    const content = article.getByTestId('reading-content');
    expect(((await content.textContent()) ?? '').trim().length).toBeGreaterThan(20);
    expect(await content.locator('script, iframe, [onerror]').count()).toBe(0);
  });

  it('lists the sample sources with their health in plain words', async () => {
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    const sources = page.getByRole('list', { name: 'Your sources' });
    await sources.waitFor();
    expect(await sources.locator('li').count()).toBeGreaterThan(2);
    expect(await sources.textContent()).toContain('Working');
    expect(await page.locator('body').textContent()).not.toMatch(/\bfeed\b|\bRSS\b/i);
    await page.getByRole('button', { name: 'Conversations', exact: true }).click();
  });

  it('takes the README screenshot', async () => {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const path = join(ROOT, 'docs/screenshot.png');
    await page.locator('article.reading h2').waitFor();
    await page.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });

  it('has no serious accessibility problems (axe)', async () => {
    // Evaluated over the DevTools protocol, so the page's CSP does not apply to the checker itself.
    const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const run = () =>
      page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
        const result = await axe.run();
        return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
      });
    expect(await run()).toEqual([]);
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('list', { name: 'Your sources' }).waitFor();
    expect(await run()).toEqual([]);
  });

  it('adds a source by its address, reads it, and removes it after confirmation', async () => {
    const published = new Date(Date.parse(MORNING) - 5 * 60_000).toUTCString();
    // The sample data brought the company's names: a general source shows what mentions them.
    const site: Server = createServer((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Loopback forum</title><link>http://127.0.0.1/</link>
        <item><title>Does the Kestrel charger work with 110 V?</title><link>http://127.0.0.1/t/1</link><guid>t1</guid>
        <pubDate>${published}</pubDate><description>I am moving to Canada next month.</description></item>
        </channel></rss>`);
    });
    await new Promise<void>((ok) => site.listen(0, '127.0.0.1', ok));
    try {
      const address = `http://127.0.0.1:${(site.address() as AddressInfo).port}/forum.xml`;
      await page.getByRole('button', { name: 'Sources', exact: true }).click();
      await page.getByLabel('Address of a source').fill(address);
      await page.getByRole('button', { name: 'Add source' }).click();
      const row = page.getByRole('listitem').filter({ hasText: address });
      await row.waitFor();
      await page.getByRole('button', { name: 'Sync now' }).click();
      await row.getByText('Working').waitFor({ timeout: 60_000 });
      await page.getByRole('button', { name: 'Conversations', exact: true }).click();
      await page.getByRole('button', { name: /Does the Kestrel charger work with 110 V\?/ }).waitFor();

      await page.getByRole('button', { name: 'Sources', exact: true }).click();
      const title = (await row.getByRole('heading').textContent()) ?? '';
      await row.getByRole('button', { name: `Remove ${title}` }).click();
      await row.getByRole('button', { name: 'Keep it' }).click();
      await row.getByRole('button', { name: `Remove ${title}` }).click();
      await row.getByRole('button', { name: 'Remove', exact: true }).click();
      await row.waitFor({ state: 'detached' });
    } finally {
      site.close();
    }
  });

  it('says in plain words when a source cannot be reached', async () => {
    // A port nobody listens on: the connection is refused at once.
    const closed = createServer();
    await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((ok) => closed.close(ok));
    const address = `http://127.0.0.1:${port}/nothing.xml`;
    await page.getByLabel('Address of a source').fill(address);
    await page.getByRole('button', { name: 'Add source' }).click();
    const row = page.getByRole('listitem').filter({ hasText: address });
    await row.waitFor();
    // Read at once when added: the row says so without a sync.
    await row.getByText(/^Couldn't be reached since /).waitFor({ timeout: 60_000 });
  });

  it('refuses what is not an address in plain words, without a failed request in the console', async () => {
    await page.getByLabel('Address of a source').fill('banana');
    await page.getByRole('button', { name: 'Add source' }).click();
    await page.getByRole('alert').filter({ hasText: /web address/ }).waitFor();
  });

  it("goes back to the last screen with the browser's Back, staying in Earshot", async () => {
    await page.getByRole('button', { name: 'Sources', exact: true }).click();
    await page.getByRole('button', { name: 'Kept', exact: true }).click();
    await page.getByRole('heading', { name: 'Kept', level: 1 }).waitFor();
    await page.goBack();
    await page.getByRole('heading', { name: 'Sources', level: 1 }).waitFor();
    expect(page.url()).toBe(`${host.origin}/`);
    await page.goForward();
    await page.getByRole('heading', { name: 'Kept', level: 1 }).waitFor();
  });

  it('had no page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
