// Settings in a real browser: the engine's settings are changed, refused in plain words beside the field, and kept
// across a reload; the appearance is this window's own choice, kept across a reload too.
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

describe.skipIf(!executablePath)('Settings in a browser', () => {
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  const openSettings = async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Settings', exact: true }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('form', { name: 'Your settings' }).waitFor();
  };
  const field = (label: string) => page.getByLabel(label, { exact: true });
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-settings-e2e-'));
    host = await startWebHost(['--data-dir', dataDir, '--port', '0']);
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: 'light', locale: 'en-GB' });
    // A refused setting is an answer (200, ok false), so nothing about it reaches the console.
    watchProblems(page, problems);
    await page.goto(host.address);
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the settings in plain words', async () => {
    await openSettings();
    expect(await field('Brief ready at').inputValue()).toBe('07:30');
    expect(await field('Look for new conversations every').inputValue()).toBe('60');
    expect(await field('Keep conversations for').inputValue()).toBe('90');
    expect(await page.locator('main').textContent()).not.toMatch(/retention|interval|sync concurrency|\bRSS\b|\bfeed\b/i);
  });

  it('saves changed values, and they are kept after a reload', async () => {
    await field('Brief ready at').fill('06:45');
    await field('Look for new conversations every').fill('15');
    await field('Keep conversations for').fill('30');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
    await openSettings();
    expect(await field('Brief ready at').inputValue()).toBe('06:45');
    expect(await field('Look for new conversations every').inputValue()).toBe('15');
    expect(await field('Keep conversations for').inputValue()).toBe('30');
  });

  it('says beside the field when the engine refuses a value, and keeps the old one', async () => {
    const keep = field('Keep conversations for');
    await keep.fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    const problem = page.locator('#setting-retentionDays-problem');
    await problem.waitFor();
    expect(await problem.textContent()).toBe('Please choose between 7 and 3650 days.');
    expect(await keep.getAttribute('aria-invalid')).toBe('true');
    expect(await keep.getAttribute('aria-describedby')).toContain('setting-retentionDays-problem');
    await page.reload();
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
    await openSettings();
    expect(await field('Keep conversations for').inputValue()).toBe('30');
  });

  it('changes the appearance at once and keeps it after a reload', async () => {
    const light = await background();
    await page.getByRole('radio', { name: 'Dark' }).check();
    expect(await page.evaluate(() => document.documentElement.dataset.appearance)).toBe('dark');
    const dark = await background();
    expect(dark).not.toBe(light);
    await page.reload();
    await page.getByRole('button', { name: 'Sync now' }).waitFor();
    expect(await background()).toBe(dark);
    await openSettings();
    expect(await page.getByRole('radio', { name: 'Dark' }).isChecked()).toBe(true);
    // Following the system again: light here, dark when the system is.
    await page.getByRole('radio', { name: 'Follow the system' }).check();
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-appearance'))).toBe(false);
    expect(await background()).toBe(light);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe(dark);
    await page.emulateMedia({ colorScheme: 'light' });
  });

  it('had no page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
