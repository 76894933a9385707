import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EngineContext } from '../../../electron/core/context';
import { markSnippet, searchConversations, searchMatch } from '../../../electron/core/read/search';
import { NOW, bareContext, insertConversation, tempDir } from './helpers';

let ctx: EngineContext & { close(): Promise<void> };
let remove: () => Promise<void>;
const DAY = 86_400_000;

beforeEach(async () => {
  const t = await tempDir();
  remove = t.remove;
  ctx = await bareContext(t.dir);
  await ctx.store.write([
    { sql: `INSERT INTO sources (id, url, title, added_at) VALUES ('forum', 'https://forum.example/', 'Cycling Forums', 0)` },
    { sql: `INSERT INTO sources (id, url, title, added_at) VALUES ('news', 'https://news.example/', 'Pedal Times', 0)` },
  ]);
  await insertConversation(ctx, { id: 'a', sourceId: 'forum', title: 'Battery range in the cold', excerpt: 'My battery dies after 20 km when it is freezing outside. Anyone else?', tone: 'unhappy', publishedAt: NOW - DAY });
  await insertConversation(ctx, { id: 'b', sourceId: 'news', title: 'Winter tips for riders', excerpt: 'Keep the battery warm <b>indoors</b> & charge it slowly.', tone: 'neutral', publishedAt: NOW - 3 * DAY });
  await insertConversation(ctx, { id: 'c', sourceId: 'forum', title: 'Love my Kestrel', excerpt: 'Best purchase this year, the battery is great.', tone: 'pleased', publishedAt: NOW - 10 * DAY });
  await insertConversation(ctx, { id: 'd', sourceId: 'forum', title: 'Delivery late again', excerpt: 'Seven weeks and counting.', tone: 'unhappy', publishedAt: NOW });
  await ctx.store.write([{ sql: `INSERT INTO bookmarks (conversation_id, created_at) VALUES ('b', 0)` }]);
});

afterEach(async () => {
  await ctx.close();
  await remove();
});

describe('search', () => {
  it('finds words as they are typed (prefixes), newest first, with the words marked in the snippet', async () => {
    const r = await searchConversations(ctx.store, { text: 'batt' });
    expect(r.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
    expect(r.total).toBe(3);
    expect(r.items[0]!.snippet).toContain('<mark>battery</mark>');
    expect(r.items[0]!.titleSnippet).toBe('<mark>Battery</mark> range in the cold');
    expect(r.items[2]!.titleSnippet).toBe('Love my Kestrel');
    expect(r.items.find((i) => i.id === 'b')?.bookmarked).toBe(true);
  });

  it('escapes everything in a snippet except the marks', async () => {
    const r = await searchConversations(ctx.store, { text: 'indoors' });
    expect(r.items[0]!.snippet).toContain('&lt;b&gt;<mark>indoors</mark>&lt;/b&gt; &amp; charge');
    expect(markSnippet('<img src=x onerror=alert(1)>\u0001hi\u0002')).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>hi</mark>');
  });

  it('filters by tone, source, date and bookmark', async () => {
    const ids = async (args: Parameters<typeof searchConversations>[1]) => (await searchConversations(ctx.store, args)).items.map((i) => i.id);
    expect(await ids({ text: 'battery', tone: 'unhappy' })).toEqual(['a']);
    expect(await ids({ text: 'battery', sourceId: 'news' })).toEqual(['b']);
    expect(await ids({ text: 'battery', from: NOW - 5 * DAY, to: NOW - 2 * DAY })).toEqual(['b']);
    expect(await ids({ text: 'battery', bookmarked: true })).toEqual(['b']);
    expect(await ids({ text: 'battery', bookmarked: false })).toEqual(['a', 'c']);
    expect(await ids({ text: '', tone: 'unhappy' })).toEqual(['d', 'a']);
    expect(await ids({ text: '?!' })).toEqual([]);
    expect(await ids({ text: 'nothing-like-this' })).toEqual([]);
  });

  it('treats only the word being typed as a prefix, and only from three letters', () => {
    expect(searchMatch('cold batt')).toBe('cold batt*');
    expect(searchMatch('cold batt ')).toBe('cold batt');
    expect(searchMatch('b')).toBe('b');
    expect(searchMatch('  ?! ')).toBeNull();
  });

  it('counts all matches while returning only a page of them', async () => {
    const r = await searchConversations(ctx.store, { text: 'battery', limit: 1 });
    expect(r.items).toHaveLength(1);
    expect(r.total).toBe(3);
  });
});
