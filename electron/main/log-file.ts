// The app's log: one file in userData/logs, started afresh when it grows too large (the previous one is kept).
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { streamLog, type Log } from '../core/log';

const MAX_BYTES = 5 * 1024 * 1024;

export function logFilePath(userDataDir: string): string {
  return join(userDataDir, 'logs', 'earshot.log');
}

export function openLogFile(userDataDir: string): { log: Log; path: string; close: () => void } {
  const path = logFilePath(userDataDir);
  mkdirSync(join(userDataDir, 'logs'), { recursive: true });
  if (existsSync(path) && statSync(path).size > MAX_BYTES) renameSync(path, path.replace(/\.log$/, '.previous.log'));
  const stream = createWriteStream(path, { flags: 'a' });
  // A log that cannot be written must never take the app down with it.
  stream.on('error', () => {});
  return { log: streamLog((line) => stream.write(line)), path, close: () => stream.end() };
}
