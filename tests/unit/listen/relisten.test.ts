// Re-listening on the store directly: rows stored before the listen step get tone and asks; relevance follows
// watch words and muted words; only what changed is written.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../../electron/core/store';
import { silentLog } from '../../../electron/core/log';
import { hearWithNewerRules, relisten, TONE_RULES } from '../../../electron/core/listen/relisten';
import { SettingsTable } from '../../../electron/core/store/settings-table';
import { Listener } from '../../../electron/core/listen/listener';
import { removeTempDirs, tempDir } from '../store/helpers';
import { WORKER_PATH } from '../../support/paths';

let store: Store;
const NOW = Date.parse('2026-11-22T07:00:00Z');

beforeEach(async () => {
  store = await openStore({ dataDir: tempDir(), clock: () => NOW, log: silentLog, workerPath: WORKER_PATH });
  await store.write([
    { sql: `INSERT INTO sources (id, url, title, kind, added_at) VALUES ('blog', 'https://b.example/', 'Blog', 'general', 0)` },
    ...[
      ['c1', '@kestrel when will the app be fixed?', 'Three days without ride history. Any news?'],
      ['c2', 'Fixing a squeaky chain', 'A drop of oil and a rag is all it takes.'],
      ['c3', 'Kestrel giveaway!!', 'Win a Kestrel One today.'],
    ].map(([id, title, excerpt], n) => ({
      sql: `INSERT INTO conversations (id, source_id, guid, title, excerpt, published_at, fetched_at) VALUES (?, 'blog', ?, ?, ?, ?, ?)`,
      params: [id!, id!, title!, excerpt!, NOW - n * 1000, NOW],
    })),
  ]);
});

afterEach(async () => {
  await store.close();
  removeTempDirs();
});

async function rows() {
  return store.all<{ id: string; tone: string | null; asks: number; relevant: number; matches: string | null }>(
    `SELECT id, tone, asks, relevant, matches FROM conversations ORDER BY id`,
  );
}

describe('re-listening', () => {
  it('hears tone and questions in rows stored before, and relevance from the watch words', async () => {
    await store.write([{ sql: `INSERT INTO watch_words (id, kind, word, aliases, exclusions, added_at) VALUES ('w', 'company', 'Kestrel', '["@kestrel"]', '[]', 0)` }]);
    expect(await relisten(store)).toBe(3);
    const [c1, c2, c3] = await rows();
    expect(c1).toMatchObject({ asks: 1, relevant: 1 });
    expect(c1!.tone).not.toBeNull();
    expect(JSON.parse(c1!.matches!)).toEqual([{ word: 'Kestrel', field: 'title', ranges: [[0, 8]] }]);
    expect(c2).toMatchObject({ asks: 0, relevant: 0, matches: null });
    expect(c2!.tone).not.toBeNull();
    expect(c3).toMatchObject({ relevant: 1 });
    // Nothing changed: nothing written.
    expect(await relisten(store)).toBe(0);
    await store.write([{ sql: `INSERT INTO muted_words (word, added_at) VALUES ('giveaway', 0)` }]);
    expect(await relisten(store)).toBe(1);
    expect((await rows())[2]).toMatchObject({ relevant: 0 });
  });

  it('listens to at most the newest N', async () => {
    expect(await relisten(store, 2)).toBe(2);
    expect((await rows()).map((r) => r.tone === null)).toEqual([false, false, true]);
  });

  it('does not call it a question to the company when there is no question in it', () => {
    const l = new Listener({ watchWords: [{ word: 'Kestrel', kind: 'company' }], mutedWords: [] });
    expect(l.asks({ title: 'Kestrel is great', excerpt: 'Love it.' }, 'pleased')).toBe(false);
    expect(l.asks({ title: 'Kestrel, when will the recall start?', excerpt: '' })).toBe(true);
  });

  it('hears the tone again once when the tone rules are newer than those that heard it, and then leaves it', async () => {
    // Heard by older rules, which took the giveaway for a complaint.
    await store.write([{ sql: `UPDATE conversations SET tone = 'unhappy' WHERE id = 'c3'` }]);
    const settings = new SettingsTable(store);
    const changed: string[] = [];
    let briefs = 0;
    const ctx = { store, settings, clock: () => NOW, changed: (what: string) => changed.push(what), listeningChanged: () => briefs++ };
    await hearWithNewerRules(ctx);
    const c3 = (await rows()).find((r) => r.id === 'c3');
    expect(c3?.tone).toBe('pleased');
    expect(changed).toEqual(['conversations']);
    expect(briefs).toBe(1);
    expect(await settings.getValue('internal.toneRules')).toBe(TONE_RULES);
    // Heard by these rules now: a later start leaves it as it is.
    await store.write([{ sql: `UPDATE conversations SET tone = 'unhappy' WHERE id = 'c3'` }]);
    await hearWithNewerRules(ctx);
    expect((await rows()).find((r) => r.id === 'c3')?.tone).toBe('unhappy');
    expect(briefs).toBe(1);
  });

  it('leaves a conversation whose words changed while it was being heard (a sync wrote in between)', async () => {
    await store.write([{ sql: `UPDATE conversations SET tone = 'unhappy' WHERE id = 'c3'` }]);
    const meanwhile: Store = {
      ...store,
      write: async (statements) => {
        await store.write([{ sql: `UPDATE conversations SET title = 'Kestrel giveaway is over', excerpt = 'Sorry.' WHERE id = 'c3'` }]);
        return store.write(statements);
      },
    };
    await relisten(meanwhile, 10, true);
    // Heard from the old words it would be pleased; the new words are left for the next listen.
    expect((await rows()).find((r) => r.id === 'c3')?.tone).toBe('unhappy');
  });
});
