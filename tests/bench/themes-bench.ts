// Themes benchmark: findThemes() over a day of 5,000 generated conversations (customer-style sentences from
// fixed word lists, seeded), so no corpus is needed. Goal: ≤ 500 ms for the day.
import { findThemes, type ThemeInput, type ThemeTone } from '../../electron/core/listen/themes';
import type { BenchRow } from './table';
import { rng } from '../support/fuzz';

const OPENERS = ['@kestrel', '@kestrel_help', 'Honestly,', 'So', 'Kestrel:', '', '', 'Hey @kestrel'];
const PARTS = [
  'my delivery was delayed again', 'the app keeps crashing when I log in', 'battery life is awful in the cold',
  'your support team was amazing', 'been on hold for 2 hours', 'when will the new frame be available?',
  'the kickstand snapped after a week', 'refund still not processed', 'the price went up again',
  'the seat is uncomfortable on long rides', 'love the new update!!', 'shipping took three weeks',
  'customer service never called back', 'the brakes squeak in the rain', 'great ride to work today',
  'the charger stopped working', 'read more at https://example.com/x', 'the paint chipped on the fender',
  'the display is hard to read in sunlight', 'the order was cancelled without notice',
];
const TONES: ThemeTone[] = ['unhappy', 'unhappy', 'asking', 'neutral', 'pleased'];

export function themeItems(n: number, seed = 11): ThemeInput[] {
  const rand = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  const items: ThemeInput[] = [];
  for (let i = 0; i < n; i++) {
    const parts = [pick(OPENERS)];
    const count = 1 + Math.floor(rand() * 3);
    for (let k = 0; k < count; k++) parts.push(pick(PARTS));
    const text = `${parts.join('. ').trim()} #${i}`;
    items.push({ id: `c${i}`, title: '', text, tone: pick(TONES), link: null, sourceId: 's', publishedAt: i });
  }
  return items;
}

export async function benchThemes(): Promise<BenchRow[]> {
  const items = themeItems(5000);
  const opts = { ignoreWords: ['Kestrel', '@kestrel', '@kestrel_help'] };
  findThemes(items.slice(0, 50), opts); // warm-up: vocabulary indexes are built on load
  const runs: number[] = [];
  const cpu: number[] = [];
  for (let r = 0; r < 7; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    findThemes(items, opts);
    const c = process.cpuUsage(c0);
    runs.push(performance.now() - t0);
    cpu.push((c.user + c.system) / 1000);
  }
  const median = (xs: number[]): number => Math.round([...xs].sort((a, b) => a - b)[xs.length >> 1] ?? 0);
  const wall = median(runs);
  // CPU time too: on a busy machine the wall time mostly measures the other processes.
  return [
    { name: 'themes for a day of 5,000 conversations', value: wall, unit: 'ms', goal: '≤ 500', ok: wall <= 500 },
    { name: 'themes for a day of 5,000 conversations (CPU)', value: median(cpu), unit: 'ms' },
  ];
}
