// `npm run bench`: every benchmark, one table. Ratios are measured within one run; absolute times are indicative.
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchBrief } from './brief-bench';
import { benchParse } from './parse-bench';
import { benchRead } from './read-bench';
import { benchStore } from './store-bench';
import { benchSync } from './sync-bench';
import { benchThemes } from './themes-bench';
import { benchTone } from './tone-bench';
import { formatTable, type BenchRow } from './table';

async function main(): Promise<void> {
  const workerPath = join(__dirname, '../worker/store-worker.js');
  if (!existsSync(workerPath)) throw new Error('Build first: node scripts/build.mjs');
  const only = process.argv.slice(2);
  const benches: Array<[string, () => Promise<BenchRow[]>]> = [
    ['parse', () => benchParse(join(__dirname, '../../../shared/corpus'))],
    ['sync', () => benchSync(workerPath)],
    ['store', async () => (await benchStore(workerPath)) as BenchRow[]],
    ['tone', () => benchTone()],
    ['themes', () => benchThemes()],
    ['brief', () => benchBrief(workerPath)],
    ['read', () => benchRead(workerPath)],
  ];
  const rows: BenchRow[] = [];
  for (const [name, bench] of benches) {
    if (only.length && !only.includes(name)) continue;
    process.stderr.write(`running ${name}…\n`);
    rows.push(...(await bench()));
  }
  console.log(`Earshot benchmarks — node ${process.version}, ${cpus().length} cores, ${new Date().toISOString()}`);
  console.log(formatTable(rows));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
