// The morning brief as data: what the engine builds, stores as it was shown, and every face renders.
// Plain serializable data; times are epoch milliseconds.
import type { Tone } from './model';
import { count } from './words';

/** Counts by tone. */
export type ToneCounts = Record<Tone, number>;

export interface BriefWindow {
  start: number;
  end: number;
  /** True when the window is longer than a day and a half: "while you were away". */
  away: boolean;
  /** True for the very first brief: no brief was made before it (none read, none listed as earlier). */
  first: boolean;
}

export interface BriefTotals {
  /** Conversations in the window that count (relevant, not duplicates, not muted). */
  all: number;
  byTone: ToneCounts;
  /** What is usual for a window this long (median of the previous 14 days, scaled); null without enough history. */
  usual: { all: number; byTone: ToneCounts } | null;
}

/** A conversation the brief points to. */
export interface BriefItem {
  id: string;
  title: string;
  link: string | null;
  source: string;
  author: string | null;
  publishedAt: number;
  tone: Tone;
}

/** Customer words, always shown as a quote. */
export interface BriefQuote {
  text: string;
  author: string | null;
  link: string | null;
  conversationId: string;
  /**
   * True when the quoted conversation asks the company something: it counts among the questions, and is not
   * repeated under "Questions for you". (Absent in briefs stored before it was kept.)
   */
  asking?: boolean;
}

export interface BriefTheme {
  key: string;
  label: string;
  /** One plain sentence about it. */
  summary: string;
  count: number;
  tone: Tone;
  toneCounts: ToneCounts;
  quote: BriefQuote | null;
  /** The conversations' links (those that have one). */
  links: string[];
  conversationIds: string[];
  /** True when the previous brief had no such theme. */
  isNew: boolean;
}

export interface BriefWorthReading extends BriefItem {
  /** Why it is worth reading, in plain words ("unhappy, 40 replies"). */
  why: string;
  themeKey: string | null;
}

export interface BriefQuestion extends BriefItem {
  /** The sentence that asks. */
  sentence: string;
}

export interface BriefFollowUp {
  forwardId: string;
  conversationId: string;
  title: string;
  link: string | null;
  person: string | null;
  status: string;
  since: number;
  /** Whole days since it was forwarded. */
  days: number;
}

/** One bar of the 30-day chart: the 24 hours ending at the brief's time on `day`, so the last bar is the brief's own day. */
export interface BriefTrendDay extends ToneCounts {
  /** "YYYY-MM-DD" (UTC): the day the 24 hours end on. */
  day: string;
  total: number;
}

export interface BriefSourceProblem {
  sourceId: string;
  title: string;
  message: string;
}

export interface BriefData {
  id: string;
  createdAt: number;
  window: BriefWindow;
  totals: BriefTotals;
  themes: BriefTheme[];
  worthReading: BriefWorthReading[];
  questions: BriefQuestion[];
  followUps: BriefFollowUp[];
  /** 30 days, oldest first. */
  trend: BriefTrendDay[];
  /** One line about the trend, in words. */
  trendCaption: string;
  failedSources: BriefSourceProblem[];
  /**
   * What the company's own channels (sources marked ours) posted in the window, newest first: not counted as what
   * customers say, but set beside it, so an answer already given is seen. Absent in briefs made before it existed.
   */
  fromUs?: BriefItem[];
  /** One line for lists of past briefs. */
  gist: string;
  /** The brief in words (Markdown), as it was shown. */
  markdown: string;
}

/** A stored brief: its data as it was shown, and when it was read. */
export interface Brief extends BriefData {
  readAt: number | null;
}

/** A past brief in a list. */
export interface BriefListItem {
  id: string;
  window: { start: number; end: number };
  createdAt: number;
  readAt: number | null;
  gist: string;
}

export const EMPTY_TONE_COUNTS: ToneCounts = Object.freeze({ pleased: 0, unhappy: 0, asking: 0, neutral: 0 });

/**
 * What the brief calls a source: its title, or for a source whose title is still its address (one never read),
 * the site's name ("forum.example.com"); null when the address names no site a reader would know (a bare
 * number, localhost, or no address at all).
 */
export function sourceName(title: string): string | null {
  const text = title.trim();
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text) && !/^www\./i.test(text)) return text || null;
  let host: string;
  try {
    host = new URL(/^www\./i.test(text) ? `https://${text}` : text).hostname.replace(/^www\./i, '');
  } catch {
    return null;
  }
  if (!host || host === 'localhost' || /^[\d.]+$/.test(host) || host.includes(':') || !host.includes('.')) return null;
  return host;
}

/**
 * Who could not be read, as the start of a sentence: "Old blog", "Old blog and one other source", "Two sources".
 * By name where a source has one, never by its raw address; `name` dresses a name (the brief quotes jargon).
 */
export function failedSourcesSubject(titles: string[], name: (n: string) => string = (n) => n): string | null {
  if (titles.length === 0) return null;
  const names = [...new Set(titles.map(sourceName).filter((n): n is string => !!n))].slice(0, 3).map(name);
  const others = titles.length - names.length;
  if (names.length === 0) {
    const all = count(others, 'source');
    return all.charAt(0).toUpperCase() + all.slice(1);
  }
  const parts = others > 0 ? [...names, count(others, 'other source')] : names;
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/**
 * Under "Questions for you": how many who asked are shown above (quoted under a theme, or worth reading), so the
 * questions add up to the headline's count without a thread shown twice. `more`: some questions are listed here.
 */
export function askedAboveLine(n: number, more: boolean): string | null {
  if (n <= 0) return null;
  const who = more ? count(n, 'more', 'more') : count(n, 'other', 'others');
  return `${who.charAt(0).toUpperCase()}${who.slice(1)} asked something in the threads above.`;
}
