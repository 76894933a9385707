import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLog } from '../../../electron/core/log';
import { openStore, type Store } from '../../../electron/core/store';
import { cleanUp, type CleanUpResult } from '../../../electron/core/store/retention';
import { SettingsTable } from '../../../electron/core/store/settings-table';
import { WORKER_PATH } from '../../support/paths';
import { makeWorld, type World } from './helpers';

const NOW = Date.parse('2026-11-22T07:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const AUG_1 = 'Sat, 01 Aug 2026 10:00:00 +0000';
const AUG_2 = 'Sun, 02 Aug 2026 10:00:00 +0000';

let world: World;

beforeEach(async () => {
  world = await makeWorld(NOW, [
    { guid: 'a', title: 'Bookmarked battery story', date: AUG_1 },
    { guid: 'b', title: 'Forwarded delivery story', date: AUG_1 },
    { guid: 'c', title: 'Forgotten saddle story', date: AUG_1 },
    { guid: 'd', title: 'Forgotten pedal story', date: AUG_2 },
  ]);
});

afterEach(async () => {
  await world.close();
});

/** Opens the engine's store on its own (the engine closed meanwhile), runs `work`, then reopens the engine. */
async function withStore<T>(work: (store: Store) => Promise<T>): Promise<T> {
  await world.core.close();
  const store = await openStore({ dataDir: world.dir, clock: () => world.now.value, log: silentLog, workerPath: WORKER_PATH });
  try {
    return await work(store);
  } finally {
    await store.close();
    await world.reopen();
  }
}

/** Clean-up the way the lead wires it after sync (on the engine's store, its settings and clock), then the totals. */
const runCleanUp = (): Promise<CleanUpResult & { totals: Array<{ day: string; count: number }> }> =>
  withStore(async (store) => {
    const result = await cleanUp({ store, settings: new SettingsTable(store), clock: () => world.now.value });
    const totals = await store.all<{ day: string; count: number }>(`SELECT day, SUM(count) AS count FROM daily_totals GROUP BY day ORDER BY day`);
    return { ...result, totals };
  });

const TOTALS = [
  { day: '2026-08-01', count: 4 },
  { day: '2026-08-02', count: 1 },
];

describe('clean-up (retention)', () => {
  it('deletes old conversations but keeps bookmarked and forwarded ones, recording daily totals first', async () => {
    const ids = await world.sync();
    const api = world.core.api;
    await api['bookmarks.add']({ conversationId: ids.a!, note: 'keep' });
    const maya = await api['people.add']({ name: 'Maya' });
    await api['forwards.create']({ conversationId: ids.b!, personId: maya.id });

    // Two months later: a new post, and an old one the source only now surfaces.
    world.now.value = NOW + 60 * DAY;
    world.posts = [...world.posts, { guid: 'e', title: 'Recent brake story', date: new Date(NOW + 59 * DAY).toUTCString() }, { guid: 'f', title: 'Late-found bell story', date: AUG_1 }];
    const later = await world.sync();
    expect(Object.keys(later).sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);

    world.now.value = NOW + 100 * DAY; // retention is 90 days by default
    const result = await runCleanUp();
    expect(result.deleted).toBe(2);

    const left = await world.core.api['conversations.list']({ limit: 100 });
    expect(left.items.map((c) => c.title).sort()).toEqual(['Bookmarked battery story', 'Forwarded delivery story', 'Late-found bell story', 'Recent brake story']);
    expect((await world.core.api['conversations.list']({ query: 'forgotten' })).total).toBe(0); // FTS rows went too
    expect((await world.core.api['conversations.list']({ query: 'bookmarked' })).total).toBe(1);
    expect(result.totals).toEqual(TOTALS);
    expect((await world.core.api['bookmarks.list']({}))[0]).toMatchObject({ available: true, note: 'keep' });

    // Nothing left to do: a second run deletes nothing and changes no totals.
    expect(await runCleanUp()).toMatchObject({ deleted: 0, totals: TOTALS });

    // Once unbookmarked, it goes too, and its day's total does not shrink.
    await world.core.api['bookmarks.remove']({ conversationId: ids.a! });
    expect(await runCleanUp()).toMatchObject({ deleted: 1, totals: TOTALS });
    const forwards = await world.core.api['forwards.list']({});
    expect(forwards[0]?.conversation.title).toBe('Forwarded delivery story');
  });

  it('keeps a bookmark readable from its snapshot once the conversation is gone', async () => {
    const ids = await world.sync();
    await world.core.api['bookmarks.add']({ conversationId: ids.c!, note: 'about saddles' });
    await world.core.api['sources.remove']({ id: (await world.core.api['sources.list']({}))[0]!.id });
    const [bookmark] = await world.core.api['bookmarks.list']({ query: 'saddle' });
    expect(bookmark).toMatchObject({ note: 'about saddles', conversation: { title: 'Forgotten saddle story', link: 'https://forum.example/t/c' } });
  });
  it('keeps the replies of a forwarded conversation with it', async () => {
    const ids = await world.sync();
    const maya = await world.core.api['people.add']({ name: 'Maya' });
    await world.core.api['forwards.create']({ conversationId: ids.c!, personId: maya.id });
    await withStore((store) => store.write([{ sql: `UPDATE conversations SET parent_id = ? WHERE id = ?`, params: [ids.c!, ids.d!] }]));
    world.now.value = NOW + 100 * DAY;
    expect((await runCleanUp()).deleted).toBe(2); // a and b
    // The reply lives in its thread (not in lists), so read what is left straight from the store.
    const left = await withStore((store) => store.all<{ id: string }>(`SELECT id FROM conversations`));
    expect(left.map((c) => c.id).sort()).toEqual([ids.c, ids.d].sort());
  });
});
