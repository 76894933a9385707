// Runs the built `earshot` on a data folder with a fixed clock, for tests of the command line.
import { spawnSync } from 'node:child_process';
import { CLI_PATH } from './paths';

export interface CliRun {
  code: number | null;
  out: string;
  err: string;
}

export function earshotIn(dataDir: string, now = '2026-11-22T07:00:00Z'): (...args: string[]) => CliRun {
  return (...args) => {
    const r = spawnSync(process.execPath, [CLI_PATH, '--data-dir', dataDir, '--now', now, ...args], {
      encoding: 'utf8',
      env: { ...process.env, EARSHOT_DATA_DIR: '' },
    });
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
}

const ITEMS = [
  '<item><guid>1</guid><title>Battery range in the cold</title><link>https://forum.example/t/1</link><pubDate>Sat, 21 Nov 2026 09:00:00 +0000</pubDate><description>Half the range below zero.</description></item>',
  '<item><guid>2</guid><title>Love the ride</title><link>https://forum.example/t/2</link><pubDate>Fri, 20 Nov 2026 09:00:00 +0000</pubDate><description>Smooth and quiet.</description></item>',
];

/** A small forum's posts (the first `items`, one or two) as RSS, for the command line's tests. */
export function forumRss(items = 2): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Cycling forum</title><link>https://forum.example/</link>
${ITEMS.slice(0, items).join('\n')}
</channel></rss>`;
}
