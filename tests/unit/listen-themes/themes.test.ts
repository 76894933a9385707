import { describe, expect, it } from 'vitest';
import { findThemes, minThemeSize, type Theme } from '../../../electron/core/listen/themes';
import { stem, themeTokens } from '../../../electron/core/listen/themes-text';
import { DAY_ONE, item } from './fixtures';

const WATCH = ['Kestrel', '@kestrel', '@kestrel_help'];
const byLabel = (themes: Theme[], label: string): Theme | undefined => themes.find((t) => t.label === label);

describe('stem', () => {
  it('brings word forms together', () => {
    expect(new Set(['delayed', 'delays', 'delay', 'delaying'].map(stem))).toEqual(new Set(['delay']));
    expect(new Set(['cancelled', 'canceled', 'cancellation', 'cancel'].map(stem))).toEqual(new Set(['cancel']));
    expect(stem('batteries')).toBe(stem('battery'));
    expect(stem('bags')).toBe(stem('bag'));
  });
  it('drops links and @handles but keeps hashtag words', () => {
    const words = themeTokens('@kestrel see https://x.y/z #LostBags now').map((t) => t.word);
    expect(words).toEqual(['see', 'lostbags', 'now']);
  });
});

describe('findThemes', () => {
  const themes = findThemes(DAY_ONE, { ignoreWords: WATCH });

  it('groups conversations into themes named in plain words', () => {
    expect(byLabel(themes, 'battery life')?.conversationIds).toEqual(['b1', 'b2', 'b3', 'b4', 'b5']);
    expect(byLabel(themes, 'delivery times')?.conversationIds.sort()).toEqual(['d1', 'd2', 'd3']);
    expect(byLabel(themes, 'customer service')?.conversationIds.sort()).toEqual(['s1', 's2', 's3']);
  });

  it('leaves out conversations that fit no theme, and groups too small to matter', () => {
    const all = themes.flatMap((t) => t.conversationIds);
    expect(all).not.toContain('x1');
    expect(all).not.toContain('x2');
    expect(themes.every((t) => t.conversationIds.length >= minThemeSize(DAY_ONE.length))).toBe(true);
  });

  it('puts the biggest, unhappiest theme first', () => {
    expect(themes[0]?.label).toBe('battery life');
    const service = themes.findIndex((t) => t.label === 'customer service');
    const praise = themes.findIndex((t) => t.key === 'praise');
    if (praise >= 0) expect(service).toBeLessThan(praise);
  });

  it('counts tones and names the main one', () => {
    const battery = byLabel(themes, 'battery life');
    expect(battery?.toneCounts).toMatchObject({ unhappy: 4, asking: 1 });
    expect(battery?.tone).toBe('unhappy');
    expect(battery?.keyWords).toContain('battery');
  });

  it('never makes a theme of the watch words, which are in every text', () => {
    const many = Array.from({ length: 12 }, (_, i) => item(`k${i}`, `Kestrel Kestrel @kestrel ride number ${i}`, 'neutral'));
    const found = findThemes(many, { ignoreWords: WATCH });
    expect(found.some((t) => /kestrel/i.test(t.label) || t.keyWords.some((w) => /kestrel/i.test(w)))).toBe(false);
  });

  it('discovers a topic the vocabulary does not know, and names it by its words', () => {
    const texts = [
      'the kickstand snapped on my Kestrel', 'Kestrel kickstand wobbles', 'new kickstand design is flimsy, Kestrel',
      'kickstand fell off on day two', 'loving the paint colour', 'nice paint', 'ride was fun',
    ];
    const found = findThemes(texts.map((t, i) => item(`n${i}`, t)), { ignoreWords: WATCH });
    const kick = found.find((t) => t.label.includes('kickstand'));
    expect(kick?.conversationIds).toEqual(['n0', 'n1', 'n2', 'n3']);
    expect(kick?.key.startsWith('found:')).toBe(true);
  });

  it('does not make a theme of what is said every day (the domain itself), told by earlier conversations', () => {
    const texts = [
      'new kickstand is flimsy', 'kickstand snapped', 'the kickstand fell off', 'my bike rides fine',
      'took the bike to work', 'bike in the rain today', 'paint looks nice', 'quiet morning ride',
    ];
    const window = texts.map((t, i) => item(`w${i}`, t));
    // In a quiet window alone, three mentions of "bike" look like a topic.
    expect(findThemes(window, { ignoreWords: WATCH }).map((t) => t.label)).toContain('bike');
    // Earlier days say "bike" all the time: it is background; "kickstand" is still a theme.
    const earlier = Array.from({ length: 40 }, (_, i) => (i % 2 ? `my bike number ${i} is great` : `weather report ${i}`));
    const labels = findThemes(window, { ignoreWords: WATCH, background: earlier }).map((t) => t.label);
    expect(labels).not.toContain('bike');
    expect(labels).toContain('kickstand');
  });

  it('names a theme "app sign-in" only for what says so; the rest of the app talk keeps "the app"', () => {
    const texts = [
      'the app logged me out again', 'cannot log in to the app since the update', 'app password reset never arrives',
      'the app map is slow to load', 'app shows the wrong range', 'the app menu is confusing',
    ];
    const found = findThemes(texts.map((t, i) => item(`a${i}`, t)), { ignoreWords: WATCH });
    expect(byLabel(found, 'app sign-in')?.conversationIds).toEqual(['a0', 'a1', 'a2']);
    expect(byLabel(found, 'the app')?.conversationIds).toEqual(['a3', 'a4', 'a5']);
  });

  it('never shows the app talk that is not about sign-in under "app sign-in", however little of it there is', () => {
    const texts = ['the app logged me out again', 'cannot log in to the app since the update', 'the app shows the wrong range in winter'];
    const found = findThemes(texts.map((t, i) => item(`a${i}`, t)), { ignoreWords: WATCH });
    expect(byLabel(found, 'app sign-in')?.conversationIds).toEqual(['a0', 'a1']);
    expect(found.some((t) => t.conversationIds.includes('a2') && t.label !== 'the app')).toBe(false);
  });

  it('groups a conversation under a subject only when it is about it: named in its title (or first sentence) or more than once', () => {
    const titled = (id: string, title: string, body: string) => ({ ...item(id, `${title}. ${body}`, 'pleased'), title });
    const window = [
      titled('w1', 'Will there be Apple Watch support?', 'Solid app now that login works. Could the watch app show battery and lock status?'),
      titled('l1', 'Lock jammed again', 'Third time this month.'),
      titled('l2', 'Frozen in the cold', 'The wheel lock froze shut. Then the lock froze again at work.'),
      item('l3', 'the lock rattles on cobbles'),
      titled('s1', 'Logged out again', 'The app logs me out every day.'),
      titled('s2', 'Cannot sign in', 'Password reset never arrives for the app.'),
      titled('a1', 'Watch app please', 'The app should show the range on my wrist.'),
    ];
    const found = findThemes(window, { ignoreWords: WATCH, topics: [{ word: 'the lock', aliases: ['lock', 'wheel lock'] }] });
    expect(found.find((t) => t.key === 'watch:the lock')?.conversationIds).toEqual(['l1', 'l2', 'l3']);
    expect(byLabel(found, 'app sign-in')?.conversationIds).toEqual(['s1', 's2']);
    expect(byLabel(found, 'the app')?.conversationIds).toEqual(['w1', 'a1']);
  });

  it('makes a theme of a topic the listener follows, named as they wrote it', () => {
    const texts = [
      'the wheel lock froze again this morning', 'lock jammed, third time', 'app says locked but the bike is unlocked',
      'my battery died in the cold', 'battery range is poor in winter', 'nice paint', 'great ride today',
    ];
    const window = texts.map((t, i) => item(`l${i}`, t));
    const plain = findThemes(window, { ignoreWords: WATCH });
    expect(plain.some((t) => t.label === 'Lock')).toBe(false);
    const followed = findThemes(window, { ignoreWords: WATCH, topics: [{ word: 'Lock', aliases: ['locked'] }] });
    const lock = followed.find((t) => t.label === 'Lock');
    expect(lock?.conversationIds).toEqual(['l0', 'l1', 'l2']);
    expect(lock?.key).toBe('watch:lock');
    // A topic named too rarely leaves its conversations to the usual grouping.
    expect(findThemes(window, { ignoreWords: WATCH, topics: [{ word: 'paint' }] }).some((t) => t.key === 'watch:paint')).toBe(false);
  });

  it('files a delayed delivery under delivery times and a weather delay under delays', () => {
    const found = findThemes(
      [
        item('a', 'my Kestrel delivery was delayed a week'), item('b', 'the delivery is late again'),
        item('c', 'Kestrel delivery delayed, no tracking'),
        item('d', 'train delayed by snow, late for work'), item('e', 'snow storm and the bus was late'),
        item('f', 'weather delays everywhere today'),
      ],
      { ignoreWords: WATCH },
    );
    expect(byLabel(found, 'delivery times')?.conversationIds).toEqual(['a', 'b', 'c']);
    expect(found.find((t) => t.key.startsWith('delays'))?.conversationIds).toEqual(['d', 'e', 'f']);
    expect(found.some((t) => t.key === 'weather')).toBe(false);
  });

  it('ignores link-aggregator boilerplate and contractions when discovering', () => {
    const posts = Array.from({ length: 6 }, (_, i) =>
      item(`r${i}`, `I don't know, thoughts on ride ${i}? submitted by /u/user${i} [link] [comments] Points: ${i}`, 'neutral'),
    );
    const found = findThemes(posts, { ignoreWords: WATCH });
    const words = found.flatMap((t) => [t.label, ...t.keyWords]);
    for (const w of ['link', 'comments', 'submitted', "don't", 'points']) expect(words).not.toContain(w);
  });

  it('respects max', () => {
    expect(findThemes(DAY_ONE, { ignoreWords: WATCH, max: 2 })).toHaveLength(2);
    expect(findThemes([], {})).toEqual([]);
  });

  it('is deterministic, whatever the order of the input', () => {
    const again = findThemes([...DAY_ONE].reverse(), { ignoreWords: WATCH });
    const norm = (ts: Theme[]) => ts.map((t) => ({ ...t, conversationIds: [...t.conversationIds].sort() }));
    expect(norm(again)).toEqual(norm(themes));
    expect(findThemes(DAY_ONE, { ignoreWords: WATCH })).toEqual(themes);
  });
});

