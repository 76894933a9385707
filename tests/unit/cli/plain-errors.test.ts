// Problems with the data folder or the disk are said in one plain line naming the path and what to do, never in
// the system's words (EEXIST, ENOTDIR, EACCES…); an error nobody expected gets a plain line, its details with --verbose.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { UsageError } from '../../../electron/cli/args';
import { refusal, UNEXPECTED } from '../../../electron/cli/errors';
import { JARGON, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-errors-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const aFile = join(dir, 'afile');
writeFileSync(aFile, 'not a folder');

function refused(args: string[], message: RegExp | string): void {
  const r = runCli(args);
  expect(r.code).toBe(1);
  expect(r.out).toBe('');
  expect(r.err.split('\n')).toHaveLength(2); // one line, and its end
  expect(r.err).not.toMatch(JARGON);
  if (typeof message === 'string') expect(r.err).toBe(`earshot: ${message}\n`);
  else expect(r.err).toMatch(message);
}

function errno(code: string, syscall: string, path?: string): NodeJS.ErrnoException {
  const err: NodeJS.ErrnoException = new Error(`${code}: something, ${syscall}${path ? ` '${path}'` : ''}`);
  Object.assign(err, { code, syscall, ...(path ? { path } : {}) });
  return err;
}

describe('earshot, when the data folder or the disk is the problem', () => {
  it('says a data folder that is a file, or lies inside one, is not a folder', () => {
    refused(['--data-dir', aFile, 'sources', 'list'], `“${aFile}” is a file, not a folder, so Earshot can't keep its data there. Choose another folder with --data-dir.`);
    const inside = join(aFile, 'sub');
    refused(
      ['--data-dir', inside, 'sources', 'list'],
      `Earshot can't keep its data in “${inside}”: part of that path is a file, not a folder. Choose another folder with --data-dir.`,
    );
  });

  it('names the folder that stands where the store keeps a file', () => {
    const data = join(dir, 'db-is-a-folder');
    mkdirSync(join(data, 'earshot.db'), { recursive: true });
    refused(['--data-dir', data, 'kept', 'list'], `“${join(data, 'earshot.db')}” is a folder where Earshot keeps a file. Move that folder out of the data folder and try again.`);
  });

  it('says where an export could not be saved, and what to do', () => {
    const data = join(dir, 'data');
    refused(['--data-dir', data, 'sources', 'export', '/nonexistent-earshot/dir/x.opml'], 'There is no folder “/nonexistent-earshot/dir”. Create it first, or choose another place.');
    refused(['--data-dir', data, 'sources', 'export', dir], `“${dir}” is a folder. Give the name of a file instead.`);
  });
});

describe('refusal (the one line a failed command prints)', () => {
  const ctx = { dataDir: '/home/ann/.config/Earshot', verbose: false };

  it.each([
    [errno('EACCES', 'mkdir', '/home/ann/.config/Earshot'), /^Earshot isn't allowed to use “\/home\/ann\/\.config\/Earshot”\. Ask for access to it, or choose another folder with --data-dir\.$/],
    [
      errno('EACCES', 'open', '/home/ann/.config/Earshot/earshot.lock.083a23d686753d7e'),
      /^Earshot isn't allowed to write in “\/home\/ann\/\.config\/Earshot”, where it keeps its data\. Ask for access to it, or choose another folder with --data-dir\.$/,
    ],
    [errno('EPERM', 'open', '/srv/out.opml'), /^Earshot isn't allowed to use “\/srv\/out\.opml”\. Choose another place, or ask for access to it\.$/],
    [
      new Error("The store could not be opened in /home/ann/.config/Earshot: EROFS: read-only file system, open '/home/ann/.config/Earshot/earshot.journal'"),
      /^“\/home\/ann\/\.config\/Earshot” is on a disk that can't be written to, so Earshot can't keep its data there\. Choose another folder with --data-dir\.$/,
    ],
    [errno('ENOSPC', 'write'), /^The disk that holds “\/home\/ann\/\.config\/Earshot” is full, so Earshot couldn't save everything\. Free some space and try again\.$/],
    [errno('ENOSPC', 'open', '/tmp/list.opml'), /^The disk is full, so “\/tmp\/list\.opml” couldn't be saved\. Free some space and try again\.$/],
    [errno('EEXIST', 'mkdir', '/home/ann/.config/Earshot/backups'), /^“\/home\/ann\/\.config\/Earshot\/backups” is a file where Earshot needs a folder\. Move the file away and try again\.$/],
  ])('says %s plainly', (err, line) => {
    const { lines, code } = refusal(err, ctx);
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(lines[0]).not.toMatch(JARGON);
  });

  it('keeps what is already said plainly, with exit 2 for a mistake in what was typed', () => {
    expect(refusal(new UsageError('--limit should be a whole number.'), ctx)).toEqual({ lines: ['--limit should be a whole number.'], code: 2 });
    expect(refusal(new ApiError('There is no source “x”.', 'not-found'), ctx)).toEqual({ lines: ['There is no source “x”.'], code: 1 });
    // The store's refusal when the app has the folder open is a sentence of its own.
    const inUse = Object.assign(new Error('Another Earshot is using the data in /x right now. Close it and try again.'), { name: 'DataInUseError' });
    expect(refusal(inUse, ctx).lines).toEqual([inUse.message]);
  });

  it('says an unexpected error in a plain line, and shows its details only with --verbose', () => {
    const err = new Error('too many SQL variables');
    expect(refusal(err, ctx)).toEqual({ lines: [UNEXPECTED], code: 1 });
    expect(refusal(err, { ...ctx, verbose: true }).lines).toEqual([UNEXPECTED, '(too many SQL variables)']);
    expect(refusal(errno('ELOOP', 'open', '/x'), ctx).lines).toEqual([UNEXPECTED]);
    expect(UNEXPECTED).not.toMatch(JARGON);
  });
});
