// `earshot parse` reads a file no bigger than a source may be when sync reads it (one limit, in the engine), and
// says plainly, per file, in the JSON contract's {"file","error"} shape, why it didn't read one.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_MAX_BYTES } from '../../../electron/core/feeds/fetch';
import { forumRss } from '../../support/cli';
import { JARGON, runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-parse-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function parsed(...files: string[]): Array<{ file: string; error?: string; items?: unknown[] }> {
  // A bounded time: without the limit, /dev/zero would be read until memory runs out (gigabytes within seconds).
  const r = runCli(['parse', ...files], { timeout: 10_000 });
  expect(r.code).toBe(0);
  expect(r.err).toBe('');
  return r.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; error?: string });
}

const MB = Math.round(DEFAULT_MAX_BYTES / (1024 * 1024));

describe('earshot parse: what it will read', () => {
  it('refuses a file over the size limit sync uses, and still reads the next file', () => {
    const big = join(dir, 'big.xml');
    writeFileSync(big, '');
    truncateSync(big, DEFAULT_MAX_BYTES + 1); // sparse: no disk used
    const ok = join(dir, 'ok.xml');
    writeFileSync(ok, forumRss(1));
    const [tooBig, fine] = parsed(big, ok);
    expect(tooBig).toEqual({ file: big, error: `This file is too big to read (over ${MB} MB).` });
    expect(fine!.items).toHaveLength(1);
  });

  it.runIf(process.platform !== 'win32')('refuses a device (/dev/zero) at once instead of reading it without end', () => {
    expect(parsed('/dev/zero', '/dev/null')).toEqual([
      { file: '/dev/zero', error: 'This is a device, not a file.' },
      { file: '/dev/null', error: 'This is a device, not a file.' },
    ]);
  });

  it('says a folder is a folder, and a missing file is missing', () => {
    const folder = join(dir, 'folder');
    mkdirSync(folder);
    expect(parsed(folder, join(dir, 'nope.xml'))).toEqual([
      { file: folder, error: 'This is a folder, not a file.' },
      { file: join(dir, 'nope.xml'), error: 'This file could not be found.' },
    ]);
  });

  const hasMkfifo = process.platform !== 'win32' && spawnSync('mkfifo', ['--version']).error === undefined;
  it.runIf(hasMkfifo)('says a pipe is a pipe, without waiting for something to be written to it', () => {
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const [line] = parsed(fifo);
    expect(line).toEqual({ file: fifo, error: expect.stringMatching(/^This is a pipe, not a file\./) });
    expect(line!.error).not.toMatch(JARGON);
  });
});
