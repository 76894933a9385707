import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LISTENING_CHANGED_KEY } from '../../../electron/core/listen/relisten';
import { DAY, HOUR, Harness, NOW, fakeParts } from './helpers';

let h: Harness;

beforeEach(async () => {
  h = await new Harness().open();
  await h.addSource('s1', 'Kestrel forum');
  await h.addSource('s2', 'Reddit', { widelyRead: true });
});

afterEach(async () => {
  await h.close();
});

/** `n` conversations on the day ending at `dayEnd`, the first `unhappy` of them unhappy. */
function day(prefix: string, dayEnd: number, n: number, unhappy: number) {
  return Array.from({ length: n }, (_, i) => ({
    id: `${prefix}-${i}`,
    at: dayEnd - (i + 1) * HOUR,
    tone: i < unhappy ? ('unhappy' as const) : ('neutral' as const),
  }));
}

describe('building the brief', () => {
  it('compares the totals with the usual: the median of the previous 14 days', async () => {
    for (let d = 1; d <= 14; d++) await h.add(day(`old${d}`, NOW - d * DAY, d === 3 ? 30 : 10, 4));
    await h.add(day('today', NOW, 20, 8));
    await h.add([{ id: 'off-topic', at: NOW - HOUR, relevant: false }]);
    const brief = await h.api()['brief.today']({});
    expect(brief.window).toMatchObject({ start: NOW - DAY, end: NOW, first: true, away: false });
    expect(brief.totals.all).toBe(20);
    expect(brief.totals.byTone).toEqual({ unhappy: 8, neutral: 12, pleased: 0, asking: 0 });
    expect(brief.totals.usual).toEqual({ all: 10, byTone: { unhappy: 4, neutral: 6, pleased: 0, asking: 0 } });
    expect(brief.markdown).toContain('20 posts came in. That is far more than usual.');
    expect(brief.markdown).toContain('Eight posts were unhappy, far more than usual.');
  });

  it('has no usual without enough history, and leaves out muted sources', async () => {
    await h.addSource('s3', 'Noisy', { muted: true });
    await h.add(day('today', NOW, 5, 1));
    await h.add([{ id: 'muted-1', source: 's3', at: NOW - HOUR }]);
    const brief = await h.api()['brief.today']({});
    expect(brief.totals.all).toBe(5);
    expect(brief.totals.usual).toBeNull();
    expect(brief.markdown).toContain('five posts came in.');
  });

  it('works out the tone itself when listening has not stored one', async () => {
    await h.add([
      { id: 'u', at: NOW - HOUR, tone: null, title: 'Terrible', excerpt: 'The battery died again, this is awful and I am furious.' },
      { id: 'p', at: NOW - 2 * HOUR, tone: null, title: 'Lovely', excerpt: 'I love my new bike, thank you so much, it is wonderful!' },
    ]);
    const brief = await h.api()['brief.today']({});
    expect(brief.totals.byTone.unhappy).toBe(1);
    expect(brief.totals.byTone.pleased).toBe(1);
    expect(brief.trend.at(-1)).toMatchObject({ unhappy: 1, pleased: 1, total: 2 });
  });

  it('starts where the last read brief ended, and says "while you were away" after a long absence', async () => {
    const api = h.api();
    const first = await api['brief.today']({});
    expect(first.window.first).toBe(true);
    await api['brief.markRead']({ id: first.id });
    h.now = NOW + DAY;
    const second = await api['brief.today']({});
    expect(second.id).not.toBe(first.id);
    expect(second.window).toMatchObject({ start: NOW, end: NOW + DAY, first: false, away: false });
    // not read, then away for three days: still starts where the last read one ended
    h.now = NOW + 3 * DAY;
    const third = await api['brief.today']({});
    expect(third.window).toMatchObject({ start: NOW, away: true });
    expect(third.markdown).toContain('While you were away, over the last three days');
    await api['brief.markRead']({ id: third.id });
    h.now = NOW + 20 * DAY;
    expect((await api['brief.today']({})).window.start).toBe(NOW + 13 * DAY);
  });

  it('keeps a brief as it was shown: the same brief all day, unchanged when read again', async () => {
    await h.add(day('today', NOW, 6, 2));
    const api = h.api();
    const made = await api['brief.ensureToday']({});
    expect(made.isNew).toBe(true);
    expect(h.events).toEqual([{ event: 'brief.ready', payload: { id: made.brief.id } }]);
    await h.add([{ id: 'late', at: NOW - 1000, tone: 'unhappy' }]);
    h.now = NOW + 2 * HOUR;
    const again = await api['brief.ensureToday']({});
    expect(again.isNew).toBe(false);
    expect(again.brief).toEqual(made.brief);
    expect(await api['brief.get']({ id: made.brief.id })).toEqual(made.brief);
    expect((await api['brief.markdown']({ id: made.brief.id })).markdown).toBe(made.brief.markdown);
    const read = await api['brief.markRead']({ id: made.brief.id });
    expect(read.readAt).toBe(NOW + 2 * HOUR);
    expect({ ...read, readAt: null }).toEqual(made.brief);
    expect(h.events).toHaveLength(1);
    const list = await api['brief.list']({});
    expect(list).toEqual([{ id: made.brief.id, window: { start: NOW - DAY, end: NOW }, createdAt: NOW, readAt: NOW + 2 * HOUR, gist: made.brief.gist }]);
    await expect(api['brief.get']({ id: 'nope' })).resolves.toBeNull();
    await expect(api['brief.markRead']({ id: 'nope' })).rejects.toThrow('That brief is no longer in Earshot.');
  });

  it('keeps daily totals for the trend after old conversations are cleaned up', async () => {
    await h.add(day('week-ago', NOW - 7 * DAY, 4, 1));
    const api = h.api();
    const first = await api['brief.today']({});
    const weekAgo = first.trend.find((d) => d.total === 4);
    expect(weekAgo).toMatchObject({ unhappy: 1, neutral: 3 });
    await h.store.write([{ sql: `DELETE FROM conversations WHERE id LIKE 'week-ago-%'`, params: [] }]);
    await h.context().settings.set({ retentionDays: 7 });
    h.now = NOW + DAY;
    const next = await api['brief.today']({});
    expect(next.trend.find((d) => d.day === weekAgo!.day)).toEqual(weekAgo);
  });

  it('follows a topic written as a subject as a theme; one written as a name is a name like the others', async () => {
    await h.add(day('today', NOW, 3, 1));
    await h.store.write([
      { sql: `INSERT INTO watch_words (id, kind, word, aliases, exclusions, added_at) VALUES ('w1', 'topic', 'the lock', '["wheel lock"]', '[]', 0)` },
      { sql: `INSERT INTO watch_words (id, kind, word, aliases, exclusions, added_at) VALUES ('w2', 'topic', 'JetBlue', '[]', '[]', 0)` },
      { sql: `INSERT INTO watch_words (id, kind, word, aliases, exclusions, added_at) VALUES ('w3', 'company', 'Kestrel', '[]', '[]', 0)` },
    ]);
    const seen: Array<{ ignoreWords: string[]; topics?: Array<{ word: string }> }> = [];
    const parts = fakeParts();
    await h.api({ ...parts, themes: (items, options) => (seen.push(options), parts.themes(items, options)) })['brief.today']({});
    expect(seen[0]!.topics).toEqual([{ word: 'the lock', aliases: ['wheel lock'] }]);
    expect(seen[0]!.ignoreWords).toEqual(expect.arrayContaining(['JetBlue', 'Kestrel']));
    expect(seen[0]!.ignoreWords).not.toContain('the lock');
  });

  it('counts in the trend the history a new source brings, however old', async () => {
    await h.add(day('today', NOW, 3, 1));
    const api = h.api();
    const first = await api['brief.today']({});
    expect(first.trend.filter((d) => d.total > 0)).toHaveLength(1);
    // Later that day a new source arrives with weeks of history: the trend shows it at the next brief.
    await h.add(day('old-a', NOW - 20 * DAY, 2, 0));
    await h.add(day('old-b', NOW - 9 * DAY, 3, 2));
    h.now = NOW + DAY;
    const next = await api['brief.today']({});
    expect(next.trend.filter((d) => d.total > 0).map((d) => d.total)).toEqual([2, 3, 3]);
  });

  it('is made again, read mark kept, when what counts changes after it was made', async () => {
    await h.add(day('today', NOW, 4, 2));
    const api = h.api();
    const made = await api['brief.today']({});
    await api['brief.markRead']({ id: made.id });
    expect(made.totals.all).toBe(4);
    // Listening sets two aside (say, a new exclusion) and says so.
    h.now = NOW + HOUR;
    await h.store.write([
      { sql: `UPDATE conversations SET relevant = 0 WHERE id IN ('today-0', 'today-1')`, params: [] },
      h.context().settings.setValueStatement(LISTENING_CHANGED_KEY, h.now),
    ]);
    const again = await api['brief.today']({});
    expect(again).toMatchObject({ id: made.id, window: made.window });
    expect(again.totals.all).toBe(2);
    expect(again.readAt).not.toBeNull();
    expect(again.trend.at(-1)!.total).toBe(2);
    expect(h.events.filter((e) => e.event === 'brief.ready')).toHaveLength(2);
    // Asked again with nothing changed since: the same brief, not made a third time.
    expect((await api['brief.today']({})).totals.all).toBe(2);
    expect(h.events.filter((e) => e.event === 'brief.ready')).toHaveLength(2);
    expect(await api['brief.list']({})).toHaveLength(1);
  });

  it('lists themes with a summary, a quote in customer words and their links; questions; open follow-ups; failed sources', async () => {
    await h.addSource('s4', 'Old blog', { status: 'gone' });
    await h.add([
      { id: 'b1', at: NOW - HOUR, tone: 'unhappy', title: 'Battery', excerpt: 'My battery died after ten kilometres in the cold weather.' },
      { id: 'b2', at: NOW - 2 * HOUR, tone: 'unhappy', source: 's2', title: 'Battery again', excerpt: 'The battery will not charge past half.', replies: 40 },
      { id: 'q1', at: NOW - 3 * HOUR, tone: 'asking', asks: true, title: 'Kestrel question', excerpt: 'Nice bike. Kestrel, when does the new model ship?' },
      // not listened to yet: the brief asks listening's questions module itself
      { id: 'q2', at: NOW - 4 * HOUR, tone: null, title: 'Another', excerpt: 'Hello Kestrel. Is the shop open on Sunday?' },
      { id: 'old', at: NOW - 10 * DAY, tone: 'unhappy', title: 'Brakes squeak' },
    ]);
    await h.store.write([
      { sql: `INSERT INTO people (id, name, added_at) VALUES ('p1', 'Sam', 0)`, params: [] },
      ...[['f1', 'open', 5], ['f2', 'closed', 5], ['f3', 'open', 1], ['f4', 'customer-told', 6], ['f5', 'answered', 4]].map(([id, status, days]) => ({
        sql: `INSERT INTO forwards (id, conversation_id, person_id, status, created_at, updated_at) VALUES (?, 'old', 'p1', ?, ?, ?)`,
        params: [id!, status!, NOW - Number(days) * DAY, NOW - Number(days) * DAY],
      })),
      // put off until tomorrow: not in today's brief
      { sql: `INSERT INTO forwards (id, conversation_id, status, remind_at, created_at, updated_at) VALUES ('f6', 'old', 'open', ?, ?, ?)`, params: [NOW + DAY, NOW - 9 * DAY, NOW - 9 * DAY] },
    ]);
    const brief = await h.api()['brief.today']({});
    expect(brief.themes).toHaveLength(1);
    const [battery] = brief.themes;
    expect(battery).toMatchObject({ key: 'battery', label: 'battery trouble', count: 2, tone: 'unhappy' });
    expect(battery!.links.sort()).toEqual(['https://example.com/t/b1', 'https://example.com/t/b2']);
    expect(battery!.summary).toMatch(/^(Two posts|Battery trouble came up twice)/);
    expect(battery!.quote?.text).toMatch(/battery/i);
    expect(brief.markdown).toContain(`> “${battery!.quote!.text}”`);
    expect(brief.worthReading[0]).toMatchObject({ id: 'b2', why: 'unhappy, 40 replies, on a widely read site' });
    const asked = [...brief.worthReading, ...brief.questions];
    expect(asked.find((x) => x.id === 'q1')).toBeDefined();
    expect(asked.find((x) => x.id === 'q2')).toBeDefined();
    for (const q of brief.questions) expect(q.sentence).toMatch(/\?$/);
    expect(brief.followUps.map((f) => [f.forwardId, f.person, f.days])).toEqual([['f1', 'Sam', 5], ['f5', 'Sam', 4]]);
    expect(brief.markdown).toContain('You sent it to Sam five days ago, and it is still open.');
    expect(brief.markdown).toContain('Sam answered, but the customer has not heard back yet.');
    expect(brief.failedSources.map((s) => s.title)).toEqual(['Old blog']);
    expect(brief.markdown).toContain("_Old blog couldn't be read lately — see Sources._");
  });
});

