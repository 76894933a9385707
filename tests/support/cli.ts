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
