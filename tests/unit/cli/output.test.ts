// What `earshot` prints: quiet when its reader goes away, no log lines unless asked, summaries that read well.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn, forumRss } from '../../support/cli';
import { CLI_PATH } from '../../support/paths';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-output-'));
const feed = join(dir, 'forum.xml');
const gone = join(dir, 'gone.xml');
const rss = forumRss(2);
writeFileSync(feed, rss);
writeFileSync(gone, rss);
const data = join(dir, 'data');
const earshot = earshotIn(data);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs earshot with its standard output closed by the reader before anything is written. */
function withClosedStdout(...args: string[]): Promise<{ code: number | null; err: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [CLI_PATH, '--data-dir', data, '--now', '2026-11-22T07:00:00Z', ...args], {
      env: { ...process.env, EARSHOT_DATA_DIR: '', EARSHOT_DEBUG: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.destroy();
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('close', (code) => done({ code, err }));
  });
}

describe('earshot output', () => {
  it('reads one of two sources: the summary on stdout, the one that failed on stderr, and exit 0 (most were read)', () => {
    expect(earshot('sources', 'add', feed).code).toBe(0);
    expect(earshot('sources', 'add', gone).code).toBe(0);
    unlinkSync(gone);
    const sync = earshot('sync');
    expect(sync.code).toBe(0);
    expect(sync.out).toBe('Read one of two sources: two new conversations.\n');
    expect(sync.err).toMatch(/^Couldn't read \S*gone\.xml: The file couldn't be found\.\n$/);
  });

  it('shows log lines only with --verbose', () => {
    const other = earshotIn(join(dir, 'verbose-data'));
    const lost = join(dir, 'lost.xml');
    writeFileSync(lost, rss);
    expect(other('sources', 'add', lost).code).toBe(0);
    unlinkSync(lost);
    const loud = other('sync', '--verbose');
    // Its only source couldn't be read: a failure, for a scheduled job to notice.
    expect(loud.code).toBe(1);
    expect(loud.out).toBe("Couldn't read the source.\n");
    expect(loud.err).toMatch(/^Couldn't read \S*lost\.xml: The file couldn't be found\.$/m);
    expect(loud.err).toMatch(/ warn .*lost\.xml/);
  });

  it('lists a failing source without doubled punctuation', () => {
    const out = earshot('sources', 'list').out;
    expect(out).toContain('Working, two conversations, read just now');
    expect(out).toContain("The file couldn't be found. No conversations, tried just now");
    expect(out).not.toMatch(/\.,|\.\./);
  });

  it('exits quietly when the reader of its output goes away (earshot … | head)', async () => {
    for (const args of [['conversations', 'list'], ['help'], ['sources', 'list']]) {
      const r = await withClosedStdout(...args);
      expect(r.err).toBe('');
      expect(r.code).toBe(0);
    }
  });
});
