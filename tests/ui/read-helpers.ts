// The read area's methods on the fake engine (the shared fake predates them): threads from its conversations,
// a network state the test sets, and a search over titles.
import { SEARCH_COUNT_CAP, type ReadThread, type SearchHit } from '../../shared/api-read';
import type { Conversation } from '../../shared/model';
import type { FakeEngine } from './fake-api';

export function withReading(engine: FakeEngine, opts: { replies?: Record<string, Conversation[]>; offlineSince?: number | null } = {}) {
  const state = { offlineSince: opts.offlineSince ?? null };
  engine.api['read.thread'].mockImplementation(async ({ id }: { id: string }): Promise<ReadThread | null> => {
    const c = engine.conversations.find((x) => x.id === id);
    return c ? { conversation: c, replies: opts.replies?.[id] ?? [], fullText: false, summaryOnly: false, refreshed: false } : null;
  });
  engine.api['app.network'].mockImplementation(async () =>
    state.offlineSince === null ? { online: true, since: null } : { online: false, since: state.offlineSince },
  );
  engine.api['read.fullText'].mockImplementation(async () => ({ kept: false, message: 'Nothing more.' }));
  engine.api['search.query'].mockImplementation(async ({ text, limit = 50, offset = 0 }: { text: string; limit?: number; offset?: number }) => {
    const hits: SearchHit[] = engine.conversations
      .filter((c) => text && c.title.toLowerCase().includes(text.toLowerCase()))
      .map((c) => {
        const { contentHtml: _h, enclosures: _e, commentsUrl: _c, fetchedAt: _f, ...rest } = c;
        return { ...rest, titleSnippet: c.title.replace(new RegExp(`(${text})`, 'i'), '<mark>$1</mark>'), snippet: `…<mark>${text}</mark> &lt;b&gt;…<img src=x onerror="window.__bad=1">`, bookmarked: false };
      });
    // Pages and a count that stops just past the cap, as the engine's.
    return { items: hits.slice(offset, offset + limit), total: Math.min(hits.length, SEARCH_COUNT_CAP + 1) };
  });
  return state;
}
