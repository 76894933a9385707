// A fake engine for the renderer's tests: the whole Api in memory, every method a spy.
import { vi } from 'vitest';
import { API_METHODS } from '../../shared/api';
import type { Api, ApiEvent, ApiEvents } from '../../shared/api';
import type { Bridge } from '../../shared/bridge';
import type { Conversation, NotListed, Source } from '../../shared/model';
import { DEFAULT_SETTINGS } from '../../shared/model';

// Local noon on Wednesday 4 March 2026, so day words ("Yesterday", "Monday") hold in any time zone.
export const NOW = new Date(2026, 2, 4, 12, 0, 0).getTime();
const HOUR = 3_600_000;

export function makeSource(over: Partial<Source> = {}): Source {
  return {
    id: 's1',
    url: 'https://example.com/blog/index.xml',
    title: 'Example blog',
    siteUrl: 'https://example.com/blog',
    kind: 'general',
    paused: false,
    status: 'ok',
    statusMessage: '',
    lastSyncedAt: NOW - HOUR,
    lastOkAt: NOW - HOUR,
    nextAttemptAt: null,
    consecutiveFailures: 0,
    conversationCount: 3,
    addedAt: NOW - 30 * 24 * HOUR,
    ...over,
  };
}

export function makeConversation(over: Partial<Conversation> = {}): Conversation {
  return {
    id: 'c1',
    sourceId: 's1',
    sourceTitle: 'Example blog',
    title: 'The battery lasts half a day',
    link: 'https://example.com/blog/battery',
    author: 'Dana',
    publishedAt: NOW - 2 * HOUR,
    excerpt: 'Since the update the battery lasts half a day.',
    replyCount: null,
    contentHtml: '<p>Since the update the battery lasts <em>half a day</em>.</p>',
    enclosures: [],
    commentsUrl: null,
    fetchedAt: NOW - HOUR,
    ...over,
  };
}

export interface FakeEngine {
  client: Bridge;
  api: { [K in keyof Api]: ReturnType<typeof vi.fn> & Api[K] };
  sources: Source[];
  conversations: Conversation[];
  /** What conversations.list says it leaves out. */
  notListed: NotListed;
  /** What conversations.list gives when asked for what it leaves out. */
  leftOut?: Conversation[];
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
}

export function fakeEngine(init: { sources?: Source[]; conversations?: Conversation[] } = {}): FakeEngine {
  const engine = {
    sources: [...(init.sources ?? [])],
    conversations: [...(init.conversations ?? [])],
    notListed: { muted: 0, elsewhere: 0, repeats: 0, replies: 0 },
  } as FakeEngine;
  let lastSyncedAt = NOW - 10 * 60_000;
  const listeners = new Map<ApiEvent, Set<(p: unknown) => void>>();
  const summary = (c: Conversation) => {
    const { contentHtml: _h, enclosures: _e, commentsUrl: _c, fetchedAt: _f, ...rest } = c;
    return rest;
  };

  // The foundation's methods are faked here; other areas' tests add theirs through `extra`.
  const impl: Partial<Api> = {
    'app.info': async () => ({
      name: 'Earshot',
      version: '0.0.0',
      dataDir: '/tmp/x',
      storeNotice: null,
      conversationCount: engine.conversations.length,
      sourceCount: engine.sources.length,
      lastSyncedAt,
      now: NOW,
    }),
    'sources.list': async () => [...engine.sources],
    'sources.add': async ({ url }) => {
      const source = makeSource({ id: `s${engine.sources.length + 1}`, url, title: new URL(url).host, status: 'new' });
      engine.sources.push(source);
      return source;
    },
    'sources.remove': async ({ id }) => {
      const before = engine.sources.length;
      engine.sources = engine.sources.filter((s) => s.id !== id);
      return { removed: engine.sources.length < before };
    },
    'sources.update': async ({ id, ...fields }) => {
      const source = engine.sources.find((s) => s.id === id) ?? makeSource({ id });
      Object.assign(source, Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)));
      return { ...source };
    },
    'sources.addSamples': async () => {
      const sample = makeSource({ id: 'demo', url: 'file:///demo/forum.xml', title: 'Sample forum', status: 'new' });
      engine.sources.push(sample);
      return [sample];
    },
    'sync.run': async () => {
      lastSyncedAt = NOW;
      if (engine.sources.some((s) => s.id === 'demo') && engine.conversations.length === 0) {
        engine.conversations.push(makeConversation({ id: 'd1', sourceId: 'demo', sourceTitle: 'Sample forum', title: 'Sample thread' }));
      }
      return { startedAt: NOW, finishedAt: NOW, sources: [], added: 1, updated: 0, failed: 0 };
    },
    'sync.status': async () => ({ running: false, done: 0, total: 0, current: null }),
    'conversations.list': async ({ notListed }: { notListed?: boolean } = {}) => ({
      items: notListed ? (engine.leftOut ?? []).map(summary) : engine.conversations.map(summary),
      nextCursor: null,
      total: engine.conversations.length,
      notListed: engine.notListed,
    }),
    'conversations.get': async ({ id }) => engine.conversations.find((c) => c.id === id) ?? null,
    'settings.get': async () => DEFAULT_SETTINGS,
    'settings.set': async (s) => ({ ...DEFAULT_SETTINGS, ...s }),
    // The follow-ups area loads these at start; empty unless a test fakes more (tests/ui/follow-fake.ts).
    'bookmarks.list': async () => [],
    'people.list': async () => [],
    'forwards.list': async () => [],
    'forwards.proposals': async () => [],
    // The listening area: the reading pane asks for a story's other places (tests/ui/listen-fake.ts fakes more).
    'conversations.places': async () => [],
  };
  engine.api = Object.fromEntries(
    API_METHODS.map((m) => [m, vi.fn(impl[m] ?? (async () => Promise.reject(new Error(`${m} is not faked in this test`))))]),
  ) as unknown as FakeEngine['api'];
  engine.client = {
    api: engine.api,
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener as (p: unknown) => void);
      return () => set.delete(listener as (p: unknown) => void);
    },
  };
  engine.emit = (event, payload) => {
    for (const fn of listeners.get(event) ?? []) fn(payload);
  };
  return engine;
}
