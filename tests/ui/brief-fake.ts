// The brief area's methods on the fake engine: a fixture brief, past briefs kept as they were, read marks.
import type { Brief, BriefTrendDay } from '../../shared/brief';
import type { FakeEngine } from './fake-api';
import { NOW } from './fake-api';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function trend(): BriefTrendDay[] {
  return Array.from({ length: 30 }, (_, i) => {
    const day = new Date(NOW - (29 - i) * DAY).toISOString().slice(0, 10);
    const unhappy = i % 3;
    const pleased = 2 + (i % 2);
    const asking = i % 4 === 0 ? 1 : 0;
    return { day, unhappy, pleased, asking, neutral: 1, total: unhappy + pleased + asking + 1 };
  });
}

export function makeBrief(over: Partial<Brief> = {}): Brief {
  return {
    id: 'b-today',
    // Local 7:00 on the fixed day, window from yesterday at 7:00.
    createdAt: NOW - 5 * HOUR,
    window: { start: NOW - 29 * HOUR, end: NOW - 5 * HOUR, away: false, first: false },
    totals: {
      all: 9,
      byTone: { unhappy: 4, pleased: 3, asking: 2, neutral: 0 },
      usual: { all: 8, byTone: { unhappy: 2, pleased: 3, asking: 2, neutral: 1 } },
    },
    themes: [
      {
        key: 'battery',
        label: 'battery life',
        summary: 'Five posts were about battery life, most of them unhappy.',
        count: 5,
        tone: 'unhappy',
        toneCounts: { unhappy: 4, pleased: 1, asking: 0, neutral: 0 },
        quote: { text: 'It dies after 20 km in the cold.', author: 'Dana', link: 'https://example.com/a', conversationId: 'c1' },
        links: ['https://example.com/a'],
        // c1 is the quote and c2 is worth reading: the theme's list shows the others.
        conversationIds: ['c1', 'c2', 'c9', 'c10', 'c11'],
        isNew: false,
      },
      {
        key: 'app',
        label: 'the app',
        summary: 'The app came up twice, both pleased.',
        count: 2,
        tone: 'pleased',
        toneCounts: { unhappy: 0, pleased: 2, asking: 0, neutral: 0 },
        quote: { text: 'Ride history is back.', author: 'Jeroen', link: null, conversationId: 'c3' },
        links: [],
        conversationIds: ['c3'],
        isNew: true,
      },
    ],
    worthReading: [
      { id: 'c2', title: 'The battery lasts half a day', link: 'https://example.com/b', source: 'Example blog', author: 'Dana', publishedAt: NOW - 8 * HOUR, tone: 'unhappy', why: 'unhappy, 40 replies', themeKey: 'battery' },
      { id: 'c6', title: 'Finally works again', link: null, source: 'App Store reviews', author: 'Jeroen', publishedAt: NOW - 9 * HOUR, tone: 'pleased', why: 'good news', themeKey: 'app' },
    ],
    questions: [
      { id: 'c4', title: 'Will the charger work in Canada?', link: null, source: 'Forum', author: 'Kim', publishedAt: NOW - 7 * HOUR, tone: 'asking', sentence: 'Does the charger work with 110 V?' },
    ],
    followUps: [
      { forwardId: 'f1', conversationId: 'c5', title: 'Frame creaks after a month', link: null, person: 'Maya', status: 'sent', since: NOW - 3 * DAY, days: 3 },
    ],
    trend: trend(),
    trendCaption: 'This week was busier than the weeks before, and more people were unhappy.',
    failedSources: [{ sourceId: 's9', title: 'Old forum', message: "Couldn't be reached" }],
    gist: 'Nine posts; most about battery life; four unhappy.',
    markdown: '# Your brief for Wednesday 4 March\n\nSince your last brief, nine posts came in. That is about as many as usual.\n\n## Worth reading\n\nThat\'s everything for today.\n',
    readAt: null,
    ...over,
  };
}

export const PAST = makeBrief({
  id: 'b-past',
  createdAt: NOW - 2 * DAY - 5 * HOUR,
  window: { start: NOW - 3 * DAY, end: NOW - 2 * DAY - 5 * HOUR, away: false, first: false },
  themes: [],
  worthReading: [],
  questions: [],
  followUps: [],
  failedSources: [],
  totals: { all: 1, byTone: { unhappy: 0, pleased: 1, asking: 0, neutral: 0 }, usual: null },
  trendCaption: 'There is not enough history yet to say how this week compares.',
  gist: 'One post; no unhappy.',
  markdown: '# Your brief for Monday 2 March\n\nSince your last brief, one post came in: a pleased one about the saddle.\n',
  readAt: NOW - 2 * DAY,
});

export interface BriefData {
  today: Brief;
  past: Brief[];
}

export function withBrief(engine: FakeEngine, init: { today?: Brief; past?: Brief[] } = {}): BriefData {
  const data: BriefData = { today: init.today ?? makeBrief(), past: init.past ?? [PAST] };
  const all = () => [data.today, ...data.past];
  const api = engine.api;
  api['brief.today'].mockImplementation(async () => data.today);
  api['brief.ensureToday'].mockImplementation(async () => ({ brief: data.today, isNew: false }));
  api['brief.list'].mockImplementation(async () =>
    all().map((b) => ({ id: b.id, window: { start: b.window.start, end: b.window.end }, createdAt: b.createdAt, readAt: b.readAt, gist: b.gist })),
  );
  api['brief.get'].mockImplementation(async ({ id }: { id: string }) => all().find((b) => b.id === id) ?? null);
  api['brief.markRead'].mockImplementation(async ({ id }: { id: string }) => {
    if (data.today.id === id) data.today = { ...data.today, readAt: NOW };
    return all().find((b) => b.id === id)!;
  });
  api['brief.markdown'].mockImplementation(async ({ id }: { id: string }) => ({ markdown: all().find((b) => b.id === id)!.markdown }));
  return data;
}
