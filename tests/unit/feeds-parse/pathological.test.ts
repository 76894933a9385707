import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { FeedError } from '../../../electron/core/feeds/types';

// Inputs that make naive regular expressions or recursion blow up. They must finish (the test timeout is the
// bound: quadratic work on these sizes would take minutes) and end in a result or a FeedError.
describe('pathological input', () => {
  const cases: Array<[string, string]> = [
    ['deep nesting', `<rss><channel>${'<x>'.repeat(200_000)}<item><title>deep</title></item></channel></rss>`],
    ['unclosed tags in a title', `<rss><channel><item><title>${'&lt;a"'.repeat(100_000)}</title></item></channel></rss>`],
    ['script openers in a title', `<feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">${'&lt;script&gt;'.repeat(50_000)}</title></entry></feed>`],
    ['quote soup in inline markup', `<rss><channel><item><description><p>${'<a"'.repeat(100_000)}</p></description></item></channel></rss>`],
    ['many DOCTYPE look-alikes', `${'<!DOCTYPE a ['.repeat(20_000)}<rss/>`],
    ['many comments never closed', `<rss><channel><item><title>${'&lt;!--'.repeat(50_000)}</title></item></channel></rss>`],
    ['deeply nested HTML in a description', `<rss><channel><item><description><![CDATA[${'<div>'.repeat(300_000)}x]]></description></item></channel></rss>`],
    ['a tag with a hundred thousand attributes', `<rss><channel><item><description><![CDATA[<p ${'a=b '.repeat(100_000)}>x</p>]]></description></item></channel></rss>`],
    ['many tags of a thousand attributes', `<rss><channel><item><description><![CDATA[${`<p ${'a="b" '.repeat(1_000)}>x</p>`.repeat(200)}]]></description></item></channel></rss>`],
    ['an author of many @', `<rss><channel><item><author>${'a@'.repeat(100_000)}(x</author></item></channel></rss>`],
  ];
  it.each(cases)('%s', async (_name, body) => {
    try {
      const feed = await parseFeed(body);
      expect(Array.isArray(feed.items)).toBe(true);
    } catch (err) {
      expect(err).toBeInstanceOf(FeedError);
    }
  });

  it('still finds the item under deep nesting', async () => {
    const feed = await parseFeed(`<rss><channel>${'<x>'.repeat(1_000)}<item><title>deep</title></item></channel></rss>`);
    expect(feed.items.map((i) => i.title)).toEqual(['deep']);
  });
});
