// The brief's own sentences, written from its data: short, plain, varied from day to day, small numbers in
// words. Customer words never appear here unmarked; see render.ts for where quotes go.
import { failedSourcesSubject, type BriefData, type BriefTheme, type BriefTotals, type BriefTrendDay, type BriefWindow } from '../../../shared/brief';
import type { Tone } from '../../../shared/model';
import { count, numberWords } from '../../../shared/words';
import { capitalize, listWords, variant } from './markdown';
import { DAY, FIRST_WINDOW, HOUR } from './window';

/** Words a calm brief never uses; a name that contains one is shown in quotation marks, as the source's own. */
const JARGON = new Set([
  'sentiment', 'sentiments', 'engagement', 'engagements', 'impressions', 'sov', 'kpi', 'kpis', 'reach', 'viral',
  'virality', 'omnichannel', 'synergy', 'synergies', 'leverage', 'actionable', 'insight', 'insights', 'analytics',
  'metric', 'metrics', 'stakeholder', 'stakeholders', 'rss', 'feed', 'feeds', 'nps', 'ctr', 'influencer',
  'influencers', 'polarity', 'cluster', 'clusters', 'algorithm', 'nlp', 'api', 'json', 'url', 'urls', 'dashboard',
  'funnel', 'touchpoint', 'touchpoints',
]);

export function hasJargon(text: string): boolean {
  return (text.toLowerCase().match(/[a-z]+/g) ?? []).some((w) => JARGON.has(w)) || /share of voice|deep dive/i.test(text);
}

