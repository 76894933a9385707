// The parse step (decode, parse, normalize, sanitize) against bare rss-parser on the same real feeds, and
// 10,000 mutated feeds: no crash (only FeedError) and no hang.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import Parser from 'rss-parser';
import { parseFeed } from '../../electron/core/feeds/parse';
import { FeedError } from '../../electron/core/feeds/types';
import { mutate, rng } from '../support/fuzz';
import type { BenchRow } from './table';

export async function benchParse(corpusDir: string, fuzzCases = 10_000): Promise<BenchRow[]> {
  const manifestPath = resolve(corpusDir, 'real-feeds/manifest.json');
  if (!existsSync(manifestPath)) return [{ name: 'parse bench skipped: ../shared/corpus is absent', value: 0, unit: '' }];
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Array<{ file: string }>;
  const all = manifest.map((e) => readFileSync(resolve(corpusDir, 'real-feeds', e.file)));
  // The yardstick can only be timed on what it reads: keep the feeds bare rss-parser parses without throwing.
  const parser = new Parser();
  const readable: Buffer[] = [];
  for (const bytes of all) {
    try {
      await parser.parseString(bytes.toString('utf8'));
      readable.push(bytes);
    } catch {
      /* rss-parser can't read it: not part of the comparison */
    }
  }
  // Each side's median round: one garbage collection or a neighbour's burst falls on a single round, not the sum.
  const bareRounds: number[] = [];
  const oursRounds: number[] = [];
  // Round 0 warms both up (first calls compile code and build tables) and is not counted.
  for (let round = 0; round < 10; round++) {
    // Alternate which goes first so warm-up and machine noise fall on both.
    const order = round % 2 ? ['ours', 'bare'] : ['bare', 'ours'];
    for (const which of order) {
      const t0 = performance.now();
      for (const bytes of readable) {
        if (which === 'bare') await parser.parseString(bytes.toString('utf8'));
        else await parseFeed(new Uint8Array(bytes), { baseUrl: 'https://feeds.example/' });
      }
      if (round > 0) (which === 'bare' ? bareRounds : oursRounds).push(performance.now() - t0);
    }
  }

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
  const bare = median(bareRounds);
  const ours = median(oursRounds);

  const next = rng(20261122);
  let crashes = 0;
  let slowest = 0;
  const t0 = performance.now();
  for (let i = 0; i < fuzzCases; i++) {
    const body = mutate(new Uint8Array(all[i % all.length]!), next);
    const t = performance.now();
    try {
      await parseFeed(body, { baseUrl: i % 2 ? 'https://feeds.example/x/' : undefined });
    } catch (err) {
      if (!(err instanceof FeedError)) crashes++;
    }
    slowest = Math.max(slowest, performance.now() - t);
  }
  const fuzzMs = performance.now() - t0;
  return [
    { name: `parse step ÷ bare rss-parser (${readable.length} real feeds, median of 9)`, value: ours / bare, unit: '×', goal: '≤ 1.3', ok: ours / bare <= 1.3 },
    { name: `fuzz: crashes in ${fuzzCases.toLocaleString('en-US')} mutated feeds`, value: crashes, unit: '', goal: '0', ok: crashes === 0 },
    { name: 'fuzz: slowest case (a hang would show here)', value: slowest, unit: 'ms', goal: '≤ 2000', ok: slowest <= 2000 },
    { name: 'fuzz: all cases', value: fuzzMs, unit: 'ms' },
  ];
}