describe('the first start', () => {
  it('replaces an unread empty brief once conversations come in, without a second brief that day', async () => {
    const api = h.api();
    const empty = await api['brief.today']({});
    expect(empty.totals.all).toBe(0);
    expect(empty.markdown).toContain('it has been quiet');
    h.now = NOW + HOUR;
    expect((await api['brief.ensureToday']({})).isNew).toBe(false);
    await h.add(day('synced', NOW + HOUR, 3, 1));
    const full = await api['brief.ensureToday']({});
    expect(full.isNew).toBe(true);
    expect(full.brief.totals.all).toBe(3);
    expect((await api['brief.list']({})).map((b) => b.id)).toEqual([full.brief.id]);
    // The one it replaced is gone: this is still the first brief.
    expect(full.brief.window.first).toBe(true);
  });

  it('is not the first once a brief was made before it, even one never read', async () => {
    await h.add(day('today', NOW, 3, 1));
    const api = h.api();
    const unread = await api['brief.today']({});
    expect(unread.window.first).toBe(true);
    h.now = NOW + DAY;
    await h.add(day('tomorrow', NOW + DAY, 2, 0));
    const next = await api['brief.today']({});
    expect(next.id).not.toBe(unread.id);
    expect((await api['brief.list']({})).map((b) => b.id)).toContain(unread.id);
    // Nothing was read, so it covers the last day; but it is not the first, and it does not claim a read brief.
    expect(next.window).toMatchObject({ start: NOW, end: NOW + DAY, first: false });
    expect(next.markdown).toMatch(/^(Over|In) the last day, two posts came in/m);
  });
});

describe('a clock set back (briefs of past days)', () => {
  it('builds the brief of that time instead of returning a later one', async () => {
    await h.add(day('past', NOW - 5 * DAY, 4, 2));
    const api = h.api();
    const today = await api['brief.today']({});
    await api['brief.markRead']({ id: today.id });
    h.now = NOW - 5 * DAY;
    const past = await api['brief.today']({});
    expect(past.id).not.toBe(today.id);
    expect(past.window).toMatchObject({ start: NOW - 6 * DAY, end: NOW - 5 * DAY, first: true });
    expect(past.totals.all).toBe(4);
  });
});
