import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EngineContext } from '../../../electron/core/context';
import { SEARCH_COUNT_CAP } from '../../../shared/api-read';
import { leadWithMatch, markSnippet, searchConversations, searchMatch } from '../../../electron/core/read/search';
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

  it('brings a found word far into a snippet to its first line, cutting at a word', async () => {
    const long = `${'The ride home was long and the weather turned cold halfway through, '.repeat(2)}then the saddle bag zipper broke.`;
    await insertConversation(ctx, { id: 'z', sourceId: 'forum', title: 'A long day', excerpt: long, publishedAt: NOW - 2 * DAY });
    const hit = (await searchConversations(ctx.store, { text: 'zipper' })).items[0]!;
    expect(hit.snippet.indexOf('<mark>zipper</mark>')).toBeLessThanOrEqual(42);
    expect(hit.snippet).toMatch(/^…\S/u);
    expect(leadWithMatch('short \u0001one\u0002 here')).toBe('short \u0001one\u0002 here');
    expect(leadWithMatch(`${'x'.repeat(60)}\u0001w\u0002`, 10)).toBe('…\u0001w\u0002');
    expect(leadWithMatch(`${'word '.repeat(20)}\u0001w\u0002 after`, 12)).toBe('…word word \u0001w\u0002 after');
  });

  it('shows a question put to the company as asking, unless unhappy, and filters by the tone shown', async () => {
    await insertConversation(ctx, { id: 'q', sourceId: 'forum', title: 'Solid battery. Will there be a bigger one?', excerpt: 'Love it.', tone: 'pleased', asks: true });
    await insertConversation(ctx, { id: 'u', sourceId: 'forum', title: 'Battery dead again, why?', excerpt: 'Awful.', tone: 'unhappy', asks: true });
    const ids = async (tone: 'pleased' | 'asking' | 'unhappy') => (await searchConversations(ctx.store, { text: 'battery', tone })).items.map((i) => i.id);
    expect(await ids('asking')).toEqual(['q']);
    expect(await ids('pleased')).toEqual(['c']);
    expect(await ids('unhappy')).toEqual(['u', 'a']);
    const shown = (await searchConversations(ctx.store, { text: 'bigger' })).items[0]!;
    expect(shown).toMatchObject({ tone: 'asking', toneWords: [] });
    expect((await ctx.conversations.list({})).items.find((i) => i.id === 'q')?.tone).toBe('asking');
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

  it('counts with the same filters as the page, leaving out what the list hides', async () => {
    const total = async (args: Parameters<typeof searchConversations>[1]) => (await searchConversations(ctx.store, { limit: 1, ...args })).total;
    await insertConversation(ctx, { id: 'dup', sourceId: 'news', title: 'Battery copy', excerpt: 'battery', publishedAt: NOW });
    await ctx.store.write([{ sql: `UPDATE conversations SET duplicate_of = 'a' WHERE id = 'dup'` }]);
    expect(await total({ text: 'battery' })).toBe(3);
    expect(await total({ text: 'battery', tone: 'unhappy' })).toBe(1);
    expect(await total({ text: 'battery', sourceId: 'forum' })).toBe(2);
    expect(await total({ text: 'battery', bookmarked: false })).toBe(2);
    expect(await total({ text: 'battery', from: NOW - 5 * DAY })).toBe(2);
    expect(await total({ text: '' })).toBe(4);
    await ctx.store.write([{ sql: `UPDATE sources SET muted = 1 WHERE id = 'forum'` }]);
    expect(await total({ text: 'battery' })).toBe(1);
    expect(await total({ text: 'battery', bookmarked: true })).toBe(1);
  });

  it('counts up to one past the cap, so "more than a thousand" can be said', async () => {
    const many = Array.from({ length: SEARCH_COUNT_CAP + 20 }, (_, i) => [
      { sql: `INSERT INTO conversations (id, source_id, guid, title, published_at, fetched_at, excerpt) VALUES (?, 'news', ?, 'Gears', ?, ?, 'gears slip')`, params: [`g${i}`, `g${i}`, NOW - i, NOW] },
      { sql: `INSERT INTO conversations_fts (docid, title, body) VALUES (last_insert_rowid(), 'Gears', 'gears slip')` },
    ]).flat();
    await ctx.store.write(many);
    const r = await searchConversations(ctx.store, { text: 'gears' });
    expect(r.items).toHaveLength(50);
    expect(r.items[0]!.id).toBe('g0');
    expect(r.total).toBe(SEARCH_COUNT_CAP + 1);
    expect((await searchConversations(ctx.store, { text: 'gears', sourceId: 'news' })).total).toBe(SEARCH_COUNT_CAP + 1);
    // The next page follows on from the first, and the last page says exactly how many there were.
    const next = await searchConversations(ctx.store, { text: 'gears', offset: 50, limit: 50 });
    expect(next.items[0]!.id).toBe('g50');
    const last = await searchConversations(ctx.store, { text: 'gears', offset: SEARCH_COUNT_CAP, limit: 50 });
    expect(last.items).toHaveLength(20);
    expect(last.total).toBe(SEARCH_COUNT_CAP + 20);
  });
});
