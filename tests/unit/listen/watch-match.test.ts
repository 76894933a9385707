import { describe, expect, it } from 'vitest';
import { fold } from '../../../electron/core/listen/fold';
import { WatchMatcher, termsOf } from '../../../electron/core/listen/watch-match';

function found(matcher: WatchMatcher, text: string): Array<[string, string]> {
  return matcher.findIn(text).flatMap((m) => m.ranges.map(([a, b]): [string, string] => [m.word, text.slice(a, b)]));
}

describe('fold', () => {
  it('lower-cases and removes accents without changing the length', () => {
    expect(fold('Zürich ÉCOLE Ångström')).toBe('zurich ecole angstrom');
    for (const text of ['İstanbul', 'Straße', 'ﬁne', '😀 Kestrel']) expect(fold(text)).toHaveLength(text.length);
  });
});

describe('watch-word matching', () => {
  it('is case-insensitive and whole-word, allowing a plain plural or possessive', () => {
    const m = new WatchMatcher([{ word: 'Kestrel' }]);
    expect(found(m, 'KESTREL rides; kestrel too')).toEqual([['Kestrel', 'KESTREL'], ['Kestrel', 'kestrel']]);
    expect(found(m, "Kestrel's battery and two Kestrels")).toEqual([['Kestrel', "Kestrel's"], ['Kestrel', 'Kestrels']]);
    expect(found(m, 'Kestrelbikes and SuperKestrel and kestrel_one')).toEqual([]);
  });

  it('matches across accents both ways (Zürich / zurich)', () => {
    const m = new WatchMatcher([{ word: 'Zürich' }]);
    expect(found(m, 'Flying from zurich today')).toEqual([['Zürich', 'zurich']]);
    expect(found(new WatchMatcher([{ word: 'zurich' }]), 'Ein Tag in ZÜRICH.')).toEqual([['zurich', 'ZÜRICH']]);
    expect(found(new WatchMatcher([{ word: 'café' }]), 'Le Café and the cafés')).toEqual([['café', 'Café'], ['café', 'cafés']]);
  });

  it('gives ranges into the original text, also after characters that take two units', () => {
    const m = new WatchMatcher([{ word: 'Kestrel One' }, { word: 'Kestrel' }]);
    const text = '😀 Loving my kestrel  one — the Kestrel app too';
    const got = m.findIn(text);
    expect(found(m, 'Kestrel Onesie for sale')).toEqual([['Kestrel', 'Kestrel']]);
    expect(got).toEqual([
      { word: 'Kestrel One', ranges: [[text.indexOf('kestrel  one'), text.indexOf('kestrel  one') + 12]] },
      { word: 'Kestrel', ranges: [[text.indexOf('Kestrel app'), text.indexOf('Kestrel app') + 7]] },
    ]);
  });

  it('treats an @handle as its @form and its bare name, and a #tag likewise', () => {
    expect(termsOf({ word: '@united' })).toEqual(['@united', 'united']);
    const m = new WatchMatcher([{ word: '@united' }, { word: '#KestrelRides' }]);
    expect(found(m, 'Hey @United, where is my bag? United lost it.')).toEqual([['@united', '@United'], ['@united', 'United']]);
    expect(found(m, 'Sunday #kestrelrides with friends, kestrelrides forever')).toEqual([
      ['#KestrelRides', '#kestrelrides'],
      ['#KestrelRides', 'kestrelrides'],
    ]);
    // A plain watch word also hears its handle.
    expect(found(new WatchMatcher([{ word: 'United' }]), 'thanks @united')).toEqual([['United', 'united']]);
  });

  it('matches aliases as the same watch word', () => {
    const m = new WatchMatcher([{ word: 'Kestrel One', aliases: ['K1', 'Kestrel-One'] }]);
    expect(found(m, 'My K1 and a kestrel-one and a Kestrel One')).toEqual([
      ['Kestrel One', 'K1'],
      ['Kestrel One', 'kestrel-one'],
      ['Kestrel One', 'Kestrel One'],
    ]);
  });

  it('does not count a match inside an exclusion phrase', () => {
    const m = new WatchMatcher([{ word: 'Apple', exclusions: ['apple pie', 'Apple Records'] }]);
    expect(found(m, 'Baked an apple pie; Apple Records reissued it; the Apple Watch died')).toEqual([['Apple', 'Apple']]);
    expect(m.findIn('Grandma’s APPLE PIE recipe')).toEqual([]);
    // Exclusions belong to their own watch word only.
    const two = new WatchMatcher([{ word: 'Apple', exclusions: ['apple pie'] }, { word: 'pie' }]);
    expect(found(two, 'apple pie')).toEqual([['pie', 'pie']]);
  });

  it('takes an exclusion without the name as a sign the conversation is about something else', () => {
    const m = new WatchMatcher([
      { word: 'Kestrel', exclusions: ['Kestrel web server', 'ASP.NET', 'reverse proxy'] },
      { word: 'Voltbird' },
    ]);
    // The phrase cancels the mention inside it; the others say the whole conversation is not about Kestrel.
    expect(m.matchConversation('Kestrel web server gets faster', 'Benchmarks inside.')).toEqual({ matches: [], setAside: true });
    expect(m.matchConversation('Running Kestrel in production?', 'No reverse proxy in front of it.')).toEqual({ matches: [], setAside: true });
    expect(m.matchConversation('Kestrel on ASP.NET', 'Kestrel everywhere')).toEqual({ matches: [], setAside: true });
    // Another word still counts, and so does a plain mention; a text that names nothing is not set aside.
    expect(m.matchConversation('Kestrel behind a reverse proxy, or a Voltbird?', '')).toEqual({
      matches: [{ word: 'Voltbird', field: 'title', ranges: [[37, 45]] }],
      setAside: false,
    });
    expect(m.matchConversation('My Kestrel One', 'Smooth ride').setAside).toBe(false);
    expect(m.matchConversation('Bike lanes', 'No names here').setAside).toBe(false);
    // findIn (one text, as muted words use it) applies the phrases only.
    expect(found(m, 'Kestrel on ASP.NET')).toEqual([['Kestrel', 'Kestrel']]);
  });

  it('finds nothing without watch words, and reports title and excerpt separately', () => {
    expect(new WatchMatcher([]).match('Kestrel', 'Kestrel')).toEqual([]);
    const m = new WatchMatcher([{ word: 'Kestrel' }]);
    expect(m.match('Kestrel One', 'I love my kestrel.')).toEqual([
      { word: 'Kestrel', field: 'title', ranges: [[0, 7]] },
      { word: 'Kestrel', field: 'excerpt', ranges: [[10, 17]] },
    ]);
  });

  it('takes watch words with characters that mean something in patterns literally', () => {
    const m = new WatchMatcher([{ word: 'C++' }, { word: 'A.I. (beta)' }, { word: 'Node.js' }]);
    expect(found(m, 'C++ and a.i. (beta) on node.js, not nodexjs')).toEqual([
      ['C++', 'C++'],
      ['A.I. (beta)', 'a.i. (beta)'],
      ['Node.js', 'node.js'],
    ]);
  });
});
