// What the command line says when a command fails: one plain line, on standard error. The system's own words for
// a problem with a folder or the disk ("EEXIST: file already exists, mkdir …") become a sentence saying what is
// wrong with which path and what to do; an error nobody expected gets a plain line too, its details with --verbose.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { UsageError } from './usage-error';

export interface ErrorContext {
  /** The data folder the command used (or would have), as typed or by default. */
  dataDir: string;
  /** --verbose or EARSHOT_DEBUG: the details are wanted. */
  verbose: boolean;
}

export interface Refusal {
  /** Printed after “earshot: ”, one line each: the plain sentence first, then any details asked for. */
  lines: string[];
  /** The exit code: 2 for a mistake in what was typed, 1 for anything else. */
  code: number;
}

export const UNEXPECTED = "Earshot couldn't finish that. Run the same command with --verbose to see what went wrong.";

/** Errors whose message is already a sentence for the person at the keyboard. */
function isPlain(err: Error): boolean {
  // By name as well: an ApiError from a worker thread, or the store's "another Earshot is using this folder".
  return err instanceof UsageError || err.name === 'ApiError' || err.name === 'DataInUseError';
}

interface SystemProblem {
  code: string;
  path: string | null;
  /** What was being done: mkdir, open, read, write, rename… */
  action: string | null;
}

/**
 * The system's error code, path and action, from the error itself or from its message (the store's worker passes on
 * only the message: "The store could not be opened in DIR: EROFS: read-only file system, open '…/earshot.journal'").
 */
function systemProblem(err: Error): SystemProblem | null {
  const e = err as NodeJS.ErrnoException;
  const inMessage = /\b(E[A-Z]{2,})\b: [^,]*(?:, (\w+)(?: '([^']*)')?)?/.exec(err.message);
  const code = typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code) ? e.code : inMessage?.[1];
  if (!code) return null;
  const storeDir = /could not be opened in (.+?): E[A-Z]{2,}\b/.exec(err.message)?.[1] ?? null;
  return { code, path: e.path ?? inMessage?.[3] ?? storeDir, action: e.syscall ?? inMessage?.[2] ?? null };
}

function within(path: string, folder: string): boolean {
  return path === folder || path.startsWith(folder.endsWith(sep) ? folder : folder + sep);
}

/** A folder inside the data folder where Earshot keeps a file (earshot.db, earshot.journal…), if there is one. */
function folderInsteadOfFile(dataDir: string): string | null {
  try {
    const name = readdirSync(dataDir).find((n) => n.startsWith('earshot.') && statSync(join(dataDir, n)).isDirectory());
    return name ? join(dataDir, name) : null;
  } catch {
    return null;
  }
}

/** One sentence for a problem with a folder or the disk; null when the code is not one we can explain. */
function systemSentence(p: SystemProblem, dataDir: string): string | null {
  const data = resolve(dataDir);
  const path = p.path ? resolve(p.path) : null;
  // The data folder itself, something in it, or a folder made on the way to it.
  const forData = path === null || within(path, data) || (p.action === 'mkdir' && within(data, path));
  const choose = 'Choose another folder with --data-dir.';
  const at = path ?? data;
  switch (p.code) {
    case 'EEXIST':
      if (p.action === 'mkdir' && forData && within(data, at)) return `“${at}” is a file, not a folder, so Earshot can't keep its data there. ${choose}`;
      if (p.action === 'mkdir') return `“${at}” is a file where Earshot needs a folder. Move the file away and try again.`;
      return `“${at}” is already there. Choose another name.`;
    case 'ENOTDIR':
      if (forData) return `Earshot can't keep its data in “${data}”: part of that path is a file, not a folder. ${choose}`;
      return `“${at}” can't be reached: part of that path is a file, not a folder.`;
    case 'EACCES':
    case 'EPERM':
      // A file Earshot was about to make in the data folder (its lock, say): it is the folder that refuses.
      if (forData && path !== null && dirname(path) === data && !existsSync(path)) {
        return `Earshot isn't allowed to write in “${data}”, where it keeps its data. Ask for access to it, or choose another folder with --data-dir.`;
      }
      if (forData) return `Earshot isn't allowed to use “${at}”. Ask for access to it, or choose another folder with --data-dir.`;
      return `Earshot isn't allowed to use “${at}”. Choose another place, or ask for access to it.`;
    case 'EROFS':
      if (forData) return `“${data}” is on a disk that can't be written to, so Earshot can't keep its data there. ${choose}`;
      return `“${at}” is on a disk that can't be written to. Choose another place.`;
    case 'EISDIR': {
      if (forData) {
        const folder = path && path !== data ? path : folderInsteadOfFile(data);
        return folder
          ? `“${folder}” is a folder where Earshot keeps a file. Move that folder out of the data folder and try again.`
          : `Earshot's data folder “${data}” has a folder where a file should be. Move it away, or choose another folder with --data-dir.`;
      }
      return `“${at}” is a folder. Give the name of a file instead.`;
    }
    case 'ENOSPC':
    case 'EDQUOT':
      return forData
        ? `The disk that holds “${data}” is full, so Earshot couldn't save everything. Free some space and try again.`
        : `The disk is full, so “${at}” couldn't be saved. Free some space and try again.`;
    case 'ENOENT':
      if (!path) return null;
      if (!existsSync(dirname(path))) return `There is no folder “${dirname(path)}”. Create it first, or choose another place.`;
      return `There is no file “${path}”. Check the name and try again.`;
    case 'ENAMETOOLONG':
      return `The name “${at}” is too long for this computer. Choose a shorter one.`;
    case 'EBUSY':
      return `“${at}” is being used by another program. Close it and try again.`;
    case 'EMFILE':
    case 'ENFILE':
      return 'Too many files are open on this computer right now. Close some programs and try again.';
    default:
      return null;
  }
}

/** How a failed command is reported: the plain line, the details when asked for, and the exit code. */
export function refusal(err: unknown, ctx: ErrorContext): Refusal {
  const code = err instanceof UsageError ? 2 : 1;
  if (!(err instanceof Error)) return { lines: [UNEXPECTED, ...(ctx.verbose ? [String(err)] : [])], code };
  if (isPlain(err)) return { lines: [err.message], code };
  const problem = systemProblem(err);
  const sentence = problem ? systemSentence(problem, ctx.dataDir) : null;
  const details = ctx.verbose ? [`(${err.message})`] : [];
  return { lines: [sentence ?? UNEXPECTED, ...details], code };
}