describe('stability from one day to the next', () => {
  it('gives the same group the same key and label on both days', () => {
    const dayTwo = [
      item('e1', 'battery range dropped again on my Kestrel'),
      item('e2', 'Kestrel battery life is a joke'),
      item('e3', 'charger died and now the battery will not charge'),
      item('e4', 'another delayed delivery from Kestrel'),
      item('e5', 'Kestrel shipping is slow, delivery late'),
      item('e6', 'where is my Kestrel package? tracking shows nothing', 'asking'),
    ];
    const one = findThemes(DAY_ONE, { ignoreWords: WATCH });
    const two = findThemes(dayTwo, { ignoreWords: WATCH, previousKeys: one.map((t) => t.key) });
    for (const label of ['battery life', 'delivery times']) {
      expect(byLabel(two, label)?.key).toBe(byLabel(one, label)?.key);
    }
  });

  it('keeps yesterday\'s name when it still fits', () => {
    const seats = (id: string, t: string) => item(id, t);
    const day = [
      seats('f1', 'the seat was cramped and the wifi never worked'),
      seats('f2', 'no wifi on a five hour trip, seats do not recline'),
      seats('f3', 'tiny seat, no legroom'),
      seats('f4', 'wifi was down and the food was cold'),
    ];
    const fresh = findThemes(day, { ignoreWords: WATCH });
    expect(fresh[0]?.label).toBe('seats and wifi');
    const kept = findThemes(day, { ignoreWords: WATCH, previousKeys: ['comfort/wifi+food'] });
    expect(kept[0]?.key).toBe('comfort/wifi+food');
    expect(kept[0]?.label).toBe('wifi, food and drinks');
  });

  it('one key always carries one label', () => {
    const labelsByKey = new Map<string, Set<string>>();
    const windows = [DAY_ONE, DAY_ONE.slice(0, 8), DAY_ONE.slice(5), [...DAY_ONE, ...DAY_ONE.map((d) => ({ ...d, id: d.id + 'x' }))]];
    for (const w of windows) {
      for (const t of findThemes(w, { ignoreWords: WATCH, max: 10 })) {
        const set = labelsByKey.get(t.key) ?? new Set<string>();
        set.add(t.label);
        labelsByKey.set(t.key, set);
      }
    }
    for (const set of labelsByKey.values()) expect(set.size).toBe(1);
  });
});
