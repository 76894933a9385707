// Shared set-up for the store tests: throwaway folders, a settable clock and a log that remembers.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../../electron/core/store';
import type { Store } from '../../../electron/core/store';
import type { Log } from '../../../electron/core/log';
import { WORKER_PATH } from '../../support/paths';

export const DAY = 86_400_000;
/** Noon local time, 22 November 2026: far from midnight so day arithmetic is unambiguous. */
export const NOON = new Date(2026, 10, 22, 12, 0, 0).getTime();

export interface Recorded {
  level: keyof Log;
  message: string;
  detail?: unknown;
}

export function recordingLog(): Log & { lines: Recorded[] } {
  const lines: Recorded[] = [];
  const at = (level: keyof Log) => (message: string, detail?: unknown) => void lines.push({ level, message, detail });
  return { lines, debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

export class TestClock {
  constructor(public now = NOON) {}
  readonly read = () => this.now;
}

const dirs: string[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'earshot-store-test-'));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
}

export function open(
  dataDir: string,
  extra: { clock?: TestClock; log?: Log; checkpointBytes?: number } = {},
): Promise<Store> {
  return openStore({
    dataDir,
    clock: (extra.clock ?? new TestClock()).read,
    log: extra.log ?? recordingLog(),
    workerPath: WORKER_PATH,
    checkpointBytes: extra.checkpointBytes,
  });
}

export const setting = (key: string, value: string) => ({ sql: 'INSERT INTO settings (key, value) VALUES (?, ?)', params: [key, value] });
