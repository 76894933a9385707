// OPML: reading other readers' exports tolerantly, and writing OPML 2.0 that reads back the same.
import { describe, expect, it } from 'vitest';
import { OpmlError, parseOpml, readOpml, writeOpml } from '../../../electron/core/feeds/opml';

const SAMPLE = `\uFEFF<?xml version="1.0" encoding="UTF-8"?>
<opml version="1.0">
  <head><title>My subscriptions</title></head>
  <body>
    <outline text="Top level" type="rss" xmlUrl="https://top.example/feed" htmlUrl="https://top.example/"/>
    <outline text="News" title="News">
      <outline text="Daily &amp; Co" type="rss" xmlUrl="https://daily.example/rss.xml"/>
      <outline title="Inner" text="Inner">
        <outline text="Deep" type="rss" xmlURL="https://deep.example/atom.xml"/>
      </outline>
      <outline text="No title attr" type="rss" xmlUrl="feed://legacy.example/index.xml"/>
    </outline>
    <outline text="Dup" type="rss" xmlUrl="https://top.example/feed"/>
    <outline text="Bad scheme" type="rss" xmlUrl="javascript:alert(1)"/>
    <outline type="rss" xmlUrl="https://untitled.example/feed.json"/>
  </body>
</opml>`;

describe('parseOpml', () => {
  it('reads sources with their nearest group, tolerating odd casing, feed: schemes, duplicates and junk', () => {
    expect(parseOpml(SAMPLE)).toEqual([
      { url: 'https://top.example/feed', title: 'Top level', group: null },
      { url: 'https://daily.example/rss.xml', title: 'Daily & Co', group: 'News' },
      { url: 'https://deep.example/atom.xml', title: 'Deep', group: 'Inner' },
      { url: 'http://legacy.example/index.xml', title: 'No title attr', group: 'News' },
      { url: 'https://untitled.example/feed.json', title: 'https://untitled.example/feed.json', group: null },
    ]);
  });

  it('counts what it passed over: an address not on the web, and one listed twice', () => {
    expect(readOpml(SAMPLE)).toMatchObject({ notOnTheWeb: 1, repeated: 1 });
  });

  it('survives broken markup', () => {
    const broken = '<opml><body><outline text="A" xmlUrl="https://a.example/f"><outline text="B" xmlUrl="https://b.example/f"';
    expect(parseOpml(broken).map((e) => e.url)).toEqual(['https://a.example/f']);
  });

  it('an empty list is fine', () => {
    expect(parseOpml('<opml version="2.0"><head/><body/></opml>')).toEqual([]);
  });

  it('refuses text that is not OPML with a plain message', () => {
    for (const junk of ['', 'hello', '<html><body><p>hi</p></body></html>', '{"a":1}']) {
      expect(() => parseOpml(junk)).toThrow(OpmlError);
    }
    try {
      parseOpml('nope');
    } catch (e) {
      expect((e as Error).message).not.toMatch(/feed|rss/i);
    }
  });
});

describe('writeOpml', () => {
  const sources = [
    { url: 'https://a.example/feed?x=1&y=2', title: 'A "quoted" <title>', siteUrl: 'https://a.example/' },
    { url: 'https://b.example/rss', title: 'B', group: 'Customers' },
    { url: 'https://c.example/atom', title: 'C\nnewline', group: 'Press & news' },
    { url: 'https://d.example/rss', title: 'D', group: 'Customers' },
    { url: 'https://e.example/rss', title: '' },
    { url: 'https://f.example/rss', title: 'F\u0001\u001f', group: 'Customers' },
  ];

  it('round-trips through parseOpml', () => {
    const text = writeOpml(sources, 'Earshot sources');
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<opml version="2.0">/);
    expect(parseOpml(text)).toEqual([
      { url: 'https://a.example/feed?x=1&y=2', title: 'A "quoted" <title>', group: null },
      { url: 'https://e.example/rss', title: 'https://e.example/rss', group: null },
      { url: 'https://b.example/rss', title: 'B', group: 'Customers' },
      { url: 'https://d.example/rss', title: 'D', group: 'Customers' },
      { url: 'https://f.example/rss', title: 'F', group: 'Customers' },
      // Newlines in a title are folded to a space on reading.
      { url: 'https://c.example/atom', title: 'C newline', group: 'Press & news' },
    ]);
  });

  it('writes a site address, a date when asked, and escapes everything', () => {
    const text = writeOpml(sources, 'Mine & yours', { now: Date.parse('2026-11-22T08:00:00Z') });
    expect(text).toContain('htmlUrl="https://a.example/"');
    expect(text).toContain('<title>Mine &amp; yours</title>');
    expect(text).toContain('<dateCreated>Sun, 22 Nov 2026 08:00:00 GMT</dateCreated>');
    expect(text).toContain('xmlUrl="https://a.example/feed?x=1&amp;y=2"');
    expect(text).not.toMatch(/title="[^"]*<[^"]*"/);
  });
});
