// What opening the data found — a damaged file set aside, a backup opened, changes that could not be read back — is
// said on every command, not only with --verbose: the person must know before reading the answer that follows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-notice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the store notice on the command line', () => {
  it('is printed on stderr once, whatever the command, and the command still answers', () => {
    const data = join(dir, 'data');
    expect(runCli(['--data-dir', data, 'people', 'add', 'Ann Lee']).code).toBe(0);
    writeFileSync(join(data, 'earshot.db'), 'this is not a database '.repeat(400));
    const r = runCli(['--data-dir', data, 'people', 'list']);
    expect(r.code).toBe(0);
    expect(r.err).toMatch(/^earshot: Earshot's data file was damaged and there was no backup to open, so it was set aside and Earshot started again with no data\.\n$/);
    // The next start is an ordinary one.
    expect(runCli(['--data-dir', data, 'people', 'list']).err).toBe('');
  });
});
