// The brief, Earshot's home screen, in a real browser: sample data → sync → the brief with its chart → an item
// opens its thread (by mouse and by keyboard) → print shows the brief alone → axe → the README screenshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../support/paths';
import { CHROMIUM_ARGS, findChromium, requireBuiltRenderer, startWebHost, watchProblems } from './web-host';
import type { RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath) {
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian chromium): the brief browser tests are skipped.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

// One fixed morning for the engine and the page, so the brief and its screenshot are the same on every run.
const MORNING = '2026-11-22T08:30:00Z';

describe.skipIf(!executablePath)('The brief in a browser', () => {
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  const nav = (name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });
  const brief = () => page.locator('article.brief');

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-brief-e2e-'));
    host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', MORNING]);
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', timezoneId: 'UTC', locale: 'en-GB' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin });
    page = await context.newPage();
    await page.clock.setFixedTime(MORNING);
    watchProblems(page, problems);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the sample data, opens the brief they make, and Brief is the first screen in the navigation', async () => {
    await page.goto(host.address);
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    // Once the samples are in and read, the app goes to the brief.
    await page.locator('.nav-button[aria-current="page"]', { hasText: 'Brief' }).waitFor({ timeout: 60_000 });
    await brief().waitFor({ timeout: 30_000 });
    const first = page.getByRole('navigation', { name: 'Screens' }).getByRole('button').first();
    expect(await first.textContent()).toBe('Brief');
  }, 90_000);

  it('shows the brief built from the synced conversations, with its chart, ending with the closing line', async () => {
    await nav('Brief').click();
    // The brief made before the first sync is replaced quietly once conversations come in.
    await brief().getByRole('heading', { level: 2, name: 'Worth reading' }).waitFor({ timeout: 30_000 });
    expect(await brief().getByRole('heading', { level: 1 }).textContent()).toBe('Your first brief');
    const svg = brief().locator('[data-testid="brief-chart"] svg.recharts-surface');
    await svg.waitFor();
    expect(await svg.locator('.recharts-bar-rectangle').count()).toBeGreaterThan(3);
    const caption = (await brief().locator('figcaption#brief-trend-caption').textContent()) ?? '';
    expect(caption.length).toBeGreaterThan(20);
    expect(await brief().locator('blockquote').count()).toBeGreaterThan(0);
    expect((await brief().locator('p').last().textContent())?.trim()).toBe("That's everything for today.");
    expect(await page.locator('main').textContent()).not.toMatch(/\bfeed\b|\bRSS\b|sentiment|engagement/i);
    // Muted colours only: nothing in the chart is red.
    const fills = await svg.locator('path[fill]').evaluateAll((els) => els.map((e) => e.getAttribute('fill') ?? ''));
    expect(fills.some((f) => /^#(f|e|d)[0-9a-f]0{1,2}0/i.test(f) || /red/i.test(f))).toBe(false);
  }, 60_000);

  it('shows each thread once: no title twice (a theme lists none of those below)', async () => {
    await brief().getByRole('heading', { level: 2, name: 'Worth reading' }).waitFor();
    await page.waitForLoadState('networkidle');
    const titles = (await brief().locator('button.brief-open').allTextContents()).map((t) => t.trim());
    expect(titles.length).toBeGreaterThan(5);
    expect(titles.filter((t, i) => titles.indexOf(t) !== i)).toEqual([]);
  });

  it('opens a thread from the brief with the mouse', async () => {
    const item = brief().getByRole('region', { name: 'Worth reading' }).getByRole('button').first();
    const title = ((await item.textContent()) ?? '').trim();
    await item.click();
    await page.locator('article.reading').getByRole('heading', { name: title }).waitFor();
    expect(await nav('Conversations').getAttribute('aria-current')).toBe('page');
  });

  it('is reachable and operable with Tab and Enter', async () => {
    await nav('Brief').focus();
    await page.keyboard.press('Enter');
    await brief().getByRole('heading', { level: 2, name: 'Worth reading' }).waitFor();
    // Tab from the navigation into the brief until a "Worth reading" item has focus.
    let title = '';
    for (let i = 0; i < 60 && !title; i++) {
      await page.keyboard.press('Tab');
      title = await page.evaluate(() => {
        const el = document.activeElement;
        return el?.classList.contains('brief-open') && el.closest('section[aria-labelledby="brief-worth"]') ? (el.textContent ?? '') : '';
      });
    }
    expect(title).not.toBe('');
    await page.keyboard.press('Enter');
    await page.locator('article.reading').getByRole('heading', { name: title }).waitFor();
    await nav('Brief').click();
    await brief().getByRole('heading', { level: 1 }).waitFor();
  });

  it('copies the brief as Markdown', async () => {
    await brief().getByRole('heading', { level: 2, name: 'Worth reading' }).waitFor();
    await page.getByRole('button', { name: 'Copy as text' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text).toMatch(/^# Your brief/);
    expect(text).toContain("That's everything for today.");
  });

  it('prints the brief alone', async () => {
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.locator('header.header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: 'Copy as text' }).isVisible()).toBe(false);
      expect(await brief().getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });

  it('has no serious accessibility problems (axe)', async () => {
    const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
    expect(violations).toEqual([]);
  });

  it('marks the brief read once the reader has reached its closing line', async () => {
    const briefs = async () => {
      const res = await fetch(`${host.origin}/api/brief.list`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
        body: '{}',
      });
      return ((await res.json()) as { value: { readAt: number | null }[] }).value;
    };
    await page.locator('.brief-closing').scrollIntoViewIfNeeded();
    await expect.poll(async () => (await briefs())[0]?.readAt ?? null, { timeout: 15_000 }).not.toBeNull();
  }, 30_000);

  it('takes the README screenshot of the brief', async () => {
    mkdirSync(join(ROOT, 'docs'), { recursive: true });
    const path = join(ROOT, 'docs/brief.png');
    await page.getByRole('status').filter({ hasText: 'Copied' }).waitFor({ state: 'detached', timeout: 10_000 }).catch(() => undefined);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.mouse.move(0, 0);
    await page.screenshot({ path });
    expect(statSync(path).size).toBeGreaterThan(20_000);
  });

  it('had no page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
