// A source with tens of thousands of items: finding the ones already stored must not run into SQLite's limit
// on variables in one statement (32,766), which one `?` per id and per link did at about 16,400 items.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { createCore } from '../../../electron/core';
import { ConversationsTable, existingQuery, type NewConversation } from '../../../electron/core/store/conversations-table';
import { ROOT, WORKER_PATH } from '../../support/paths';
import { open, removeTempDirs, tempDir } from './helpers';

const N = 20_000;
const NOW = Date.parse('2026-11-22T07:00:00Z');

afterEach(removeTempDirs);

function item(i: number, hash = 'h1'): NewConversation {
  return {
    id: `id-${i}`,
    guid: `g-${i}`,
    link: `https://forum.example/t/${i}`,
    title: `Post ${i}`,
    author: null,
    publishedAt: NOW - i * 1000,
    excerpt: `Said thing ${i}.`,
    contentHtml: '',
    contentHash: hash,
    enclosures: [],
    commentsUrl: null,
    replyCount: null,
    stars: null,
  };
}

describe('a source with 20,000 items', () => {
  it('uses a handful of variables whatever the number of items', () => {
    const items = Array.from({ length: N }, (_, i) => item(i));
    const { sql, params } = existingQuery('s', items);
    expect(params.length).toBeLessThanOrEqual(3);
    expect(sql.split('?').length - 1).toBe(params.length);
    expect(existingQuery('s', [{ ...item(1), link: null }]).params).toHaveLength(2);
  });

  it('stores them, then finds every one again by id or by link', async () => {
    const store = await open(tempDir());
    try {
      const table = new ConversationsTable(store);
      const items = Array.from({ length: N }, (_, i) => item(i));
      const first = await table.upsertStatements('s', items, NOW);
      expect(first.added).toBe(N);
      await store.write(first.statements);

      // The same items again, half of them changed, and a few whose guid (so id) changed but not their link.
      const again = items.map((it, i) => (i % 2 ? item(i, 'h2') : it));
      again[0] = { ...item(0), id: 'new-id-0' };
      const second = await table.upsertStatements('s', again, NOW + 1);
      expect(second.added).toBe(0);
      expect(second.updated).toBe(N / 2);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('syncs from one feed, and the source says it was read', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'earshot-many-'));
    const file = join(dir, 'many.xml');
    const items = Array.from(
      { length: N },
      (_, i) => `<item><guid>g-${i}</guid><title>Post ${i}</title><link>https://forum.example/t/${i}</link><description>Said thing ${i}.</description></item>`,
    );
    await writeFile(file, `<?xml version="1.0"?><rss version="2.0"><channel><title>Many</title>${items.join('')}</channel></rss>`);
    const core = await createCore({ dataDir: join(dir, 'data'), workerPath: WORKER_PATH, clock: () => NOW, resourcesDir: join(ROOT, 'resources') });
    try {
      const source = await core.api['sources.add']({ url: pathToFileURL(file).href });
      const summary = await core.api['sync.run']({});
      expect(summary.failed).toBe(0);
      expect(summary.added).toBe(N);
      const listed = (await core.api['sources.list']({})).find((s) => s.id === source.id);
      expect(listed).toMatchObject({ status: 'ok', conversationCount: N });
    } finally {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
