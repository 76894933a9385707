// The cold sync's work one step at a time, on one thread, for the same feeds: what each step costs against bare
// rss-parser. The last step, SQLite alone, is a floor under the cold sync's ratio: however the other steps are
// spread over cores, the one store has to write the rows, their indexes and the full-text index itself.
import { performance } from 'node:perf_hooks';
import { migrate } from '../../electron/core/store/migrate';
import { loadSqlJs, SqlDb } from '../../electron/core/store/sql';
import { planUpsert } from '../../electron/core/store/conversations-table';
import type { Statement } from '../../electron/core/store/types';
import { SourceWork } from '../../electron/core/sync/source-work';
import type { BenchRow } from './table';

export interface StepTimes {
  parseMs: number;
  buildMs: number;
  sqlMs: number;
  rows: number;
}

/** Each step's best of `runs` (as for bare rss-parser: the first run also compiles code, sql.js's included). */
export async function syncSteps(feeds: string[], now: number, runs = 2): Promise<StepTimes> {
  let best: StepTimes | null = null;
  for (let run = 0; run < runs; run++) {
    const t = await stepsOnce(feeds, now);
    best = best
      ? { parseMs: Math.min(best.parseMs, t.parseMs), buildMs: Math.min(best.buildMs, t.buildMs), sqlMs: Math.min(best.sqlMs, t.sqlMs), rows: t.rows }
      : t;
  }
  return best!;
}

/** Parses, listens and builds every feed, then runs the statements into a fresh in-memory store. */
async function stepsOnce(feeds: string[], now: number): Promise<StepTimes> {
  const work = new SourceWork();
  work.setListener({ setup: { watchWords: [], mutedWords: [] }, recent: [] });
  const encoder = new TextEncoder();
  const bodies = feeds.map((f) => encoder.encode(f));

  const t0 = performance.now();
  const parsed = [];
  for (let i = 0; i < bodies.length; i++) {
    const result = await work.parse(i, { sourceId: `s${i}`, body: bodies[i]!, baseUrl: `https://forum${i}.example/`, contentType: 'application/rss+xml', now });
    if (!result.ok) throw new Error(`feed ${i} did not parse: ${result.message}`);
    parsed.push(result);
  }
  const t1 = performance.now();
  const writes: Statement[][] = parsed.map((p, i) =>
    work.build(i, { sourceId: `s${i}`, kind: 'search', now, steps: planUpsert(p.keys, []), tail: [] }).statements,
  );
  const t2 = performance.now();

  const SQL = await loadSqlJs();
  const db = new SqlDb(new SQL.Database());
  try {
    migrate(db);
    const t3 = performance.now();
    // One transaction for all, a savepoint a source (as the store's group commit runs writes that arrive
    // together): the least SQLite work these rows can cost, so a true floor.
    db.exec('BEGIN');
    for (const statements of writes) {
      db.exec('SAVEPOINT w');
      for (const s of statements) db.run(s);
      db.exec('RELEASE w');
    }
    db.exec('COMMIT');
    const t4 = performance.now();
    const rows = Number(db.all('SELECT count(*) AS n FROM conversations')[0]?.n ?? 0);
    return { parseMs: t1 - t0, buildMs: t2 - t1, sqlMs: t4 - t3, rows };
  } finally {
    db.close();
  }
}

export function stepRows(steps: StepTimes, bareMs: number): BenchRow[] {
  return [
    { name: '  one thread: parse, normalize, sanitize', value: steps.parseMs, unit: 'ms' },
    { name: '  one thread: listen (tone, names, repeats), rows', value: steps.buildMs, unit: 'ms' },
    { name: '  one thread: SQLite alone (rows, indexes, full text)', value: steps.sqlMs, unit: 'ms' },
    { name: '  SQLite alone ÷ bare rss-parser (a floor)', value: steps.sqlMs / bareMs, unit: '×' },
  ];
}
