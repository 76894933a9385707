// `sync` in a scheduled job: the summary on stdout, each source that failed on stderr, and an exit code that says
// when the run failed (a source named with --source that couldn't be read, or no source read at all).
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn, forumRss } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-sync-exit-'));
const kept = join(dir, 'kept.xml');
const gone = join(dir, 'gone.xml');
writeFileSync(kept, forumRss(2));
writeFileSync(gone, forumRss(1).replace('Cycling forum', 'Old forum'));
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('earshot sync, when sources fail', () => {
  it('exits 0 when some of the due sources were read, with the failure on stderr only', () => {
    expect(earshot('sources', 'add', kept).code).toBe(0);
    expect(earshot('sources', 'add', gone).code).toBe(0);
    expect(earshot('sync').code).toBe(0);
    unlinkSync(gone);
    const r = earshot('sync');
    expect(r.code).toBe(0);
    expect(r.out).toBe('Read one of two sources: no new conversations.\n');
    expect(r.err).toMatch(/^Couldn't read Old forum: The file couldn't be found\.\n$/);
  });

  it('exits 1 when a source named with --source could not be read (by title, or by the path it was added with)', () => {
    for (const name of ['Old forum', gone]) {
      const r = earshot('sync', '--source', name);
      expect(r.code).toBe(1);
      expect(r.out).toBe("Couldn't read the source.\n");
      expect(r.err).toBe("Couldn't read Old forum: The file couldn't be found.\n");
    }
    // Named together with one that works: still a failure, and the summary still says what was read.
    const both = earshot('sync', '--source', 'Old forum', '--source', kept);
    expect(both.code).toBe(1);
    expect(both.out).toBe('Read one of two sources: no new conversations.\n');
    expect(both.err).toBe("Couldn't read Old forum: The file couldn't be found.\n");
    // The JSON summary stays on stdout; the exit code says the same.
    const json = earshot('sync', '--source', 'Old forum', '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({ failed: 1 });
    expect(earshot('sync', '--source', kept)).toMatchObject({ code: 0, err: '', out: 'Read one source: no new conversations.\n' });
  });

  it('exits 1 when every due source failed', () => {
    unlinkSync(kept);
    // A month on, when the failing source is due again after its back-off.
    const later = earshotIn(join(dir, 'data'), '2026-12-22T07:00:00Z');
    const r = later('sync');
    expect(r.code).toBe(1);
    expect(r.out).toBe("Couldn't read either of the two sources.\n");
    expect(r.err.trimEnd().split('\n').sort()).toEqual([
      "Couldn't read Cycling forum: The file couldn't be found.",
      "Couldn't read Old forum: The file couldn't be found.",
    ]);
    expect(earshotIn(join(dir, 'data'), '2027-01-22T07:00:00Z')('sync', '--json').code).toBe(1);
  });
});
