// One Earshot at a time on a data folder. The store is loaded whole into memory and checkpointed whole, so a second
// process on the same folder (the command line while the app is open) would overwrite the other's changes at its
// next checkpoint. The lock is a file naming the process that holds it; a lock whose process is gone (a crash, a
// power cut) is taken over.
import { randomBytes } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readFileSync, realpathSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'earshot.lock';

interface LockContents {
  pid: number;
  token: string;
}

/** Tokens of the locks this process holds (a copy of a folder made while it was open carries one it does not). */
const held = new Set<string>();

export class DataInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `Another Earshot is using the data in ${dataDir} right now (process ${pid}). Close it and try again` +
        ` (if no Earshot is running, delete ${LOCK_FILE} in that folder).`,
    );
    this.name = 'DataInUseError';
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContents | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContents>;
    return typeof value.pid === 'number' && typeof value.token === 'string' ? { pid: value.pid, token: value.token } : null;
  } catch {
    return null; // unreadable (half written by a crash): nobody holds it
  }
}

/** Takes the data folder's lock or throws DataInUseError; returns its release. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(realpathSync(dataDir), LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      try {
        writeSync(fd, JSON.stringify({ pid: process.pid, token }));
      } finally {
        closeSync(fd);
      }
      held.add(token);
      return () => release(path, token);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
    const owner = readLock(path);
    // Another process took it between our look and our try, twice over: it is in use.
    if (attempt > 1) throw new DataInUseError(dataDir, owner?.pid ?? 0);
    const ours = owner?.pid === process.pid;
    if (owner && ((ours && held.has(owner.token)) || (!ours && alive(owner.pid)))) throw new DataInUseError(dataDir, owner.pid);
    // Left by a process that has ended, or copied with the folder: take it over.
    try {
      unlinkSync(path);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    }
  }
}

function release(path: string, token: string): void {
  if (!held.delete(token)) return;
  try {
    if (readLock(path)?.token === token) unlinkSync(path);
  } catch {
    // already gone: nothing to release
  }
}
