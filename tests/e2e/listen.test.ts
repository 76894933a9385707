// Listening in a real browser, on a fresh data dir with no network: set-up from the company name (every check fails
// and says so plainly), keep just the names, then add a name on the names screen; axe finds nothing serious on either.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, requireBuiltRenderer, startWebHost, watchProblems, type RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath) {
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian chromium): the listening browser test is skipped.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

const MORNING = '2026-11-22T08:30:00Z';

describe.skipIf(!executablePath)('listening screens in a browser', () => {
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  async function axeProblems(): Promise<string[]> {
    // Evaluated over the DevTools protocol, so the page's CSP does not apply to the checker itself.
    const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run(): Promise<{ violations: { id: string; impact: string }[] }> } }).axe;
      const result = await axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
    });
  }

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-e2e-listen-'));
    // Every outbound fetch fails as on a computer with no network, even where this machine has one.
    process.env.EARSHOT_OFFLINE = '1';
    try {
      host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', MORNING]);
    } finally {
      delete process.env.EARSHOT_OFFLINE;
    }
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', locale: 'en-GB' });
    await page.clock.setFixedTime(MORNING);
    watchProblems(page, problems);
    await page.goto(host.address);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets up from the company name: proposals, checks that fail plainly offline, and keeps just the names', async () => {
    // The empty first run offers set-up beside the samples.
    await page.getByRole('button', { name: 'Try with sample data' }).waitFor();
    await page.getByRole('button', { name: 'Listen for your company' }).click();
    await page.getByRole('heading', { name: 'Listen for your company', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Your company' }).fill('Kestrel');
    await page.getByRole('button', { name: 'Suggest places to listen' }).click();
    await page.getByRole('heading', { name: 'Places to listen' }).waitFor();
    const proposals = page.locator('.proposal-source');
    expect(await proposals.count()).toBeGreaterThan(0);
    expect(await page.getByRole('checkbox', { name: 'News about Kestrel' }).count()).toBe(1);

    // Every check ends, and each says plainly why it couldn't be read.
    await page.getByText(/^Each place has been checked, but none could be read just now\./).waitFor({ timeout: 60_000 });
    const statuses = await page.locator('.proposal-status').allTextContents();
    expect(statuses.length).toBe(await proposals.count());
    for (const status of statuses) {
      expect(status).not.toContain('Checking…');
      expect(status).toMatch(/[.!?]\s*$/);
      expect(status).not.toMatch(/EAI_AGAIN|TypeError|fetch failed|undefined/);
    }
    expect(await page.locator('.proposal-status.problem').count()).toBe(statuses.length);
    // Nothing that failed was ticked for the person.
    for (const box of await page.getByRole('checkbox').all()) expect(await box.isChecked()).toBe(false);
    expect(await axeProblems()).toEqual([]);

    await page.getByRole('button', { name: 'Untick all' }).click();
    await page.getByRole('button', { name: 'Keep just the names' }).click();
    await page.getByText(/^Earshot added no places and listens for /).waitFor();
    expect(await page.locator('body').textContent()).not.toMatch(/\bfeeds?\b|\bRSS\b|sentiment|keyword/i);
  });

  it('adds a name on the names screen and lists it', async () => {
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Names', exact: true }).click();
    await page.getByRole('heading', { name: 'Names we listen for' }).waitFor();
    const form = page.getByRole('form', { name: 'Add a name' });
    await form.getByRole('textbox', { name: 'Name' }).fill('Kestrel');
    await form.getByLabel('What it is').selectOption('company');
    await form.getByLabel('Not in').fill('American kestrel');
    await form.getByRole('button', { name: 'Add' }).click();
    const company = page.getByRole('list', { name: 'Your company' });
    await company.getByRole('heading', { name: 'Kestrel', exact: true }).waitFor();
    await page.getByRole('list', { name: "Where Kestrel doesn't count" }).getByText('American kestrel').waitFor();
    expect(await axeProblems()).toEqual([]);
    // Listed after a reload too: it lives in the engine, not the page.
    await page.reload();
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Names', exact: true }).click();
    await page.getByRole('list', { name: 'Your company' }).getByRole('heading', { name: 'Kestrel', exact: true }).waitFor();
    expect(problems).toEqual([]);
  });
});
