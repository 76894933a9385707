// Follow-ups in a real browser: keep a conversation, forward it to its owner (the mailto link carries the right
// subject and body), move it along the ledger to closed, restart the web host on the same data, find it all again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium, requireBuiltRenderer, startWebHost, watchProblems, type RunningHost } from './web-host';

const executablePath = findChromium();
if (!executablePath) {
  const message = 'No Chromium found (set CHROMIUM_PATH or install Debian chromium): the follow-ups browser test is skipped.';
  if (process.env.CI === 'true') throw new Error(message);
  console.warn(message);
}

const MORNING = '2026-11-22T08:30:00Z';
const NOTE = 'Please call them back — and tell me when they have heard from us.';

async function textOf(download: Download): Promise<string> {
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe.skipIf(!executablePath)('follow-ups in a browser', () => {
  let host: RunningHost;
  let dataDir: string;
  let browser: Browser;
  let page: Page;
  let title = '';
  let link = '';
  const problems: string[] = [];

  async function openPage(address: string): Promise<Page> {
    const p = await browser.newPage({ viewport: { width: 1280, height: 800 }, timezoneId: 'UTC', locale: 'en-GB', acceptDownloads: true });
    await p.clock.setFixedTime(MORNING);
    watchProblems(p, problems);
    await p.goto(address);
    await p.getByRole('button', { name: 'Sync now' }).waitFor();
    return p;
  }

  const nav = (name: string) => page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name, exact: true });

  beforeAll(async () => {
    requireBuiltRenderer();
    dataDir = mkdtempSync(join(tmpdir(), 'earshot-e2e-follow-'));
    host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', MORNING]);
    browser = await chromium.launch({ executablePath: executablePath!, headless: true, args: CHROMIUM_ARGS });
    page = await openPage(host.address);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the sample data and adds the person who owns Kestrel matters', async () => {
    await page.getByRole('button', { name: 'Try with sample data' }).click();
    // The sample offer opens the brief once its sync ends: wait for that before moving on.
    await page.locator('.nav-button[aria-current="page"]', { hasText: 'Brief' }).waitFor({ timeout: 60_000 });
    await expect.poll(() => page.getByText(/^Last synced /).textContent(), { timeout: 60_000 }).toMatch(/just now|1 minute ago/);
    await nav('People').click();
    await page.getByLabel('Name').fill('Maya Lind');
    await page.getByLabel('Email').fill('maya@kestrel.example');
    await page.getByLabel('Team').fill('Customer care');
    await page.getByLabel(/^Owns/).fill('Kestrel, battery');
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    const people = page.getByRole('list', { name: 'People' });
    await people.getByRole('heading', { name: 'Maya Lind' }).waitFor();
    expect(await people.locator('.chip').allTextContents()).toEqual(['Kestrel', 'battery']);
  });

  it('keeps a conversation with a note', async () => {
    await nav('Conversations').click();
    const list = page.getByRole('region', { name: 'Conversations, newest first' });
    const item = list.locator('.conversation-item').filter({ hasText: /Kestrel/ }).first();
    title = ((await item.locator('.item-title').textContent()) ?? '').trim();
    await item.click();
    const article = page.locator('article.reading');
    await article.getByRole('heading', { name: title }).waitFor();
    link = (await article.getByRole('link', { name: 'Read it where it was said' }).getAttribute('href')) ?? '';
    await article.getByRole('button', { name: 'Keep', exact: true }).click();
    await article.locator('.kept-word').waitFor();
    await article.getByRole('button', { name: 'Add a note' }).click();
    await article.getByLabel('Your note').fill('Ask Maya on Monday');
    await article.getByRole('button', { name: 'Save the note' }).click();
    await article.locator('.kept-note', { hasText: 'Ask Maya on Monday' }).waitFor();
    await expect.poll(() => item.textContent()).toContain('Kept');
  });

  it('forwards it to the suggested owner: the mailto link carries the subject and the body', async () => {
    // Out of the note's field without touching another row: the list's rows reach the window's foot.
    await page.locator('article.reading h2').click();
    await page.keyboard.press('f');
    const dialog = page.getByRole('dialog', { name: 'Forward to someone' });
    await dialog.waitFor();
    const maya = dialog.getByRole('radio', { name: /Maya Lind/ });
    await expect.poll(() => maya.isChecked()).toBe(true);
    // The only person is chosen at once; why she is suggested arrives with the suggestion.
    await expect.poll(() => dialog.locator('label.person-choice', { hasText: 'Maya Lind' }).textContent()).toContain('suggested: owns');
    await dialog.getByLabel('Your note').fill(NOTE);
    const mail = dialog.getByRole('link', { name: 'Open in Mail' });
    await expect.poll(async () => decodeURIComponent((await mail.getAttribute('href')) ?? '')).toContain(NOTE);
    const href = new URL((await mail.getAttribute('href'))!);
    expect(href.protocol).toBe('mailto:');
    expect(decodeURIComponent(href.pathname)).toBe('maya@kestrel.example');
    expect(href.searchParams.get('subject')).toBe(`Customer voice: ${title}`);
    const body = href.searchParams.get('body') ?? '';
    expect(body).toContain(NOTE);
    if (link) expect(body).toContain(link);

    // Saving the email file records the forward in the ledger.
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save as email file' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^earshot-.*\.eml$/);
    const eml = await textOf(download);
    expect(eml).toMatch(/^To: .*maya@kestrel\.example/m);
    await dialog.getByText(/Recorded in Follow-ups/).waitFor();
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  it('moves it along the ledger: answered → customer told → closed', async () => {
    await nav('Follow-ups').click();
    const open = page.getByRole('list', { name: 'Open', exact: true });
    await open.getByText(title).waitFor();
    expect(await open.textContent()).toContain('To Maya Lind');

    await open.getByRole('button', { name: 'Mark as answered' }).click();
    await open.getByLabel('A short note (optional)').fill('Maya called the rider');
    await open.getByRole('button', { name: 'Mark as answered' }).click();
    const answered = page.getByRole('list', { name: 'Answered', exact: true });
    await answered.getByText(title).waitFor();

    await answered.getByRole('button', { name: 'Mark as customer told' }).click();
    await answered.getByLabel('Link to the public reply (optional)').fill('https://forum.example/t/1#reply-9');
    await answered.getByRole('button', { name: 'Mark as customer told' }).click();
    const told = page.getByRole('list', { name: 'Customer told', exact: true });
    await told.getByRole('link', { name: 'The public reply' }).waitFor();

    await told.getByRole('button', { name: 'Mark as closed' }).click();
    await told.getByRole('button', { name: 'Mark as closed' }).click();
    const closed = page.getByRole('list', { name: 'Closed', exact: true });
    await closed.getByText(title).waitFor();

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save as a spreadsheet' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const csv = await textOf(download);
    expect(csv).toContain('Maya Lind');
    expect(csv).toContain('Closed');
  });

  it('has no serious accessibility problems on the three screens (axe)', async () => {
    const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axeSource);
    // `within` limits the check to one part of the page (the dialog); the reading pane behind it is the reader's.
    const run = (within?: string) =>
      page.evaluate(async (selector) => {
        type Result = { violations: { id: string; impact: string; nodes: { target: string[] }[] }[] };
        const axe = (window as unknown as { axe: { run(context?: Element | Document): Promise<Result> } }).axe;
        const result = await axe.run(selector ? document.querySelector(selector)! : document);
        return result.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      }, within);
    await page.getByRole('heading', { name: 'Follow-ups', level: 1 }).waitFor();
    expect(await run()).toEqual([]);
    await nav('Kept').click();
    await page.getByRole('list', { name: 'Kept conversations' }).getByText(title).waitFor();
    expect(await run()).toEqual([]);
    await nav('People').click();
    await page.getByRole('list', { name: 'People' }).getByRole('heading', { name: 'Maya Lind' }).waitFor();
    expect(await run()).toEqual([]);
    // The forward dialog too.
    await nav('Conversations').click();
    await page.locator('article.reading').getByRole('button', { name: 'Forward…' }).click();
    await page.getByRole('dialog', { name: 'Forward to someone' }).getByRole('link', { name: 'Open in Mail' }).waitFor();
    expect(await run('[role="dialog"]')).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'detached' });
  });

  it('finds everything again after the app restarts on the same data', async () => {
    await page.close();
    expect(await host.stop()).toBe(0);
    host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', MORNING]);
    page = await openPage(host.address);

    await nav('Kept').click();
    const kept = page.getByRole('list', { name: 'Kept conversations' });
    await kept.getByText(title).waitFor();
    expect(await kept.textContent()).toContain('Ask Maya on Monday');

    await nav('People').click();
    await page.getByRole('list', { name: 'People' }).getByRole('heading', { name: 'Maya Lind' }).waitFor();

    await nav('Follow-ups').click();
    const closed = page.getByRole('list', { name: 'Closed', exact: true });
    await closed.getByText(title).waitFor();
    await closed.getByRole('button', { name: 'History' }).click();
    const history = closed.getByRole('list', { name: /^History of/ });
    await history.waitFor();
    const steps = await history.locator('li').allTextContents();
    expect(steps.map((s) => s.split(' · ')[1])).toEqual([
      `Open — ${NOTE}`,
      'Answered — Maya called the rider',
      'Customer told',
      'Closed',
    ]);
  });

  it('lists a loop left open for days in the morning brief', async () => {
    const call = async <T,>(method: string, args: object): Promise<T> => {
      const res = await fetch(new URL(`/api/${method}`, host.origin), {
        method: 'POST',
        headers: { authorization: `Bearer ${host.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(args),
      });
      const body = (await res.json()) as { ok: boolean; value: T };
      expect(body.ok, method).toBe(true);
      return body.value;
    };
    const [person] = await call<Array<{ id: string }>>('people.list', {});
    const { items } = await call<{ items: Array<{ id: string; title: string }> }>('conversations.list', { limit: 5 });
    const open = items.find((c) => c.title !== title)!;
    await call('forwards.create', { conversationId: open.id, personId: person!.id, note: 'Who can answer this?' });
    await page.close();
    expect(await host.stop()).toBe(0);
    // Four days later, nobody has answered.
    host = await startWebHost(['--data-dir', dataDir, '--port', '0', '--now', new Date(Date.parse(MORNING) + 4 * 86_400_000).toISOString()]);
    page = await openPage(host.address);
    await nav('Brief').click();
    const section = page.getByRole('region', { name: 'Open follow-ups' });
    await section.getByText(open.title).waitFor();
  });

  it('had no page errors or CSP violations', () => {
    expect(problems).toEqual([]);
  });
});
