// Feed text must not carry terminal control codes (ESC sequences, BEL, …) into the store or onto a terminal.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { sanitize } from '../../../electron/core/feeds/sanitize';
import { htmlToText } from '../../../electron/core/util/text';
import { mutate, rng } from '../../support/fuzz';

// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex -- control characters are what is looked for
const CONTROL_BUT_SPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const ESCAPES = '\x1b]0;PWNED\x07 \x1b[2J\x1b[H\x9b31m\x00\x7f';

function expectNoControls(feed: Awaited<ReturnType<typeof parseFeed>>) {
  expect(feed.title).not.toMatch(CONTROL);
  expect(feed.link ?? '').not.toMatch(CONTROL);
  for (const it of feed.items) {
    for (const v of [it.id, it.title, it.link, it.author, it.commentsUrl, ...it.enclosures.flatMap((e) => [e.url, e.type])]) {
      expect(v ?? '').not.toMatch(CONTROL);
    }
    for (const html of [it.summary, it.content]) {
      expect(html).not.toMatch(CONTROL_BUT_SPACE);
      // What sync stores as the excerpt and the CLI prints: entities decoded.
      expect(htmlToText(html)).not.toMatch(CONTROL);
    }
  }
}

describe('control characters in feed text', () => {
  it('are removed from every field of an RSS feed, raw or as character references', async () => {
    const body = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wfw="http://wellformedweb.org/CommentAPI/"><channel>
<title>Feed ${ESCAPES} &#27;[2J title</title><link>https://example.com/&#27;[2J</link>
<item>
  <title>raw ${ESCAPES} cleared &#27;]0;T&#x7;</title>
  <link>https://example.com/a\x1b[2J</link>
  <guid isPermaLink="false">id-\x1b[2J-1</guid>
  <dc:creator>Ann \x1b[31mLee\x07</dc:creator>
  <wfw:commentRss>https://example.com/c\x07</wfw:commentRss>
  <enclosure url="https://example.com/x.mp3&#27;[2J" type="audio/mpeg\x07" length="1"/>
  <description>&lt;p&gt;one ${ESCAPES} &amp;#27;[2J &amp;#x1B;[H &amp;#7; &amp;#155;31m&lt;/p&gt;</description>
  <content:encoded xmlns:content="http://purl.org/rss/1.0/modules/content/"><![CDATA[<p title="t&#27;[2J">two ${ESCAPES} &#27;[2J &#0027;</p>]]></content:encoded>
</item></channel></rss>`;
    const feed = await parseFeed(body, { baseUrl: 'https://example.com/feed' });
    expectNoControls(feed);
    expect(feed.title).toBe('Feed ]0;PWNED [2J[H31m [2J title');
    expect(feed.items[0]?.title).toBe('raw ]0;PWNED [2J[H31m cleared ]0;T');
    expect(feed.items[0]?.author).toBe('Ann [31mLee');
    expect(feed.items[0]?.link).toBe('https://example.com/a[2J');
    expect(htmlToText(feed.items[0]?.summary ?? '')).toBe('one ]0;PWNED [2J[H31m [2J [H ›31m'); // &#155; is windows-1252's ›
  });

  it('are removed from a JSON Feed', async () => {
    const feed = await parseFeed(
      JSON.stringify({
        version: 'https://jsonfeed.org/version/1.1',
        title: `JSON ${ESCAPES}`,
        home_page_url: 'https://example.com/\x1b',
        items: [
          { id: '1\x1b', title: `t ${ESCAPES}`, url: 'https://example.com/1\x07', authors: [{ name: 'A\x1bB' }], content_text: `text ${ESCAPES}` },
          { id: '2', content_html: `<p>html ${ESCAPES} &#27;[2J</p>`, summary: 's\x1b[2J' },
        ],
      }),
    );
    expectNoControls(feed);
    expect(feed.items[0]?.title).toBe('t ]0;PWNED [2J[H31m');
    expect(feed.items[0]?.id).toBe('1');
  });

  it('keeps the white space of HTML (tab, line feed, carriage return) and &#150;', () => {
    expect(sanitize('<pre>a\tb\r\nc\rd\x0b\x0ce</pre>')).toBe('<pre>a\tb\r\nc\rde</pre>');
    expect(sanitize('<p>a &#150; b &#13;&#10;&#9; c &#11;&#x0C;</p>')).toBe('<p>a &#150; b &#13;&#10;&#9; c </p>');
    expect(htmlToText(sanitize('<p>a &#150; b</p>'))).toBe('a – b');
  });

  it('leave nothing behind that decodes to a control character, whatever the references look like', () => {
    const pieces = ['&', '#', 'x', '1b', '27', '0', ';', '\x1b', '&amp;', '&#27;', '&#x1B;', '&#', '<b>', '</b>', ' ', '<a title="', '">'];
    const next = rng(20261123);
    for (let i = 0; i < 3000; i++) {
      let s = '';
      const n = 2 + Math.floor(next() * 12);
      for (let j = 0; j < n; j++) s += pieces[Math.floor(next() * pieces.length)];
      const out = sanitize(`<p>${s}</p>`);
      expect(out, JSON.stringify(s)).not.toMatch(CONTROL_BUT_SPACE);
      expect(htmlToText(out), JSON.stringify(s)).not.toMatch(CONTROL);
    }
  });

  it('are gone from mutated feeds too', async () => {
    const base = new TextEncoder().encode(
      '<rss><channel><title>x &#27;[2J</title><item><title>\x1b[H t &#x1b;</title><description>&amp;#27; &lt;b&gt;\x07&lt;/b&gt;</description></item></channel></rss>',
    );
    const next = rng(7);
    for (let i = 0; i < 300; i++) {
      try {
        expectNoControls(await parseFeed(mutate(base, next)));
      } catch (err) {
        if ((err as Error).name !== 'FeedError') throw err;
      }
    }
  });
});
