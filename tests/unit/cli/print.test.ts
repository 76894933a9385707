// The sync summary in words: how many sources were read (for stdout), then one short line per source that couldn't
// be (for stderr).
import { describe, expect, it } from 'vitest';
import type { SyncSourceResult, SyncSummary } from '../../../shared/model';
import { syncReport } from '../../../electron/cli/print';

function result(title: string, message = '', added = 0): SyncSourceResult {
  return { sourceId: title, title, status: message ? 'unreachable' : 'ok', message, added, updated: 0, notModified: false, skipped: false };
}

function summary(...sources: SyncSourceResult[]): SyncSummary {
  const added = sources.reduce((n, s) => n + s.added, 0);
  return { startedAt: 0, finishedAt: 1, sources, added, updated: 0, failed: sources.filter((s) => s.status !== 'ok').length };
}

describe('syncReport', () => {
  it('says how many of the sources were read, and one line for each that was not, without doubled full stops', () => {
    const ok = Array.from({ length: 6 }, (_, i) => result(`Forum ${i}`));
    const failed = [
      result('Company blog', "This source couldn't be reached."),
      result('News', "The site didn't answer"),
      result('Reviews', 'Gone: the site says it no longer exists.'),
      result('Hacker News', 'Not something Earshot can read.'),
    ];
    expect(syncReport(summary(...ok, ...failed))).toEqual({
      summary: 'Read six of ten sources: no new conversations.',
      problems: [
        "Couldn't read Company blog: This source couldn't be reached.",
        "Couldn't read News: The site didn't answer.",
        "Couldn't read Reviews: Gone: the site says it no longer exists.",
        "Couldn't read Hacker News: Not something Earshot can read.",
      ],
      failed: 4,
    });
  });

  it('reads plainly when every source worked, or none did: always one summary line', () => {
    expect(syncReport(summary(result('Forum', '', 2)))).toEqual({ summary: 'Read one source: two new conversations.', problems: [], failed: 0 });
    expect(syncReport(summary(result('Forum', "The file couldn't be found.")))).toEqual({
      summary: "Couldn't read the source.",
      problems: ["Couldn't read Forum: The file couldn't be found."],
      failed: 1,
    });
    expect(syncReport(summary(result('A', 'Down.'), result('B', 'Down.')))).toEqual({
      summary: "Couldn't read either of the two sources.",
      problems: ["Couldn't read A: Down.", "Couldn't read B: Down."],
      failed: 2,
    });
    expect(syncReport(summary(result('A', 'Down.'), result('B', 'Down.'), result('C', 'Down.'))).summary).toBe("Couldn't read any of the three sources.");
    expect(syncReport(summary())).toEqual({ summary: 'Nothing to read: no source is due. (Add one with: earshot sources add ADDRESS)', problems: [], failed: 0 });
  });
});
