// Runs the built `earshot` with exactly the arguments given (no data folder or clock added), for tests that need
// to choose them: an empty --data-dir, another working folder, a time zone, a time limit.
import { spawnSync } from 'node:child_process';
import type { CliRun } from '../../support/cli';
import { CLI_PATH } from '../../support/paths';

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string>;
  /** ms; a run that takes longer is stopped (and its code is null). */
  timeout?: number;
}

export function runCli(args: string[], opts: RunOptions = {}): CliRun {
  const r = spawnSync(process.execPath, [CLI_PATH, ...args], {
    encoding: 'utf8',
    cwd: opts.cwd,
    timeout: opts.timeout ?? 60_000,
    env: { ...process.env, EARSHOT_DATA_DIR: '', EARSHOT_DEBUG: '', ...opts.env },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** The system's names for file problems, which a person should never be shown. */
export const JARGON = /\b(E[A-Z]{3,}|errno|syscall|SQLITE\w*|RSS|sentiment)\b/;
