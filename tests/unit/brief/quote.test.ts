import { describe, expect, it } from 'vitest';
import { pickQuote } from '../../../electron/core/brief/brief-themes';
import type { WindowItem } from '../../../electron/core/brief/tones';

function item(id: string, text: string): WindowItem {
  return {
    id, sourceId: 's', source: 'Forum', widelyRead: false, title: '', link: `https://forum.example/${id}`, author: 'Ann',
    publishedAt: 0, excerpt: text, replyCount: 0, tone: 'unhappy', asks: false, listened: true, text,
  };
}

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
});
