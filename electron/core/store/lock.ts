// One Earshot at a time on a data folder. The store is loaded whole into memory and checkpointed whole, so a second
// process on the same folder (the command line while the app is open) would overwrite the other's changes at its
// next checkpoint. The lock is a file naming the process that holds it, the machine's boot and the folder; a lock
// whose process is gone (a crash, a power cut, an earlier boot) or that was copied with the folder is taken over.
import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { uptime } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = 'earshot.lock';

interface LockContents {
  pid: number;
  token: string;
  /** When the machine booted (ms): after a reboot the same process number may belong to another program. */
  boot: number;
  /** The folder's real path: a lock in another folder came with a copy. */
  dir: string;
}

/** The clock can be set in between; a boot within a minute is this one. */
const SAME_BOOT_MS = 60_000;

/** Tokens of the locks this process holds (a copy of a folder made while it was open carries one it does not). */
const held = new Set<string>();

export class DataInUseError extends Error {
  constructor(dataDir: string, pid: number | null) {
    super(
      `Another Earshot is using the data in ${dataDir} right now${pid ? ` (process ${pid})` : ''}. Close it and try ` +
        `again (if no Earshot is running, delete ${LOCK_FILE} in that folder).`,
    );
    this.name = 'DataInUseError';
  }
}

const bootTime = (): number => Date.now() - uptime() * 1000;

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
    const v = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContents>;
    if (typeof v.pid !== 'number' || typeof v.token !== 'string') return null;
    return { pid: v.pid, token: v.token, boot: typeof v.boot === 'number' ? v.boot : bootTime(), dir: typeof v.dir === 'string' ? v.dir : '' };
  } catch {
    return null;
  }
}

/** Whether a lock still stands for a running Earshot on this folder. Unreadable: never fully written, so no. */
function standing(owner: LockContents | null, dir: string): owner is LockContents {
  if (!owner) return false;
  if ((owner.dir && owner.dir !== dir) || Math.abs(owner.boot - bootTime()) > SAME_BOOT_MS) return false;
  return owner.pid === process.pid ? held.has(owner.token) : alive(owner.pid);
}

/**
 * Puts the lock in place whole or not at all: written under its own name, then linked to earshot.lock, which
 * fails if one is there (so no one ever reads a half-written lock). Where links are not allowed, created
 * exclusively and written.
 */
function place(path: string, contents: LockContents): boolean {
  const own = `${path}.${contents.token}`;
  writeFileSync(own, JSON.stringify(contents));
  try {
    linkSync(own, path);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw err;
    try {
      writeFileSync(path, JSON.stringify(contents), { flag: 'wx' });
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e;
    }
  } finally {
    rmSync(own, { force: true });
  }
}

/**
 * Moves a lock judged stale out of the way, unless another process replaced it meanwhile (then it is put back,
 * and the folder is in use). Renaming is atomic: of two processes taking over the same stale lock, one moves it.
 */
function takeOver(path: string, stale: LockContents | null, dataDir: string, token: string): void {
  const aside = `${path}.stale-${token}`;
  try {
    renameSync(path, aside);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // gone already
    throw err;
  }
  const moved = readLock(aside);
  if (moved && moved.token !== stale?.token) {
    // A fresh lock, put there after our look: give it back.
    try {
      linkSync(aside, path);
    } catch {
      /* yet another came: theirs stands */
    }
    rmSync(aside, { force: true });
    throw new DataInUseError(dataDir, moved.pid);
  }
  rmSync(aside, { force: true });
}

/** Takes the data folder's lock or throws DataInUseError; returns its release. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const dir = realpathSync(dataDir);
  const path = join(dir, LOCK_FILE);
  const token = randomBytes(8).toString('hex');
  for (let attempt = 0; attempt < 3; attempt++) {
    if (place(path, { pid: process.pid, token, boot: bootTime(), dir })) {
      held.add(token);
      return () => release(path, token);
    }
    const owner = readLock(path);
    if (standing(owner, dir)) throw new DataInUseError(dataDir, owner.pid);
    takeOver(path, owner, dataDir, token);
  }
  throw new DataInUseError(dataDir, readLock(path)?.pid ?? null);
}

function release(path: string, token: string): void {
  if (!held.delete(token)) return;
  try {
    if (readLock(path)?.token === token) unlinkSync(path);
  } catch {
    // already gone: nothing to release
  }
}
