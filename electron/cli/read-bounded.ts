// Reading a file the user named (`parse FILE`, `sources import FILE`) with the same bound as a source that sync
// reads, and a plain reason when it isn't an ordinary file: /dev/zero, a pipe or a folder would otherwise be read
// without end, wait forever, or fail in the system's words.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { DEFAULT_MAX_BYTES } from '../core/feeds/fetch';

/** A file that can't be read as a source; the message is the plain sentence printed as its "error". */
export class FileRefused extends Error {}

/** The same limit as a source read by sync: a file is no more trusted than a download. */
const tooBig = `This file is too big to read (over ${Math.round(DEFAULT_MAX_BYTES / (1024 * 1024))} MB).`;
const CHUNK = 1024 * 1024;

/** What a thing on disk is, when it is not an ordinary file. */
function notAFile(info: { isDirectory(): boolean; isFIFO(): boolean; isSocket(): boolean }): string {
  if (info.isDirectory()) return 'This is a folder, not a file.';
  if (info.isFIFO()) return 'This is a pipe, not a file. Save what it gives to a file and read that.';
  if (info.isSocket()) return 'This is a connection to another program, not a file.';
  return 'This is a device, not a file.';
}

function openProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return 'This file could not be found.';
  if (code === 'EISDIR') return 'This is a folder, not a file.';
  if (code === 'EACCES' || code === 'EPERM') return "Earshot isn't allowed to read this file.";
  return 'This file could not be read.';
}

/**
 * The file's bytes, at most DEFAULT_MAX_BYTES of them. Opened without waiting (a pipe would otherwise hold the
 * command until something writes to it) and checked once open, so what is read is what was checked.
 */
export async function readBounded(file: string): Promise<Uint8Array> {
  let handle: FileHandle;
  try {
    handle = await open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    throw new FileRefused(openProblem(err));
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw new FileRefused(notAFile(info));
    if (info.size > DEFAULT_MAX_BYTES) throw new FileRefused(tooBig);
    // Counted as it is read too: the file may have grown since it was checked.
    const size = Math.min(Math.max(info.size + 1, 64 * 1024), CHUNK);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const chunk = new Uint8Array(size);
      const { bytesRead } = await handle.read(chunk, 0, size, null);
      if (bytesRead === 0) return Buffer.concat(chunks, total);
      total += bytesRead;
      if (total > DEFAULT_MAX_BYTES) throw new FileRefused(tooBig);
      chunks.push(chunk.subarray(0, bytesRead));
    }
  } catch (err) {
    if (err instanceof FileRefused) throw err;
    throw new FileRefused(openProblem(err));
  } finally {
    await handle.close();
  }
}
