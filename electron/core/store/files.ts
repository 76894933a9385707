// Crash-safe file replacement: write a temporary file, fsync it, rename it over the target, fsync the folder.
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

export function writeAll(fd: number, data: Uint8Array): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off);
}

export function fsyncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

export function writeFileSynced(path: string, data: Uint8Array): void {
  const fd = openSync(path, 'w');
  try {
    writeAll(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Replaces `path` atomically: after a crash it holds either the old or the new contents, never a mix. */
export function replaceFileDurably(path: string, data: Uint8Array): void {
  const tmp = `${path}.tmp`;
  try {
    writeFileSynced(tmp, data);
    renameSync(tmp, path);
  } catch (err) {
    // A half-written copy (the disk filled up) would only keep the disk full: the old file is still whole.
    rmSync(tmp, { force: true });
    throw err;
  }
  fsyncDir(dirname(path));
}

/** A timestamp usable in a file name, e.g. 2026-11-22T06-42-32-000Z. */
export function fileStamp(now: number): string {
  return new Date(now).toISOString().replace(/[:.]/g, '-');
}
