// The listening area's methods on the fake engine: watch words and mutes kept in memory, set-up proposals from a
// company name, previews a test resolves one by one.
import type { Muted, SetupPreview, WatchWord } from '../../shared/api-listen';
import type { FakeEngine } from './fake-api';
import { NOW } from './fake-api';

export interface ListenFake {
  words: WatchWord[];
  muted: Muted;
  /** Resolves the preview of `url`; until then it stays "Checking…". */
  answer(url: string, preview: Omit<SetupPreview, 'url'>): void;
}

export const NEWS = 'https://news.google.com/rss/search?q=%22Kestrel%22';
export const REDDIT = 'https://www.reddit.com/search.rss?q=%22Kestrel+One%22';
export const HN = 'https://hnrss.org/newest?q=Kestrel';

export function fakeListen(engine: FakeEngine, init: { words?: WatchWord[] } = {}): ListenFake {
  const waiting = new Map<string, (p: SetupPreview) => void>();
  const early = new Map<string, SetupPreview>();
  const fake: ListenFake = {
    words: [...(init.words ?? [])],
    muted: { words: [], sourceIds: [] },
    answer(url, preview) {
      const full = { url, ...preview };
      const resolve = waiting.get(url);
      if (resolve) resolve(full);
      else early.set(url, full);
    },
  };
  const slug = (w: string) => `w-${w.toLowerCase().replace(/\W+/g, '-')}`;
  engine.api['watch.list'].mockImplementation(async () => [...fake.words]);
  engine.api['watch.add'].mockImplementation(async ({ word, kind, aliases, exclusions }) => {
    const w: WatchWord = { id: slug(word), word, kind: kind ?? 'topic', aliases: aliases ?? [], exclusions: exclusions ?? [], addedAt: NOW };
    fake.words = [...fake.words.filter((x) => x.id !== w.id), w];
    return w;
  });
  engine.api['watch.update'].mockImplementation(async ({ id, ...rest }) => {
    const old = fake.words.find((w) => w.id === id)!;
    const w = { ...old, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) } as WatchWord;
    fake.words = fake.words.map((x) => (x.id === id ? w : x));
    return w;
  });
  engine.api['watch.remove'].mockImplementation(async ({ id }) => {
    const before = fake.words.length;
    fake.words = fake.words.filter((w) => w.id !== id);
    return { removed: fake.words.length < before };
  });
  engine.api['listen.muted'].mockImplementation(async () => fake.muted);
  engine.api['listen.mute'].mockImplementation(async ({ word, sourceId }) => {
    fake.muted = {
      words: word ? [...fake.muted.words, word] : fake.muted.words,
      sourceIds: sourceId ? [...fake.muted.sourceIds, sourceId] : fake.muted.sourceIds,
    };
    return fake.muted;
  });
  engine.api['listen.unmute'].mockImplementation(async ({ word, sourceId }) => {
    fake.muted = {
      words: fake.muted.words.filter((w) => w !== word),
      sourceIds: fake.muted.sourceIds.filter((s) => s !== sourceId),
    };
    return fake.muted;
  });
  engine.api['listen.widelyRead'].mockImplementation(async (args) => args);
  engine.api['setup.propose'].mockImplementation(async ({ company }) => ({
    sources: [
      { url: NEWS, title: `News about ${company}`, kind: 'search', template: 'google-news', note: null },
      { url: REDDIT, title: 'Reddit posts mentioning Kestrel One', kind: 'search', template: 'reddit', note: null },
      { url: HN, title: `Hacker News posts about ${company}`, kind: 'search', template: 'hn-posts', note: null },
    ],
    watchWords: [
      { word: company, kind: 'company', aliases: ['@kestrel'] },
      { word: 'Kestrel One', kind: 'product', aliases: [] },
    ],
  }));
  engine.api['setup.preview'].mockImplementation(
    ({ url }) =>
      new Promise<SetupPreview>((resolve) => {
        const ready = early.get(url);
        if (ready) resolve(ready);
        else waiting.set(url, resolve);
      }),
  );
  engine.api['setup.apply'].mockImplementation(async ({ sources }) => ({ sources: sources.length, watchWords: 2 }));
  return fake;
}
