import { describe, expect, it } from 'vitest';
import { attributeWork, safeUrl, sanitize } from '../../../electron/core/feeds/sanitize';
import { parseFeed } from '../../../electron/core/feeds/parse';

describe('sanitize', () => {
  it('removes scripts with their text, and event handlers', () => {
    const out = sanitize('<p onclick="x()">Hi<script>alert(1)</script></p><img src="a.png" onerror="alert(2)">');
    expect(out).not.toMatch(/script|alert|onclick|onerror/);
    expect(out).toContain('<p>Hi</p>');
  });

  it('drops javascript: and data: links but keeps the text', () => {
    const out = sanitize('<a href="javascript:alert(1)">one</a> <a href=" JaVa&#x53;cript:alert(1)">two</a> <img src="data:image/png;base64,AAAA"> <a href="data:text/html,x">three</a>');
    expect(out).not.toMatch(/javascript|data:/i);
    expect(out).toMatch(/one.*two.*three/);
  });

  it('removes iframes, objects, embeds, forms, styles and style attributes', () => {
    const out = sanitize('<iframe src="http://e.example/"></iframe><object data="x.swf"></object><embed src="x.swf"><form action="/x"><input name="q"></form><style>p{}</style><p style="color:red">ok</p>');
    expect(out).not.toMatch(/iframe|object|embed|form|input|style/);
    expect(out).toContain('<p>ok</p>');
  });

  it('makes relative links absolute and adds rel="noopener noreferrer"', () => {
    const out = sanitize('<a href="../x.html">x</a><img src="/i.png" alt="i">', 'http://example.com/a/b/post');
    expect(out).toBe('<a href="http://example.com/a/x.html" rel="noopener noreferrer">x</a><img src="http://example.com/i.png" alt="i">');
  });

  it('keeps only addresses with safe schemes, read as a browser reads them', () => {
    const base = 'https://forum.example/t/1';
    expect(safeUrl('java\tscript:alert(1)', base)).toBeNull();
    expect(safeUrl('jav&#x61;script:alert(1)', base)).toBeNull();
    expect(safeUrl('javascript&colon;alert(1)', base)).toBeNull();
    expect(safeUrl('data:image/png;base64,AAAA', base)).toBeNull();
    expect(safeUrl('//evil.example/x', undefined)).toBeNull();
    expect(safeUrl('/p?a=1&amp;b=2', base)).toBe('https://forum.example/p?a=1&b=2');
    expect(safeUrl('mailto:help@kestrel.example', base)).toBe('mailto:help@kestrel.example');
    expect(safeUrl('reply.html', undefined)).toBe('reply.html');
  });

  it('drops the markup of junk whose attributes would take minutes to read, keeping its text', () => {
    const junk = `<p ${'a=b '.repeat(50_000)}>kept words</p>`;
    expect(attributeWork(junk)).toBeGreaterThan(1e9);
    expect(sanitize(junk)).toBe('kept words');
    // Real markup, long quoted values and comments included, stays markup.
    const real = `<p><!-- ${'a b '.repeat(5_000)} --><img src="/i.png" alt="${'many words '.repeat(500)}"> text</p>`;
    expect(sanitize(real, 'https://x.example/')).toMatch(/^<p><img src="https:\/\/x\.example\/i\.png" alt="many words/);
  });

  it('keeps a stray < as text', () => {
    expect(sanitize('1 < 2 and <!DOCTYPE')).toBe('1 &lt; 2 and &lt;!DOCTYPE');
  });

  it('leaves titles and authors as plain text with entities decoded', async () => {
    const feed = await parseFeed(`<rss><channel><title>A &lt;b&gt;bold&lt;/b&gt; &amp;amp; move</title><item>
      <title>&lt;img src=x onerror=alert(1)&gt;Safe &amp;lt;tag&amp;gt;</title><author>&lt;b&gt;Bo&lt;/b&gt;</author>
      <description>&lt;iframe src="http://x"&gt;&lt;/iframe&gt;&lt;a href="/p" onmouseover="x"&gt;p&lt;/a&gt;</description></item></channel></rss>`,
      { baseUrl: 'http://site.example/feed' });
    expect(feed.title).toBe('A bold & move');
    expect(feed.items[0]?.title).toBe('Safe <tag>');
    expect(feed.items[0]?.author).toBe('Bo');
    expect(feed.items[0]?.summary).toBe('<a href="http://site.example/p" rel="noopener noreferrer">p</a>');
  });
});
