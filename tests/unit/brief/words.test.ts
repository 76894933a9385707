import { describe, expect, it } from 'vitest';
import type { BriefData, BriefTheme, BriefWorthReading } from '../../../shared/brief';
import { renderMarkdown } from '../../../electron/core/brief/render';
import { wordCount } from '../../../electron/core/brief/markdown';
import { compareWithUsual, failedSourcesLine, themeSummary, trendCaption } from '../../../electron/core/brief/words';

// The scorer's list (../shared/tools/score-brief.py): none of these may be the brief's own words.
const JARGON = ['sentiment', 'engagement', 'impressions', 'kpi', 'reach', 'viral', 'insight', 'insights', 'analytics',
  'metric', 'metrics', 'stakeholder', 'rss', 'feed', 'feeds', 'nps', 'influencer', 'polarity', 'cluster', 'clusters',
  'algorithm', 'api', 'json', 'url', 'dashboard', 'funnel', 'touchpoint', 'leverage', 'actionable', 'synergy'];

const END = Date.parse('2026-11-22T08:00:00Z');

/** The brief's own words: what is left once quotes, quoted text and links are taken out (as the scorer does). */
function ownWords(md: string): string {
  return md
    .split('\n')
    .filter((l) => !l.trimStart().startsWith('>'))
    .join('\n')
    .replace(/!?\[[^\]]*\]\([^)]*\)/g, ' ')
    .replace(/https?:\/\/\S+/g, ' ')
    .replace(/[“"][^”"\n]{0,400}[”"]/g, ' ')
    .toLowerCase();
}

function theme(i: number, extra: Partial<BriefTheme> = {}): BriefTheme {
  return {
    key: `t${i}`, label: `battery range ${i}`, summary: '', count: 12, tone: 'unhappy',
    toneCounts: { unhappy: 9, pleased: 1, asking: 1, neutral: 1 },
    quote: { text: `The battery died after 20 km, the sentiment here is grim ${i}`, author: '@ann', link: `https://x.example/${i}`, conversationId: `c${i}` },
    links: [`https://x.example/${i}`], conversationIds: [`c${i}`], isNew: false, ...extra,
  };
}

function worth(i: number, title = `A long thread about the brakes squeaking in the rain number ${i}`): BriefWorthReading {
  return { id: `w${i}`, title, link: `https://x.example/w${i}`, source: 'Kestrel forum', author: null, publishedAt: END - 1000, tone: 'unhappy', why: 'unhappy, 40 replies', themeKey: null };
}

function data(extra: Partial<BriefData> = {}): Omit<BriefData, 'markdown'> {
  const themes = [theme(1), theme(2, { label: 'the RSS feed', tone: 'asking' })];
  themes.forEach((t, i) => (t.summary = themeSummary(t, i, 'seed')));
  return {
    id: 'b1', createdAt: END,
    window: { start: END - 24 * 3_600_000, end: END, away: false, first: true },
    totals: { all: 40, byTone: { unhappy: 9, pleased: 5, asking: 3, neutral: 23 }, usual: { all: 20, byTone: { unhappy: 4, pleased: 5, asking: 3, neutral: 8 } } },
    themes,
    worthReading: [worth(1), worth(2)],
    questions: [{ id: 'q1', title: 'Range?', link: 'https://x.example/q1', source: 'Reddit', author: '@bo', publishedAt: END, tone: 'asking', sentence: 'When will "the" new battery ship?' }],
    followUps: [{ forwardId: 'f1', conversationId: 'c1', title: 'Brakes', link: 'https://x.example/c1', person: 'Sam', status: 'open', since: END - 5 * 86_400_000, days: 5 }],
    trend: [], trendCaption: 'This week was busier than the weeks before, and more people were unhappy.',
    failedSources: [{ sourceId: 's9', title: 'Old blog feed', message: 'gone' }],
    gist: '', ...extra,
  };
}

describe('the brief in words', () => {
  it('ends with the closing line', () => {
    expect(renderMarkdown(data()).trimEnd().endsWith("That's everything for today.")).toBe(true);
  });

  it('uses no jargon in its own words, even when a name has some', () => {
    const own = ownWords(renderMarkdown(data()));
    const words = new Set(own.match(/[a-z]+/g));
    expect(JARGON.filter((j) => words.has(j))).toEqual([]);
  });

  it('marks customer words as quotes', () => {
    const md = renderMarkdown(data());
    const quoteLines = md.split('\n').filter((l) => l.includes('The battery died after 20 km'));
    expect(quoteLines.length).toBeGreaterThan(0);
    for (const l of quoteLines) expect(l.trimStart()).toMatch(/^> “.*”/);
    const asked = md.split('\n').filter((l) => l.includes('new battery ship'));
    expect(asked).toHaveLength(1);
    expect(asked[0]!.trimStart()).toMatch(/^> “When will 'the' new battery ship\?”/);
  });

  it('writes small numbers in words', () => {
    const md = renderMarkdown(data());
    expect(md).toMatch(/Nine posts were unhappy, far more than usual/);
    expect(md).toMatch(/five were pleased and three asked something/i);
    expect(md).toContain('five days ago');
    expect(md).toContain('40 posts came in');
    expect(md).not.toMatch(/\b[0-9]\b (posts|days|were)/);
  });

  it('says "while you were away" for a long absence', () => {
    const md = renderMarkdown(data({ window: { start: END - 4 * 86_400_000, end: END, away: true, first: false } }));
    expect(md).toContain('While you were away, over the last four days');
  });

  it('stays under 700 words however busy the day', () => {
    const long = 'word '.repeat(80);
    const busy = data({
      themes: [1, 2, 3, 4, 5].map((i) => theme(i, { quote: { text: long, author: null, link: null, conversationId: 'x' }, summary: 'Twelve posts were about it.' })),
      worthReading: [1, 2, 3, 4, 5, 6, 7].map((i) => worth(i, long)),
      questions: [1, 2, 3, 4, 5].map((i) => ({ id: `q${i}`, title: long, link: null, source: 'Reddit', author: null, publishedAt: END, tone: 'asking' as const, sentence: long })),
      followUps: [1, 2, 3, 4, 5].map((i) => ({ forwardId: `f${i}`, conversationId: `c${i}`, title: long, link: null, person: 'Sam', status: 'open', since: END, days: 4 })),
    });
    expect(wordCount(renderMarkdown(busy))).toBeLessThanOrEqual(700);
  });

  it('compares with the usual in plain words', () => {
    expect(compareWithUsual(40, 20)).toBe('far more than usual');
    expect(compareWithUsual(21, 20)).toBe('about as many as usual');
    expect(compareWithUsual(5, 20)).toBe('far fewer than usual');
  });

  it('captions the trend, and says so when there is too little history', () => {
    const day = (total: number, unhappy: number) => ({ day: 'd', total, unhappy, pleased: 0, asking: 0, neutral: total - unhappy });
    expect(trendCaption([day(0, 0), day(3, 1)])).toMatch(/not enough history/);
    const rising = [...Array.from({ length: 23 }, () => day(10, 1)), ...Array.from({ length: 7 }, () => day(30, 10))];
    expect(trendCaption(rising)).toBe('This week was busier than the weeks before, and more people were unhappy.');
    const steady = Array.from({ length: 30 }, () => day(10, 2));
    expect(trendCaption(steady)).toBe('This week was about as busy as the weeks before, and as many people were unhappy as before.');
  });

  it('names sources that could not be read by their titles or site names, never by a raw address', () => {
    expect(failedSourcesLine([])).toBeNull();
    expect(failedSourcesLine(['http://127.0.0.1:1/feed.xml', 'https://notaurl/'])).toBe("Two sources couldn't be read lately — see Sources.");
    expect(failedSourcesLine(['Old blog'])).toBe("Old blog couldn't be read lately — see Sources.");
    expect(failedSourcesLine(['Old blog', 'https://www.forum.example.com/rss', 'http://localhost:8080/x'])).toBe(
      "Old blog, forum.example.com and one other source couldn't be read lately — see Sources.",
    );
    const md = renderMarkdown(data({ failedSources: [{ sourceId: 's1', title: 'http://127.0.0.1:1/feed.xml', message: 'unreachable' }] }));
    expect(md).toContain("_One source couldn't be read lately — see Sources._");
    expect(md).not.toContain('127.0.0.1');
  });

  it('counts under the questions those who asked in a thread shown above, so they add up to the headline', () => {
    const asking = { ...worth(3, 'Will the lock get a fix?'), tone: 'asking' as const, why: 'a question for you' };
    const themes = [theme(1, { quote: { ...theme(1).quote!, asking: true } }), theme(2)];
    const md = renderMarkdown(data({ themes, worthReading: [worth(1), asking] }));
    // Three asked: one quoted under a theme, one worth reading, one among the questions.
    expect(md).toContain('three asked something.');
    expect(md).not.toContain('the rest are in Conversations');
    expect(md).toContain('Two more asked something in the threads above.');
    // Without a quote that asks, one fewer is above, and the headline says the rest are elsewhere.
    const plain = renderMarkdown(data({ worthReading: [worth(1), asking] }));
    expect(plain).toContain('One more asked something in the threads above.');
    expect(plain).toContain('Two of their questions are below; the rest are in Conversations.');
  });
});
