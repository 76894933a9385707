import { describe, expect, it } from 'vitest';
import { shiftDates } from '../../electron/core/samples/samples';
import { toMatchQuery } from '../../electron/core/store/conversations-table';
import { toConversation } from '../../electron/core/sync/to-conversation';
import { normalizeSourceUrl } from '../../electron/core/util/urls';
import { clip, htmlToText } from '../../electron/core/util/text';
import type { ParsedItem } from '../../electron/core/feeds/types';

const NOW = Date.parse('2026-11-22T07:00:00Z');
const item = (over: Partial<ParsedItem> = {}): ParsedItem => ({
  id: 'guid-1',
  title: 'Battery died in the cold',
  link: 'https://forum.example/t/1',
  published: '2026-11-21T08:00:00.000Z',
  author: 'Ana',
  summary: '<p>My range dropped by half &amp; more.</p>',
  content: '',
  enclosures: [],
  commentsUrl: null,
  replyCount: 4,
  stars: null,
  ...over,
});

describe('engine helpers', () => {
  it('gives the same item the same id on every sync, and different sources different ids', () => {
    const a = toConversation('s1', item(), NOW);
    expect(toConversation('s1', item({ title: 'edited' }), NOW).id).toBe(a.id);
    expect(toConversation('s2', item(), NOW).id).not.toBe(a.id);
    // No guid: the link identifies it.
    const b = toConversation('s1', item({ id: null }), NOW);
    expect(toConversation('s1', item({ id: null, title: 'x' }), NOW).id).toBe(b.id);
  });

  it('keeps a plain excerpt and falls back on the time first seen for missing or future dates', () => {
    const c = toConversation('s1', item(), NOW);
    expect(c.excerpt).toBe('My range dropped by half & more.');
    expect(c.publishedAt).toBe(Date.parse('2026-11-21T08:00:00Z'));
    expect(toConversation('s1', item({ published: null }), NOW).publishedAt).toBe(NOW);
    expect(toConversation('s1', item({ published: '2027-05-01T00:00:00Z' }), NOW).publishedAt).toBe(NOW);
    expect(toConversation('s1', item({ title: '' }), NOW).title).toBe('My range dropped by half & more.');
  });

  it('turns what people type into a safe full-text query', () => {
    expect(toMatchQuery('battery life')).toBe('battery* life*');
    expect(toMatchQuery('"NEAR" OR -x *')).toBe('near* or* x*');
    expect(toMatchQuery('  !! ')).toBeNull();
  });

  it('reads text out of HTML and clips it at a word', () => {
    expect(htmlToText('<p>One</p><p>two&nbsp;<b>three</b></p>')).toBe('One two three');
    expect(clip('the quick brown fox jumps', 12)).toBe('the quick…');
  });

  it('accepts addresses the way people type them', () => {
    expect(normalizeSourceUrl('https://example.com/feed#x')).toBe('https://example.com/feed');
    expect(normalizeSourceUrl('example.com/feed.xml')).toBe('https://example.com/feed.xml');
    expect(normalizeSourceUrl('/tmp/a.xml')).toBe('file:///tmp/a.xml');
    expect(() => normalizeSourceUrl('javascript:alert(1)')).toThrow(/not “javascript:” addresses/);
    expect(() => normalizeSourceUrl('  ')).toThrow(/give the address/);
    // A bare word is not a site; localhost and addresses with a dot are.
    expect(() => normalizeSourceUrl('notaurl')).toThrow(/doesn't look like a web address/);
    expect(normalizeSourceUrl('localhost:8080/feed')).toBe('https://localhost:8080/feed');
    expect(normalizeSourceUrl('news.example.org')).toBe('https://news.example.org/');
  });

  it('moves sample dates by whole days in both date styles', () => {
    const day = 86_400_000;
    const text = '<pubDate>Sat, 21 Nov 2026 09:15:00 +0000</pubDate><updated>2026-11-20T10:00:00Z</updated>';
    expect(shiftDates(text, 2 * day)).toBe(
      '<pubDate>Mon, 23 Nov 2026 09:15:00 +0000</pubDate><updated>2026-11-22T10:00:00Z</updated>',
    );
    expect(shiftDates(text, 0)).toBe(text);
  });
});
