import { describe, expect, it } from 'vitest';
import { questionsFor, worthReading } from '../../../electron/core/brief/rank';
import type { WindowItem } from '../../../electron/core/brief/tones';
import type { Tone } from '../../../shared/model';

const NOW = Date.parse('2026-11-22T08:00:00Z');

function item(id: string, extra: Partial<WindowItem> = {}): WindowItem {
  return {
    id, sourceId: 'forum', source: 'Kestrel forum', widelyRead: false, title: `Post ${id}`, link: `https://x.example/${id}`,
    author: null, publishedAt: NOW - Number(id.replace(/\D/g, '') || 0) * 1000, excerpt: '', replyCount: 0,
    tone: 'neutral' as Tone, asks: false, listened: true, text: `Post ${id}`, ...extra,
  };
}

describe('worth reading', () => {
  it('ranks unhappy, much-discussed, direct questions and widely read sources first, with the reason in words', () => {
    const items = [
      item('a1'),
      item('a2', { tone: 'unhappy', replyCount: 40 }),
      item('a3', { asks: true }),
      item('a4', { sourceId: 'news', source: 'News', widelyRead: true }),
    ];
    const picked = worthReading(items, { themeOf: new Map(), newThemes: new Set(), asking: new Set(['a3']) });
    // a4 comes before the question a3 although it scores less: a2 already stands for the forum.
    expect(picked.map((p) => [p.id, p.why])).toEqual([
      ['a2', 'unhappy, 40 replies'],
      ['a4', 'on a widely read site'],
      ['a3', 'a question for you'],
    ]);
  });

  it('says "pleased" of a post that is only pleased, the word used everywhere else', () => {
    const picked = worthReading([item('p1', { tone: 'pleased' })], { themeOf: new Map(), newThemes: new Set(), asking: new Set() });
    expect(picked.map((p) => p.why)).toEqual(['pleased']);
  });

  it('spreads the list across sources and themes instead of filling it from one', () => {
    const loud = Array.from({ length: 20 }, (_, i) => item(`l${i}`, { tone: 'unhappy', replyCount: 10 }));
    const others = [
      item('r1', { sourceId: 'reddit', source: 'Reddit', tone: 'unhappy' }),
      item('r2', { sourceId: 'reddit', source: 'Reddit', tone: 'unhappy' }),
      item('n1', { sourceId: 'news', source: 'News', tone: 'unhappy' }),
    ];
    const themeOf = new Map(loud.map((l) => [l.id, 'battery'] as [string, string]));
    themeOf.set('r1', 'brakes');
    themeOf.set('n1', 'price');
    const picked = worthReading([...loud, ...others], { themeOf, newThemes: new Set(['price']), asking: new Set() });
    expect(picked).toHaveLength(7);
    expect(new Set(picked.map((p) => p.source))).toEqual(new Set(['Kestrel forum', 'Reddit', 'News']));
    expect(picked.filter((p) => p.themeKey === 'battery').length).toBeLessThanOrEqual(4);
    expect(picked.find((p) => p.id === 'n1')?.why).toBe('unhappy, a new subject');
  });

  it('gives the same list for the same items', () => {
    const items = Array.from({ length: 30 }, (_, i) => item(`x${i}`, { tone: i % 2 ? 'unhappy' : 'pleased', sourceId: `s${i % 3}` }));
    const ctx = { themeOf: new Map(), newThemes: new Set<string>(), asking: new Set<string>() };
    expect(worthReading(items, ctx)).toEqual(worthReading([...items].reverse(), ctx));
  });
});

describe('questions for you', () => {
  it('keeps the asking sentence, leaves out repeats and what is already worth reading, at most five', () => {
    const items = Array.from({ length: 9 }, (_, i) => item(`q${i}`, { text: `Hello. When is the ${i % 7} model out?` }));
    const asking = new Set(items.map((i) => i.id));
    const qs = questionsFor(items, asking, (t) => /[^.]*\?/.exec(t)?.[0].trim() ?? null, new Set(['q0']));
    expect(qs.length).toBe(5);
    expect(qs.every((q) => q.id !== 'q0' && /^When is the \d model out\?$/.test(q.sentence))).toBe(true);
    expect(new Set(qs.map((q) => q.sentence)).size).toBe(5);
  });
});
