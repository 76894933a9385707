// The command line calls the engine through the same argument checks as the app and the web host (validateArgs,
// from the shapes in shared/), in one place for every command, so it can't store what the app would refuse.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { API_METHODS, type Api } from '../../../shared/api';
import { UsageError } from '../../../electron/cli/args';
import { checkedApi } from '../../../electron/cli/checked-api';
import { earshotIn } from '../../support/cli';
import { JARGON } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'earshot-cli-checks-'));
const earshot = earshotIn(join(dir, 'data'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('checkedApi', () => {
  it('checks the arguments of every Api method before the engine sees them', async () => {
    const reached: string[] = [];
    const engine = Object.fromEntries(API_METHODS.map((m) => [m, async () => void reached.push(m)])) as unknown as Api;
    const api = checkedApi(engine);
    for (const method of API_METHODS) {
      const call = api[method] as (args: unknown) => Promise<unknown>;
      await expect(call({ notAnArgument: 1 }), method).rejects.toBeInstanceOf(UsageError);
    }
    expect(reached).toEqual([]);
    await api['people.list']({});
    expect(reached).toEqual(['people.list']);
  });

  it('says what is too long in the command line’s words, with the limit from the same shapes', async () => {
    const engine = Object.fromEntries(API_METHODS.map((m) => [m, async () => null])) as unknown as Api;
    const api = checkedApi(engine);
    await expect(api['people.add']({ name: 'n'.repeat(201) })).rejects.toThrow('The name is too long: at most 200 characters.');
    await expect(api['watch.add']({ word: 'w'.repeat(201) })).rejects.toThrow('The name is too long: at most 200 characters.');
    await expect(api['sources.importOpml']({ text: 'x'.repeat(5_000_001) })).rejects.toThrow('The file is too long: at most 5,000,000 characters.');
  });
});

describe('earshot refuses what the app would refuse', () => {
  it('refuses a 20,000-character name, note or watch word in one plain line, and stores nothing', () => {
    const long = 'n'.repeat(20_000);
    for (const [args, message] of [
      [['people', 'add', long], 'earshot: The name is too long: at most 200 characters.\n'],
      [['watch', 'add', 'w'.repeat(5_000)], 'earshot: The name is too long: at most 200 characters.\n'],
      [['kept', 'add', 'aueYEI0uuBlUPRsZ', '--note', long], 'earshot: The note is too long: at most 10,000 characters.\n'],
      [['people', 'add', 'Ann', '--team', long], 'earshot: The team is too long: at most 200 characters.\n'],
    ] as const) {
      const r = earshot(...args);
      expect(r).toEqual({ code: 2, out: '', err: message });
      expect(r.err).not.toMatch(JARGON);
    }
    expect(earshot('people', 'list', '--json').out).toBe('');
    expect(earshot('watch', 'list', '--json').out).toBe('');
  });
});
