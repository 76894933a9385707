// The brief's numbers agree with each other: the headline with the chart, the people who asked with the questions
// shown, a theme's count with what its list shows.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { numberWords } from '../../../shared/words';
import { DAY, HOUR, Harness, NOW } from './helpers';

let h: Harness;

beforeEach(async () => {
  h = await new Harness().open();
  await h.addSource('s1', 'Kestrel forum');
  await h.addSource('s2', 'Reddit');
});

afterEach(async () => {
  await h.close();
});

describe('the brief agrees with itself', () => {
  it.each([
    ['in the morning', NOW],
    ['in the evening', NOW + 12 * HOUR],
  ])('counts in the chart’s last bar what the headline counts, across midnight, and leaves replies out of both (%s)', async (_, now) => {
    // The last day runs from yesterday at this time, across midnight.
    h.now = now;
    await h.add([
      ...Array.from({ length: 5 }, (_, i) => ({ id: `yesterday-${i}`, at: now - (20 + i) * HOUR, tone: 'unhappy' as const })),
      ...Array.from({ length: 3 }, (_, i) => ({ id: `today-${i}`, at: now - (i + 1) * HOUR })),
      { id: 'older', at: now - DAY - HOUR },
      { id: 'a-reply', at: now - 2 * HOUR },
      { id: 'before', at: now - DAY - 30 * 60_000, tone: 'pleased' },
      { id: 'not-yet', at: now + HOUR },
    ]);
    await h.store.write([{ sql: `UPDATE conversations SET parent_id = 'today-0' WHERE id = 'a-reply'`, params: [] }]);
    const brief = await h.api()['brief.today']({});
    expect(brief.totals.all).toBe(8);
    const last = brief.trend.at(-1)!;
    expect(last).toMatchObject({ day: '2026-11-22', total: 8, unhappy: 5, neutral: 3 });
    expect(brief.trend.at(-2)).toMatchObject({ day: '2026-11-21', total: 2, pleased: 1 });
    expect(brief.trend.reduce((sum, d) => sum + d.total, 0)).toBe(10);
    expect(brief.markdown).toContain('eight posts came in');
  });

  it('counts a conversation listening has not reached yet once in the chart, asking or not', async () => {
    await h.add([
      { id: 'unheard-asks', at: NOW - HOUR, tone: null, asks: true, title: 'Is Kestrel doing Black Friday?', excerpt: 'Does Kestrel plan a sale?' },
      { id: 'unheard', at: NOW - 2 * HOUR, tone: null, title: 'Rode to work', excerpt: 'Rode to work today.' },
    ]);
    const brief = await h.api()['brief.today']({});
    expect(brief.totals.all).toBe(2);
    expect(brief.trend.at(-1)!.total).toBe(2);
    expect(brief.trend.at(-1)!.asking).toBe(brief.totals.byTone.asking);
  });

  it('calls a question asking, lists every one the headline counts, and draws them so in the chart', async () => {
    await h.add([
      // Praise around a question: a question for you, not a pleased post.
      { id: 'watch', at: NOW - HOUR, tone: 'pleased', asks: true, title: 'Will there be Apple Watch support?', excerpt: 'Solid app. Does Kestrel plan a watch app?' },
      { id: 'price', at: NOW - 2 * HOUR, tone: 'asking', asks: true, title: 'Black Friday?', excerpt: 'Is Kestrel going to discount the One?' },
      { id: 'angry', at: NOW - 3 * HOUR, tone: 'unhappy', asks: true, title: 'Broken again', excerpt: 'Awful. Kestrel, when will you fix it?' },
      { id: 'calm', at: NOW - 4 * HOUR, tone: 'pleased', title: 'Lovely ride', excerpt: 'Lovely ride today.' },
    ]);
    const brief = await h.api()['brief.today']({});
    expect(brief.totals.byTone).toEqual({ pleased: 1, unhappy: 1, asking: 2, neutral: 0 });
    const tagged = brief.worthReading.filter((w) => w.why.includes('a question for you'));
    const shown = new Set([...tagged, ...brief.questions].map((q) => q.id));
    expect(shown).toEqual(new Set(['watch', 'price']));
    expect([...tagged, ...brief.questions].every((q) => q.tone === 'asking')).toBe(true);
    expect(brief.markdown).toContain('One was pleased and two asked something.');
    expect(brief.trend.at(-1)).toMatchObject({ pleased: 1, unhappy: 1, asking: 2, total: 4 });
  });

  it('says how many of the questions it shows when it cannot show them all', async () => {
    await h.add(
      Array.from({ length: 14 }, (_, i) => ({
        id: `q${i}`,
        source: i % 2 ? 's1' : 's2',
        at: NOW - (i + 1) * HOUR,
        tone: 'asking' as const,
        asks: true,
        title: `Question ${i}`,
        excerpt: `Kestrel, will the lock number ${i} get a fix?`,
      })),
    );
    const brief = await h.api()['brief.today']({});
    const shown = brief.worthReading.filter((w) => w.tone === 'asking').length + brief.questions.length;
    expect(shown).toBeLessThan(14);
    expect(brief.markdown).toContain(`14 asked something.`);
    const n = numberWords(shown);
    expect(brief.markdown).toContain(`14 asked something. ${n[0]!.toUpperCase()}${n.slice(1)} of their questions are below; the rest are in Conversations.`);
  });

  it('leads a theme’s list with the conversation it quotes, so the quote and the titles shown add up to its count', async () => {
    await h.add([
      { id: 'b1', at: NOW - HOUR, tone: 'neutral', title: 'Range', excerpt: 'Ok.' },
      { id: 'b2', at: NOW - 2 * HOUR, tone: 'neutral', title: 'Battery note', excerpt: 'Fine.' },
      { id: 'b3', at: NOW - 3 * HOUR, tone: 'unhappy', title: 'Cold', excerpt: 'The battery loses half its charge in the cold every single morning.' },
      { id: 'b4', at: NOW - 4 * HOUR, tone: 'unhappy', title: 'Battery', excerpt: 'Mine too.' },
    ]);
    const brief = await h.api()['brief.today']({});
    const theme = brief.themes.find((t) => t.key === 'battery')!;
    expect(theme.quote?.conversationId).toBe('b3');
    expect(theme.conversationIds[0]).toBe('b3');
    expect(theme.links[0]).toBe('https://example.com/t/b3');
    expect([...theme.conversationIds].sort()).toEqual(['b2', 'b3', 'b4']);
    expect(theme.count).toBe(3);
  });

  it('shows each thread once: one quoted under a theme is neither worth reading nor a question, and those who asked add up', async () => {
    await h.add([
      { id: 'b1', at: NOW - HOUR, tone: 'asking', asks: true, replies: 30, title: 'Battery in the cold', excerpt: 'Kestrel, why does the battery die after 9 km when it is cold? I missed my train twice.' },
      { id: 'b2', at: NOW - 2 * HOUR, tone: 'neutral', title: 'Battery', excerpt: 'Battery ok.' },
      { id: 'q1', at: NOW - 3 * HOUR, tone: 'asking', asks: true, title: 'Shop', excerpt: 'Kestrel, is the shop open on Sunday?' },
      { id: 'q2', at: NOW - 4 * HOUR, tone: 'asking', asks: true, source: 's2', title: 'Colours', excerpt: 'Kestrel, does the One come in green?' },
      { id: 'u1', at: NOW - 5 * HOUR, tone: 'unhappy', replies: 12, title: 'Brakes squeal', excerpt: 'The brakes squeal in the rain.' },
    ]);
    const brief = await h.api()['brief.today']({});
    const battery = brief.themes.find((t) => t.key === 'battery')!;
    expect(battery.quote).toMatchObject({ conversationId: 'b1', asking: true });
    // Where each thread is shown: quoted, worth reading, or among the questions; never two of them.
    const shown = [...brief.themes.flatMap((t) => (t.quote ? [t.quote.conversationId] : [])), ...brief.worthReading.map((w) => w.id), ...brief.questions.map((q) => q.id)];
    expect(new Set(shown).size).toBe(shown.length);
    expect(brief.worthReading.map((w) => w.id)).not.toContain('b1');
    expect(brief.questions.map((q) => q.id)).not.toContain('b1');
    // …and in words: no thread's address twice.
    for (const id of ['b1', 'b2', 'q1', 'q2', 'u1']) expect(brief.markdown.split(`(https://example.com/t/${id})`).length - 1).toBeLessThanOrEqual(1);
    // The three who asked: one quoted above, the others listed; the headline needs no "the rest are in Conversations".
    const asked = brief.themes.filter((t) => t.quote?.asking).length + brief.worthReading.filter((w) => w.tone === 'asking').length + brief.questions.length;
    expect(asked).toBe(brief.totals.byTone.asking);
    expect(brief.markdown).toMatch(/\b[Tt]hree asked something\./);
    expect(brief.markdown).not.toContain('the rest are in Conversations');
  });
});
