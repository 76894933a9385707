import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../electron/core/read/extract';
import { decodePage } from '../../../electron/core/read/fetch-page';
import { ROOT } from '../../support/paths';

const page = (name: string) => readFileSync(join(ROOT, 'tests/fixtures/pages', name), 'utf8');

describe('article extraction', () => {
  it('keeps a news article and drops the page around it', () => {
    const a = extractArticle(page('news-article.html'), 'https://pedaltimes.example/news/winter-range');
    expect(a).not.toBeNull();
    expect(a!.title).toContain('Winter range');
    expect(a!.html).toContain('Lithium-ion cells deliver less');
    expect(a!.html).toContain('Practical advice');
    expect(a!.html).toContain('<blockquote>');
    for (const clutter of ['Accept all', 'Most read', 'All rights reserved', 'Cargo bikes in the city', 'Newsletter']) {
      expect(a!.html).not.toContain(clutter);
    }
    // Sanitized: no script, no handlers; relative picture made absolute against the page.
    expect(a!.html).not.toMatch(/<script|onclick|alert\(/i);
    expect(a!.html).toContain('src="https://pedaltimes.example/images/winter-commute.jpg"');
  });

  it('keeps a blog post without its comments form, sidebar or share buttons', () => {
    const a = extractArticle(page('blog-post.html'), 'https://spokeandchain.example/2026/11/six-weeks/');
    expect(a).not.toBeNull();
    expect(a!.html).toContain('I waited seven weeks for delivery');
    expect(a!.html).toContain('pre-warm firmware');
    expect(a!.html).toContain('kestrel-hill.jpg');
    for (const clutter of ['Post Comment', 'Blogroll', 'Proudly powered', '<form', '<textarea']) expect(a!.html).not.toContain(clutter);
  });

  it('keeps the first post of a forum thread', () => {
    const a = extractArticle(page('forum-thread.html'), 'https://www.cyclingforums.example/threads/firmware-1-8.1201/');
    expect(a).not.toBeNull();
    expect(a!.html).toContain('averaged 51 km');
    expect(a!.html).toContain('forgets the pre-warm setting');
    expect(a!.html).not.toContain('Terms and rules');
    expect(a!.html).not.toMatch(/<input|<script/);
  });

  it('gives nothing for a page with no article in it', () => {
    expect(extractArticle('<html><body><nav><a href="/">Home</a></nav><p>Please log in.</p></body></html>', 'https://x.example/')).toBeNull();
    expect(extractArticle('', 'https://x.example/')).toBeNull();
  });

  it('decodes a page in the charset it names', () => {
    const latin1 = Uint8Array.from([...Buffer.from('<meta charset="iso-8859-1"><p>caf', 'latin1'), 0xe9, ...Buffer.from('</p>')]);
    expect(decodePage(latin1, null)).toContain('café');
    expect(decodePage(Buffer.from('<p>café</p>'), 'text/html; charset=utf-8')).toContain('café');
  });
});
