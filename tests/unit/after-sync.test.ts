import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { silentLog } from '../../electron/core/log';
import { openStore } from '../../electron/core/store';
import { listBackups } from '../../electron/core/store/backups';
import { ROOT, WORKER_PATH } from '../support/paths';

/** Every address asked of the web (none should be: the sources here are files). */
const asked: string[] = [];
const offline = (async (url: string) => {
  asked.push(String(url));
  throw new TypeError('fetch failed');
}) as unknown as typeof fetch;

describe('after a sync', () => {
  it('keeps the replies of new conversations that mention a watch word, so threads read offline', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'earshot-after-sync-'));
    const now = Date.parse('2026-11-22T07:00:00Z');
    const open = () => createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => now, fetch: offline, resourcesDir: join(ROOT, 'resources') });
    let core = await open();
    try {
      const replies = Array.from({ length: 5 }, (_, i) => `<item><guid>r${i}</guid><title>Re: Lock froze</title>
<pubDate>Sat, 21 Nov 2026 1${i}:00:00 +0000</pubDate><description>Reply ${i}: same here.</description></item>`).join('');
      await writeFile(join(dir, 'thread-1.xml'), `<?xml version="1.0"?><rss version="2.0"><channel><title>Replies</title>${replies}</channel></rss>`);
      await writeFile(
        join(dir, 'forum.xml'),
        `<?xml version="1.0"?><rss version="2.0" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel><title>Forum</title>
<item><guid>t1</guid><title>Kestrel lock froze</title><link>https://forum.example/t/1</link><pubDate>Sat, 21 Nov 2026 09:00:00 +0000</pubDate>
<description>The Kestrel wheel lock froze again.</description><wfw:commentRss>thread-1.xml</wfw:commentRss></item>
<item><guid>t2</guid><title>Other brand</title><link>https://forum.example/t/2</link><pubDate>Sat, 21 Nov 2026 08:00:00 +0000</pubDate>
<description>Nothing about us.</description><wfw:commentRss>thread-1.xml</wfw:commentRss></item></channel></rss>`,
      );
      await core.api['watch.add']({ word: 'Kestrel', kind: 'company' });
      await core.api['sources.add']({ url: `file://${join(dir, 'forum.xml')}`, kind: 'general' });
      await core.api['sync.run']({});
      await core.close(); // closing waits for the work that follows a sync
      // The day's backup is made after the sync, with what it brought.
      expect(listBackups(dir).map((b) => b.day)).toEqual(['2026-11-22']);
      // Read the replies straight from the file: opening the thread would fetch them itself.
      const store = await openStore({ dataDir: dir, clock: () => now, log: silentLog, workerPath: WORKER_PATH });
      const stored = await store.all<{ n: number }>(`SELECT COUNT(*) AS n FROM conversations WHERE parent_id IS NOT NULL`);
      await store.close();
      expect(stored[0]!.n).toBe(5);
      // The post's page (https://forum.example/t/1) was not fetched: a file's web addresses are not followed unasked.
      expect(asked).toEqual([]);
      core = await open();
      const { items } = await core.api['conversations.list']({ limit: 200 });
      const withThreads = [];
      for (const c of items) {
        const full = await core.api['conversations.get']({ id: c.id });
        if (full?.commentsUrl) withThreads.push(c.id);
      }
      expect(withThreads).toHaveLength(1); // the general source's other post does not mention a watch word
      const thread = await core.api['read.thread']({ id: withThreads[0]! });
      expect(thread?.replies.map((r) => r.excerpt)).toHaveLength(5);
      // Replies live in their thread, not in the list.
      const listed = new Set(items.map((c) => c.id));
      for (const reply of thread!.replies) expect(listed.has(reply.id)).toBe(false);
    } finally {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("says plainly when the day's backup could not be made, until one is", async () => {
    const dir = await mkdtemp(join(tmpdir(), 'earshot-after-sync-'));
    const now = Date.parse('2026-11-22T07:00:00Z');
    const core = await createCore({ dataDir: dir, workerPath: WORKER_PATH, clock: () => now, fetch: offline, resourcesDir: join(ROOT, 'resources') });
    try {
      // Something else is where the backups go.
      await writeFile(join(dir, 'backups'), 'not a folder');
      await writeFile(join(dir, 'forum.xml'), '<rss version="2.0"><channel><title>Forum</title></channel></rss>');
      await core.api['sources.add']({ url: `file://${join(dir, 'forum.xml')}`, kind: 'general' });
      await core.api['sync.run']({});
      await core.idle();
      expect((await core.api['app.info']({})).storeNotice).toBe(
        'Earshot couldn\'t make today\'s backup of its data (something else is where its backups go: a file called "backups" in its data folder). It will try again after the next sync.',
      );
      await rm(join(dir, 'backups'));
      await core.api['sync.run']({});
      await core.idle();
      expect((await core.api['app.info']({})).storeNotice).toBeNull();
      expect(listBackups(dir)).toHaveLength(1);
    } finally {
      await core.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