/** A name (theme label, source title) as the brief may say it. */
export function plainName(name: string): string {
  const clean = name.replace(/[“”"]/g, "'").replace(/\s+/g, ' ').trim();
  return hasJargon(clean) ? `“${clean}”` : clean;
}

/** A count at the start of a sentence: "Twelve posts", "140 posts". */
export function Count(n: number, singular: string, plural?: string): string {
  return capitalize(count(n, singular, plural));
}

const TONE_MOOD: Record<Tone, string> = {
  unhappy: 'most of them unhappy',
  pleased: 'most of them pleased',
  asking: 'most of them asking something',
  neutral: 'most of them neutral',
};

/** "about as many as usual", "far more than usual". */
export function compareWithUsual(n: number, usual: number): string {
  if (usual <= 0) return n === 0 ? 'as usual' : 'more than usual';
  const ratio = n / usual;
  if (ratio >= 2) return 'far more than usual';
  if (ratio >= 1.25) return 'more than usual';
  if (ratio > 0.8) return 'about as many as usual';
  if (ratio > 0.5) return 'fewer than usual';
  return 'far fewer than usual';
}

export function themeSummary(theme: Pick<BriefTheme, 'label' | 'count' | 'tone' | 'toneCounts' | 'isNew' | 'key'>, index: number, seed: string): string {
  const label = plainName(theme.label);
  const share = theme.count ? theme.toneCounts[theme.tone] / theme.count : 0;
  let mood = share >= 0.6 ? TONE_MOOD[theme.tone] : 'with mixed feelings';
  if (share === 1 && theme.count <= 2) mood = mood.replace('most of them', theme.count === 2 ? 'both' : 'and it was');
  const n = theme.count;
  const first = variant(`${seed}/${theme.key}/${index}`, [
    () => `${Count(n, 'post')} ${n === 1 ? 'was' : 'were'} about ${label}, ${mood}.`,
    () => `${capitalize(label)} came up ${n === 1 ? 'once' : n === 2 ? 'twice' : `${numberWords(n)} times`}, ${mood}.`,
    () => `${Count(n, 'post')} talked about ${label}, ${mood}.`,
  ])();
  return theme.isNew ? `${first} ${variant(`${seed}/${theme.key}/new`, ['This is new since your last brief.', 'It did not come up last time.'])}` : first;
}

function windowOpening(window: BriefWindow, seed: string): string {
  if (window.away) {
    const days = Math.round((window.end - window.start) / DAY);
    return `While you were away, over the last ${count(days, 'day')},`;
  }
  // The first brief covers the last day, and so does one after briefs that were never read (its window starts a
  // day back, not at one of them): "since your last brief" would not be true.
  if (window.first || window.end - window.start === FIRST_WINDOW) return variant(seed, ['Over the last day,', 'In the last day,']);
  const hours = Math.round((window.end - window.start) / HOUR);
  return hours > 30 ? 'Since your last brief,' : variant(seed, ['Since your last brief,', 'Since you last read a brief,']);
}

/**
 * The opening paragraph: how many, compared with the usual, and how they felt. `questionsShown` is how many of the
 * conversations that asked something the brief lists (worth reading or questions); when it is fewer, it says so.
 */
export function totalsLines(totals: BriefTotals, window: BriefWindow, seed: string, questionsShown = totals.byTone.asking): string[] {
  const opening = windowOpening(window, seed);
  if (totals.all === 0) return [`${opening} it has been quiet: no new posts came in.`];
  const usual = totals.usual;
  const lines: string[] = [];
  const came = `${opening} ${count(totals.all, 'post')} came in`;
  lines.push(usual ? `${came}. That is ${compareWithUsual(totals.all, usual.all)}.` : `${came}.`);
  const t = totals.byTone;
  if (t.unhappy > 0) {
    const cmp = usual ? `, ${compareWithUsual(t.unhappy, usual.byTone.unhappy).replace('as many as', 'the')}` : '';
    lines.push(`${Count(t.unhappy, 'post')} ${t.unhappy === 1 ? 'was' : 'were'} unhappy${cmp}.`);
  } else lines.push(variant(`${seed}/calm`, ['No one was unhappy.', 'Nobody sounded unhappy.']));
  const others: string[] = [];
  if (t.pleased) others.push(`${numberWords(t.pleased)} ${t.pleased === 1 ? 'was' : 'were'} pleased`);
  if (t.asking) others.push(`${numberWords(t.asking)} asked something`);
  if (others.length) lines.push(`${capitalize(listWords(others))}.`);
  const shown = Math.min(questionsShown, t.asking);
  if (shown < t.asking) {
    lines.push(shown === 0
      ? `${t.asking === 1 ? 'That question is' : 'Their questions are'} in Conversations.`
      : `${capitalize(numberWords(shown))} of their questions ${shown === 1 ? 'is' : 'are'} below; the rest are in Conversations.`);
  }
  if (t.neutral) lines.push(t.neutral === totals.all ? 'All of them were neutral.' : 'The rest were neutral.');
  return [lines.join(' ')];
}

function sum(days: BriefTrendDay[], pick: (d: BriefTrendDay) => number): number {
  return days.reduce((s, d) => s + pick(d), 0);
}

function direction(recent: number, before: number): 'up' | 'down' | 'same' {
  if (before <= 0) return recent > 0 ? 'up' : 'same';
  const ratio = recent / before;
  return ratio >= 1.25 ? 'up' : ratio <= 0.8 ? 'down' : 'same';
}

/** One line about the last 30 days: was this week busier, and were more people unhappy? */
export function trendCaption(trend: BriefTrendDay[]): string {
  const recent = trend.slice(-7);
  const before = trend.slice(0, -7);
  const daysBefore = before.filter((d) => d.total > 0).length;
  if (sum(trend, (d) => d.total) === 0) return 'Nothing came in over the last month.';
  if (daysBefore < 3) return 'There is not enough history yet to say how this week compares.';
  const perWeek = (days: BriefTrendDay[], pick: (d: BriefTrendDay) => number) => (sum(days, pick) / Math.max(1, days.length)) * 7;
  const volume = direction(sum(recent, (d) => d.total), perWeek(before, (d) => d.total));
  const unhappy = direction(sum(recent, (d) => d.unhappy), perWeek(before, (d) => d.unhappy));
  const busy = { up: 'This week was busier than the weeks before', down: 'This week was quieter than the weeks before', same: 'This week was about as busy as the weeks before' }[volume];
  const sad = { up: 'more people were unhappy', down: 'fewer people were unhappy', same: 'as many people were unhappy as before' }[unhappy];
  return `${busy}, and ${sad}.`;
}

/** One line for the list of past briefs. */
export function gistOf(data: Pick<BriefData, 'totals' | 'themes'>): string {
  const { all, byTone } = data.totals;
  if (all === 0) return 'A quiet day: nothing new came in.';
  const top = data.themes[0] ? `; most about ${plainName(data.themes[0].label)}` : '';
  return `${Count(all, 'post')}${top}; ${numberWords(byTone.unhappy)} unhappy.`;
}

export function followUpLine(person: string | null, days: number, status: string): string {
  const who = person ? plainName(person) : 'someone';
  if (status === 'answered') return `${capitalize(who)} answered, but the customer has not heard back yet.`;
  return `You sent it to ${who} ${count(days, 'day')} ago, and it is still open.`;
}

/** One quiet line about sources that could not be read, and where to look. `titles` are their stored titles. */
export function failedSourcesLine(titles: string[]): string | null {
  const who = failedSourcesSubject(titles, plainName);
  return who ? `${who} couldn't be read lately — see Sources.` : null;
}

export const CLOSING = "That's everything for today.";
