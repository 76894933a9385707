// The parse step's shortcuts (skipped folds, one shared sanitizer, one sanitize for a
// summary equal to its content) must give what the long way gives, at the edges where they could differ.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { attributeWork, sanitize } from '../../../electron/core/feeds/sanitize';
import { foldSpace } from '../../../electron/core/feeds/text';

describe('foldSpace', () => {
  it.each([
    ['plain words', 'plain words'],
    ['two  spaces', 'two spaces'],
    [' leading', 'leading'],
    ['trailing ', 'trailing'],
    ['tab\there', 'tab here'],
    ['line\nbreak', 'line break'],
    ['form\ffeed and\vvertical', 'form feed and vertical'],
    ['\r\n', ''],
    ['no-break\u00a0 space', 'no-break\u00a0 space'],
    ['', ''],
  ])('%j → %j', (raw, folded) => {
    expect(foldSpace(raw)).toBe(folded);
  });
});

describe('sanitize with one shared filter', () => {
  it('resolves the same link against whichever base each call gives', () => {
    const html = '<a href="/x">a</a>';
    const link = (href: string) => `<a href="${href}" rel="noopener noreferrer">a</a>`;
    expect(sanitize(html, 'https://one.example/')).toBe(link('https://one.example/x'));
    expect(sanitize(html, 'https://two.example/')).toBe(link('https://two.example/x'));
    expect(sanitize(html)).toBe(link('/x'));
    expect(sanitize(html, 'https://one.example/')).toBe(link('https://one.example/x'));
  });

  it('counts attribute work in tags only, text between them costing nothing', () => {
    expect(attributeWork('no tags at all, just words')).toBe(0);
    expect(attributeWork('text <a b c> text <d e="f g>h"> text')).toBe(2 * 6 + 1 * 12);
    expect(attributeWork('text <a b c')).toBe(2 * 6); // an unclosed tag runs to the end
  });
});

describe('a summary equal to its content', () => {
  it('reads both the same as when they differ', async () => {
    const body = '<p>Hi <a href="/x">there</a><script>x</script></p>';
    const item = (summary: string) =>
      `<item><title>t</title><description><![CDATA[${summary}]]></description><content:encoded><![CDATA[${body}]]></content:encoded></item>`;
    const xml = `<rss xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>c</title>${item(body)}${item(`${body}<!-- x -->`)}</channel></rss>`;
    const [same, other] = (await parseFeed(xml, { baseUrl: 'https://site.example/' })).items;
    expect(same!.summary).toBe(same!.content);
    expect(same!.summary).toBe(other!.summary);
    expect(same!.content).toBe('<p>Hi <a href="https://site.example/x" rel="noopener noreferrer">there</a></p>');
  });
});
