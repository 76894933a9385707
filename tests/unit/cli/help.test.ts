// `earshot help`: one aligned column of descriptions, lines that fit, and a command's own part with --help.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { earshotIn } from '../../support/cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-help-'));
const earshot = earshotIn(join(dir, 'data'));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The commands section: each entry starts at column 2; its description starts at one column for all. */
function commandLines(help: string): string[] {
  const lines = help.split('\n');
  const start = lines.indexOf('Commands:') + 1;
  return lines.slice(start, lines.indexOf('', start));
}

describe('earshot help', () => {
  const help = earshot('help').out;

  it('keeps every line within 100 characters', () => {
    expect(help.split('\n').filter((l) => l.length > 100)).toEqual([]);
  });

  it('starts every description at the same column, and every command has one', () => {
    const lines = commandLines(help);
    expect(lines.length).toBeGreaterThan(30);
    // An entry starts at column 2; its description follows a gap of two or more spaces, or sits on a line of its
    // own (under a long entry, or wrapped); wrapped entries are indented four more (column 6).
    const columns = new Set<number>();
    const undescribed: string[] = [];
    let entry: string | null = null;
    for (const line of [...lines, '  (end)']) {
      const indent = /^ */.exec(line)![0].length;
      if (indent === 2) {
        if (entry !== null) undescribed.push(entry);
        entry = line.trim();
        const gap = /\S {2,}(?=\S)/.exec(line);
        if (gap) {
          columns.add(gap.index + gap[0].length);
          entry = null;
        }
      } else if (indent > 6) {
        columns.add(indent);
        entry = null;
      }
    }
    expect([...columns]).toHaveLength(1);
    expect(undescribed).toEqual([]);
    for (const name of ['conversations list', 'conversations show', 'settings [get]', 'settings set', 'people add', 'forwards update', 'help']) {
      expect(lines.some((l) => l.startsWith(`  ${name}`)), name).toBe(true);
    }
  });

  it('names every option the commands take, like --remind on forwards update', () => {
    expect(help).toMatch(/forwards update ID .*--remind DATE/);
    expect(help).toMatch(/--verbose/);
  });

  it('says what the exit codes mean, for scripts and scheduled jobs', () => {
    expect(help).toMatch(/^Exit codes: /m);
    expect(help.replace(/\s+/g, ' ')).toContain(
      'Exit codes: 0 done; 1 it could not be done (for sync: a source named with --source, or every source due, could not be read); 2 the command was typed wrong.',
    );
  });

  it('prints only a command’s own part for `<command> --help` and `help <command>`', () => {
    const part = earshot('sources', 'add', '--help');
    expect(part.code).toBe(0);
    expect(part.out).toContain('sources add ADDRESS');
    expect(part.out).not.toContain('sources list');
    expect(part.out).not.toContain('conversations');
    const sources = earshot('sources', '--help').out;
    expect(sources).toContain('sources list');
    expect(sources).not.toContain('brief list');
    expect(earshot('help', 'settings').out).toContain('settings set NAME=VALUE');
    // (“sources” may appear in a description, as in “how many sources are read at once”; no sources entry may.)
    expect(earshot('help', 'settings').out).not.toMatch(/^ {2}sources /m);
  });
});
