// One email address belongs to one person: the engine refuses a second, so the app and the command line both do.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../../shared/api';
import { createCore, type Core } from '../../../electron/core';
import { ROOT, WORKER_PATH } from '../../support/paths';

let dir: string;
let core: Core;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'earshot-people-'));
  core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => Date.parse('2026-11-22T07:00:00Z'), resourcesDir: join(ROOT, 'resources') });
});

afterAll(async () => {
  await core.close();
  await rm(dir, { recursive: true, force: true });
});

describe('people and their email addresses', () => {
  it('refuses to add a person whose email (any case) already belongs to someone, and stores nothing', async () => {
    const jo = await core.api['people.add']({ name: 'Jo Baker', email: 'jo@kestrel.example' });
    const attempt = core.api['people.add']({ name: 'Jo Baker', email: ' JO@Kestrel.Example ' });
    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({ code: 'invalid', message: 'Jo Baker already has the email address jo@kestrel.example.' });
    expect((await core.api['people.list']({})).map((p) => p.id)).toEqual([jo.id]);
  });

  it('still adds people without an email, and with the same name but another email', async () => {
    await core.api['people.add']({ name: 'Sam' });
    await core.api['people.add']({ name: 'Sam' });
    await core.api['people.add']({ name: 'Jo Baker', email: 'jo.baker@voltbird.example' });
    expect(await core.api['people.list']({})).toHaveLength(4);
  });

  it('refuses to change someone’s email to another person’s, but lets them keep their own in another case', async () => {
    const people = await core.api['people.list']({});
    const jo = people.find((p) => p.email === 'jo@kestrel.example')!;
    const sam = people.find((p) => p.name === 'Sam')!;
    await expect(core.api['people.update']({ id: sam.id, email: 'Jo@kestrel.example' })).rejects.toThrow(
      'Jo Baker already has the email address jo@kestrel.example.',
    );
    expect((await core.api['people.list']({})).find((p) => p.id === sam.id)!.email).toBeNull();
    expect((await core.api['people.update']({ id: jo.id, email: 'Jo@Kestrel.example' })).email).toBe('Jo@Kestrel.example');
  });
});
