// The layout in a real browser at the sizes people use: a narrow window never scrolls sideways and keeps Sync now
// in view; the list and the reading pane take turns there; panes fit the window under a header of any height; the
// sync's warning is a strip of its own; the forward dialog's buttons stay in view; the first run leads to the brief.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, requireBuiltRenderer, startWebHost, watchProblems } from './web-host';
import type { RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath && process.env.CI === 'true') throw new Error('No Chromium found: the browser tests cannot run on CI.');

const MORNING = '2026-11-22T08:30:00Z';

describe.skipIf(!executablePath)('Layout at narrow and wide windows', () => {
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const nav = (name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
  const current = (name: string) => page.locator('.nav-button[aria-current="page"]', { hasText: name });
  const measure = () =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      scrollHeight: document.documentElement.scrollHeight,
      width: innerWidth,
      height: innerHeight,
    }));
  /** The element is drawn wholly inside the window. */
  const inView = async (selector: ReturnType<Page['locator']>) => {
    const box = await selector.boundingBox();
    const { width, height } = await measure();
    return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height;
  };

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-layout-e2e-'));
    host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', MORNING]);
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 800, height: 700 }, colorScheme: 'light', timezoneId: 'UTC', locale: 'en-GB' });
    await page.clock.setFixedTime(MORNING);
    watchProblems(page, problems);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens an empty first run with the samples offered before the forms, and the samples lead to the brief', async () => {
    await page.goto(host.address);
    const sample = page.getByRole('button', { name: 'Try with sample data' });
    await sample.waitFor();
    const offerTop = (await sample.boundingBox())!.y;
    const formTop = (await page.getByLabel('Address of a source').boundingBox())!.y;
    expect(offerTop).toBeLessThan(formTop);
    expect(await inView(sample)).toBe(true);
    await sample.click();
    await current('Brief').waitFor({ timeout: 60_000 });
    await page.locator('article.brief').waitFor({ timeout: 30_000 });
    // The brief opens at its top: the navigation and the date line in view (it once scrolled to its heading).
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await inView(nav('Brief'))).toBe(true);
    expect(await inView(page.locator('article.brief').getByText(/^(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d+ /))).toBe(true);
  }, 90_000);

  // 1180 is the desktop window's first size, 720 its narrowest.
  for (const width of [1180, 800, 720]) {
    it(`never scrolls sideways at ${width} px and keeps Sync now and the last sync in view`, async () => {
      await page.setViewportSize({ width, height: 700 });
      for (const screen of ['Brief', 'Conversations', 'Sources', 'Names', 'Search', 'Kept', 'People', 'Follow-ups', 'Settings']) {
        await nav(screen).click();
        await current(screen).waitFor();
        const m = await measure();
        expect(m.scrollWidth, `${screen} at ${width} px`).toBeLessThanOrEqual(m.width);
        expect(await inView(page.getByRole('button', { name: /^(Sync now|Syncing…)$/ })), screen).toBe(true);
        expect(await inView(page.getByText(/^(Last synced|Not synced)/)), screen).toBe(true);
        // Every screen's name stays on one line ("Follow-ups" once wrapped to two).
        const wrapped = await page
          .locator('.nav-button')
          .evaluateAll((els) =>
            els.filter((e) => e.getBoundingClientRect().height > 2 * 1.6 * parseFloat(getComputedStyle(e).fontSize)).map((e) => e.textContent),
          );
        expect(wrapped).toEqual([]);
      }
    });
  }

  it('at 800 px shows the list, then the conversation with a way back, and the panes fit the window', async () => {
    await page.setViewportSize({ width: 800, height: 700 });
    await nav('Conversations').click();
    const list = page.getByRole('region', { name: 'Conversations, newest first' });
    await list.waitFor();
    const reading = page.locator('article.reading');
    expect(await reading.isVisible()).toBe(false);
    // The panes fill the window under the header: no page scroll at all.
    let m = await measure();
    expect(m.scrollHeight).toBeLessThanOrEqual(m.height);
    const second = list.locator('.conversation-item').nth(1);
    const title = ((await second.locator('.item-title').textContent()) ?? '').trim();
    await second.click();
    await reading.getByRole('heading', { name: title }).waitFor();
    expect(await list.isVisible()).toBe(false);
    // The reading pane has the whole width, not a squeezed column.
    expect((await reading.boundingBox())!.width).toBeGreaterThan(700);
    await page.getByRole('button', { name: 'All conversations' }).click();
    await list.waitFor();
    expect(await reading.isVisible()).toBe(false);
    expect(await list.locator('[aria-current="true"] .item-title').textContent()).toBe(title);
    m = await measure();
    expect(m.scrollHeight).toBeLessThanOrEqual(m.height);
  });

  it('draws rows as tall as their words, under the count line, with "Show older conversations" after the last row', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const list = page.getByRole('region', { name: 'Conversations, newest first' });
    await list.waitFor();
    const m = await measure();
    expect(m.scrollHeight).toBeLessThanOrEqual(m.height);
    const readRows = () =>
      list.locator('.virtual-list li').evaluateAll((els) =>
        els
          .map((li) => ({ top: li.getBoundingClientRect().top, height: li.getBoundingClientRect().height, content: li.firstElementChild!.getBoundingClientRect().height }))
          .sort((a, b) => a.top - b.top),
      );
    // Rows are measured after they are drawn (and again when their words change, e.g. once the names are known):
    // read them once the layout has settled.
    let rows = await readRows();
    for (let tries = 0; tries < 20; tries++) {
      await page.waitForTimeout(100);
      const again = await readRows();
      if (JSON.stringify(again) === JSON.stringify(rows)) break;
      rows = again;
    }
    expect(rows.length).toBeGreaterThan(3);
    for (let i = 0; i < rows.length; i++) {
      // No gap under a short title: the row is as tall as its content, and the next row starts where it ends.
      expect(Math.abs(rows[i]!.height - rows[i]!.content)).toBeLessThan(1);
      if (i > 0) expect(Math.abs(rows[i]!.top - (rows[i - 1]!.top + rows[i - 1]!.height))).toBeLessThan(1);
    }
    // Half-scrolled rows run under a line, never under the count's words.
    const count = (await list.locator('.list-count').boundingBox())!;
    const scroller = (await list.locator('.virtual-list').boundingBox())!;
    expect(scroller.y).toBeGreaterThanOrEqual(count.y + count.height - 0.5);
    const rowsHeight = () => list.locator('.virtual-list ul').evaluate((ul) => ul.getBoundingClientRect().height);
    const before = await rowsHeight();
    // At the end of the list the button comes after the last row, inside the scrolling area, and is in view.
    const end = await list.locator('.virtual-list').evaluate((el) => {
      el.scrollTo(0, el.scrollHeight);
      const more = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Show older conversations');
      const rows = el.querySelector('ul')!.getBoundingClientRect();
      const view = el.getBoundingClientRect();
      const box = more?.getBoundingClientRect();
      return box ? { afterRows: box.top >= rows.bottom - 0.5, inView: box.bottom <= view.bottom + 0.5 && box.top >= view.top } : null;
    });
    expect(end).toEqual({ afterRows: true, inView: true });
    // Older rows arrive on their own at the end; they leave the reader where they were, not back at the open one.
    await expect.poll(rowsHeight, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.waitForTimeout(200);
    expect(await list.locator('.virtual-list').evaluate((el) => el.scrollTop)).toBeGreaterThan(before / 2);
  });

  it('keeps the forward dialog’s buttons in view in a short window, the body scrolling', async () => {
    await page.setViewportSize({ width: 1280, height: 640 });
    const list = page.getByRole('region', { name: 'Conversations, newest first' });
    await list.locator('.conversation-item').first().click();
    await page.locator('article.reading').getByRole('button', { name: 'Forward…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Forward to someone' });
    await dialog.waitFor();
    // With nobody to choose yet, the name and email are asked for at once, left-aligned with the rest.
    const name = dialog.getByLabel('Name');
    const legend = (await dialog.locator('legend').boundingBox())!;
    expect(Math.abs((await dialog.locator('.inline-person').boundingBox())!.x - legend.x)).toBeLessThan(4);
    await name.fill('Jo Park');
    await dialog.getByLabel('Email').fill('jo@kestrel.example');
    await dialog.getByRole('button', { name: 'Add', exact: true }).click();
    const mail = dialog.getByRole('link', { name: 'Open in Mail' });
    await mail.waitFor();
    await dialog.locator('.message-preview').waitFor();
    for (const name of ['Copy', 'Save as email file', 'Save as a text file', 'Cancel']) {
      expect(await inView(dialog.getByRole('button', { name, exact: true })), name).toBe(true);
    }
    expect(await inView(mail)).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('says what a sync could not read in a strip under the header, which stays one row at 1280 px', async () => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await nav('Sources').click();
    const header = page.locator('header.header');
    const before = (await header.boundingBox())!.height;
    // Brand, screens and sync on one row.
    expect(before).toBeLessThan(70);
    // Added behind the screen's back (the form would read it at once, and then it waits before trying again):
    // the next Sync now is the first to try it.
    const added = await fetch(`${host.origin}/api/sources.add`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body: JSON.stringify({ url: 'https://nonexistent.invalid/feed' }),
    });
    expect(added.status).toBe(200);
    await page.getByRole('button', { name: 'Sync now' }).click();
    const strip = page.locator('.sync-notice');
    await strip.getByText(/couldn't be read this time/).waitFor({ timeout: 60_000 });
    expect((await header.boundingBox())!.height).toBe(before);
    // Only the words read out to a screen reader (visually hidden) say it in the header.
    const shown = await header.evaluate(
      (h) => [...h.querySelectorAll('*')].filter((el) => !el.closest('.sync-words') && !el.children.length && /couldn't be read/.test(el.textContent ?? '')).length,
    );
    expect(shown).toBe(0);
    expect(await header.locator('.sync-words').textContent()).toMatch(/couldn't be read this time/);
    expect((await strip.boundingBox())!.y).toBeGreaterThanOrEqual((await header.boundingBox())!.y + before - 0.5);
    await strip.getByRole('button', { name: 'Hide' }).click();
    await strip.waitFor({ state: 'detached' });
  });

  it('had no page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
