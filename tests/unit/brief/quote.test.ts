import { describe, expect, it } from 'vitest';
import { pickQuote } from '../../../electron/core/brief/quote';
import { textOf, type WindowItem } from '../../../electron/core/brief/tones';

function item(id: string, text: string, title = '', tone: WindowItem['tone'] = 'unhappy'): WindowItem {
  return {
    id, sourceId: 's', source: 'Forum', widelyRead: false, title, link: `https://forum.example/${id}`, author: 'Ann',
    publishedAt: 0, excerpt: text, replyCount: 0, tone, asks: false, listened: true, text: textOf(title, text),
  };
}

const LOCK = { key: 'watch:the lock', label: 'the lock', tone: 'asking' as const, toneCounts: {}, keyWords: ['the lock', 'lock', 'locks', 'wheel lock'] };

describe('the quote a theme is shown with', () => {
  it("leaves out a one-word label a post puts before a point of a list, and keeps a name that opens a sentence", () => {
    const theme = { key: 'digital/signin', label: 'app sign-in', conversationIds: ['a', 'b'], tone: 'unhappy' as const, toneCounts: {}, keyWords: ['logged'] };
    const byId = new Map([
      ['a', item('a', "App: Voltbird's is uglier but it has never logged me out like this one.")],
    ]);
    expect(pickQuote(theme, byId)?.text).toBe("Voltbird's is uglier but it has never logged me out like this one.");
    const named = new Map([['b', item('b', 'Kestrel One: the app logged me out twice this week, on the way to work.')]]);
    expect(pickQuote({ ...theme, conversationIds: ['b'] }, named)?.text).toBe('Kestrel One: the app logged me out twice this week, on the way to work.');
  });

  it('quotes the sentence that tells what happened, not the one that only names the subject', () => {
    const post = item(
      'lock',
      'I asked support about the wheel lock freezing. The answer was, more or less, that it\'s a known issue in frost and a revised seal is coming "in the spring". So what do I do until March? Carry a kettle?',
      'Kestrel lock froze AGAIN and support said "wait for spring"',
      'asking',
    );
    const quote = pickQuote({ ...LOCK, conversationIds: ['lock'] }, new Map([['lock', post]]));
    expect(quote?.text).toBe("The answer was, more or less, that it's a known issue in frost and a revised seal is coming 'in the spring'.");
    expect(quote?.asking).toBe(true);
  });

  it('never quotes the title when the post itself says more', () => {
    const post = item(
      'bf',
      "Does anyone know if Kestrel plans to do anything for Black Friday this year? Last year there was a free rack and lights bundle but no money off. I'm ready to order but not if it's €150 cheaper next Friday.",
      'Black Friday: is Kestrel going to discount the One?',
      'asking',
    );
    const prices = { key: 'prices', label: 'prices', tone: 'asking' as const, toneCounts: {}, keyWords: ['discount', 'cheaper', 'deal'], conversationIds: ['bf'] };
    const quote = pickQuote(prices, new Map([['bf', post]]));
    expect(quote).not.toBeNull();
    expect(quote!.text).not.toMatch(/^Black Friday: is Kestrel/);
    // A title that is all there is is still quoted.
    const bare = item('t', '', 'Black Friday: is Kestrel going to discount the One?', 'asking');
    expect(pickQuote({ ...prices, conversationIds: ['t'] }, new Map([['t', bare]]))?.text).toBe('Black Friday: is Kestrel going to discount the One?');
  });

  it('leaves a conversation another theme quotes to that theme when it has another worth quoting', () => {
    const a = item('a', 'The wheel lock froze again and I missed my train, third time this month.', '', 'unhappy');
    const b = item('b', 'My lock jammed in the frost this morning and support never replied.', '', 'unhappy');
    const theme = { ...LOCK, tone: 'unhappy' as const, conversationIds: ['a', 'b'] };
    const items = new Map([['a', a], ['b', b]]);
    const first = pickQuote(theme, items)!;
    expect(pickQuote(theme, items, new Set([first.conversationId]))?.conversationId).not.toBe(first.conversationId);
    expect(pickQuote({ ...theme, conversationIds: [first.conversationId] }, items, new Set([first.conversationId]))?.conversationId).toBe(first.conversationId);
  });
});
