// `earshot brief` end to end on the sample data: the JSON others read, and the words judged by the scorer.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI_PATH, SHARED_CORPUS } from '../../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'earshot-brief-cli-'));
const NOW = '2026-11-22T07:00:00Z';
const SCORER = resolve(SHARED_CORPUS, '../tools/score-brief.py');
const AIRLINES = join(SHARED_CORPUS, 'airline-feeds');

function earshot(dataDir: string, ...args: string[]) {
  const r = spawnSync(process.execPath, [CLI_PATH, '--data-dir', dataDir, ...args], { encoding: 'utf8', env: { ...process.env, EARSHOT_DATA_DIR: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function score(markdown: string): { words: number; reading_ease: number; jargon: string[] } | null {
  const r = spawnSync('python3', [SCORER, '--json', '-'], { input: markdown, encoding: 'utf8' });
  return r.status === 0 ? JSON.parse(r.stdout) : null;
}

const data = join(dir, 'samples');

beforeAll(() => {
  expect(earshot(data, '--now', NOW, 'sources', 'samples').code).toBe(0);
  expect(earshot(data, '--now', NOW, 'sync').code).toBe(0);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot brief', () => {
  it('prints the brief’s data as JSON, in the shape the tools read', () => {
    const r = earshot(data, '--now', NOW, 'brief', '--json');
    expect(r.code).toBe(0);
    const brief = JSON.parse(r.out);
    expect(brief.window).toMatchObject({ start: Date.parse(NOW) - 86_400_000, end: Date.parse(NOW) });
    expect(brief.totals).toMatchObject({ all: expect.any(Number), byTone: expect.any(Object) });
    expect(brief.trend).toHaveLength(30);
    expect(Array.isArray(brief.questions) && Array.isArray(brief.followUps)).toBe(true);
    expect(brief.themes.length).toBeGreaterThan(0);
    const links = new Set<string>(
      earshot(data, 'conversations', 'list', '--json', '--limit', '1000').out.trim().split('\n').map((l) => JSON.parse(l).link),
    );
    for (const t of brief.themes) {
      expect(t).toMatchObject({ label: expect.any(String), summary: expect.any(String), count: expect.any(Number), tone: expect.any(String) });
      expect(t.links.length).toBeGreaterThan(0);
      for (const link of t.links) expect(links.has(link)).toBe(true);
    }
    expect(brief.worthReading.length).toBeGreaterThan(0);
    for (const w of brief.worthReading) expect(w).toMatchObject({ title: expect.any(String), source: expect.any(String), why: expect.any(String) });
    expect(brief.markdown.trimEnd().endsWith("That's everything for today.")).toBe(true);
    // the same brief again, as Markdown (the default)
    const md = earshot(data, '--now', NOW, 'brief');
    expect(md.out.trimEnd()).toBe(brief.markdown.trimEnd());
    expect(earshot(data, 'brief', 'list').out).toContain(brief.id);
  });

  it('refuses --json and --markdown together', () => {
    const r = earshot(data, 'brief', '--json', '--markdown');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Choose one');
  });

  it('reads plainly: reading ease 60 or more, no jargon, 700 words at most (score-brief.py)', (ctx) => {
    if (!existsSync(SCORER)) return ctx.skip('../shared/tools/score-brief.py is absent');
    const s = score(earshot(data, '--now', NOW, 'brief', '--markdown').out);
    if (!s) return ctx.skip('python3 is not available');
    expect(s.jargon).toEqual([]);
    expect(s.reading_ease).toBeGreaterThanOrEqual(60);
    expect(s.words).toBeLessThanOrEqual(700);
  });

  it('reads plainly on a busy day of real customer posts (airline corpus)', (ctx) => {
    const feed = join(AIRLINES, 'united.xml');
    if (!existsSync(feed) || !existsSync(SCORER)) return ctx.skip('../shared/corpus/airline-feeds is absent');
    const d = join(dir, 'united');
    const now = '2015-02-24T00:00:00Z';
    earshot(d, 'sources', 'add', feed);
    earshot(d, 'watch', 'add', 'United');
    earshot(d, 'watch', 'add', '@united');
    earshot(d, '--now', now, 'sync');
    const brief = JSON.parse(earshot(d, '--now', now, 'brief', '--json').out);
    expect(brief.totals.all).toBeGreaterThan(100);
    const s = score(brief.markdown);
    if (!s) return ctx.skip('python3 is not available');
    expect(s.jargon).toEqual([]);
    expect(s.reading_ease).toBeGreaterThanOrEqual(60);
    expect(s.words).toBeLessThanOrEqual(700);
  }, 120_000);
});
