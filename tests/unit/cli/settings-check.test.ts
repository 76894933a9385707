// The engine refuses settings of the wrong kind, so every face (app, web host, command line) is protected.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import type { Settings } from '../../../shared/model';
import { createCore, type Core } from '../../../electron/core';
import { ROOT, WORKER_PATH } from '../../support/paths';

let dir: string;
let core: Core;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'earshot-settings-'));
  core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => Date.parse('2026-11-22T07:00:00Z'), resourcesDir: join(ROOT, 'resources') });
});

afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('settings.set', () => {
  it.each([
    [{ syncIntervalMinutes: 'abc' }, /“syncIntervalMinutes” should be a number\./],
    [{ syncIntervalMinutes: Number.NaN }, /“syncIntervalMinutes” should be a number\./],
    [{ retentionDays: '30' }, /“retentionDays” should be a number\./],
    [{ syncConcurrency: null }, /“syncConcurrency” should be a number\./],
    [{ briefTime: 730 }, /“briefTime” should be a time like 07:30\./],
  ])('refuses %j with an ApiError “invalid” naming the setting, and keeps what was there', async (values, message) => {
    const before = await core.api['settings.get']({});
    const attempt = core.api['settings.set'](values as unknown as Partial<Settings>);
    await expect(attempt).rejects.toThrow(message);
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid' });
    expect(await core.api['settings.get']({})).toEqual(before);
  });

  it('still takes good values and leaves unknown names aside', async () => {
    const after = await core.api['settings.set']({ syncIntervalMinutes: 15, theme: 'dark' } as Partial<Settings>);
    expect(after).toEqual({ retentionDays: 90, syncIntervalMinutes: 15, briefTime: '07:30', syncConcurrency: 6 });
  });
});
