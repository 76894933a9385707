import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core';
import { replyListUrl } from '../../../electron/core/read/threads';
import { ROOT } from '../../support/paths';
import { NOW, startCore, tempDir } from './helpers';

let core: Core;
let remove: () => Promise<void>;
let now = NOW;

beforeEach(async () => {
  now = NOW;
  const t = await tempDir();
  remove = t.remove;
  core = await startCore(t.dir, () => now);
  await core.api['sources.addSamples']({});
  await core.api['sync.run']({});
});

afterEach(async () => {
  await core.close();
  await remove();
});

async function findByComments(file: string) {
  const page = await core.api['conversations.list']({ limit: 1000 });
  for (const item of page.items) {
    const c = await core.api['conversations.get']({ id: item.id });
    if (c?.commentsUrl?.endsWith(file)) return c;
  }
  throw new Error(`no conversation points at ${file}`);
}

const itemsIn = (file: string) => (readFileSync(join(ROOT, 'resources/demo/threads', file), 'utf8').match(/<item>/g) ?? []).length;

describe('threads', () => {
  it('assembles a forum thread from its reply list, oldest first, and keeps replies out of the lists', async () => {
    const before = await core.api['conversations.list']({ limit: 1 });
    const parent = await findByComments('threads/forum-1042.xml');
    const stored = await core.api['read.thread']({ id: parent.id });
    expect(stored?.replies).toEqual([]);

    const thread = await core.api['read.thread']({ id: parent.id, refresh: true });
    expect(thread?.refreshed).toBe(true);
    expect(thread?.conversation.id).toBe(parent.id);
    expect(thread?.replies.length).toBe(itemsIn('forum-1042.xml'));
    const times = thread!.replies.map((r) => r.publishedAt);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(thread!.replies.some((r) => r.author === 'grumpy_gears')).toBe(true);

    const after = await core.api['conversations.list']({ limit: 1 });
    expect(after.total).toBe(before.total);

    // Read again without the network: the replies come from the store.
    const offline = await core.api['read.thread']({ id: parent.id });
    expect(offline?.replies.map((r) => r.id)).toEqual(thread!.replies.map((r) => r.id));
  });

  it('refreshes a thread without repeating its replies, and not more often than every few minutes', async () => {
    const parent = await findByComments('threads/blog-about-delivery-times.xml');
    const first = await core.api['read.thread']({ id: parent.id, refresh: true });
    expect(first?.replies.length).toBe(itemsIn('blog-about-delivery-times.xml'));
    const soon = await core.api['read.thread']({ id: parent.id, refresh: true });
    expect(soon?.refreshed).toBe(false);
    now += 10 * 60_000;
    const later = await core.api['read.thread']({ id: parent.id, refresh: true });
    expect(later?.refreshed).toBe(true);
    expect(later?.replies.length).toBe(first!.replies.length);
    expect(new Set(later!.replies.map((r) => r.id)).size).toBe(later!.replies.length);
  });

  it('finds reply lists for Hacker News and Reddit threads', () => {
    expect(replyListUrl('https://news.ycombinator.com/item?id=4242')).toBe('https://hnrss.org/item?id=4242');
    expect(replyListUrl('https://www.reddit.com/r/ebikes/comments/abc123/kestrel_recall/')).toBe(
      'https://www.reddit.com/r/ebikes/comments/abc123/kestrel_recall/.rss',
    );
    expect(replyListUrl('javascript:alert(1)')).toBeNull();
    expect(replyListUrl(null)).toBeNull();
  });

  it('returns null for a conversation that is not kept', async () => {
    expect(await core.api['read.thread']({ id: 'nope' })).toBeNull();
  });
});
