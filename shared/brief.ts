// The morning brief as data: what the engine builds, stores as it was shown, and every face renders.
// Plain serializable data; times are epoch milliseconds.
import type { Tone } from './model';

/** Counts by tone. */
export type ToneCounts = Record<Tone, number>;

export interface BriefWindow {
  start: number;
  end: number;
  /** True when the window is longer than a day and a half: "while you were away". */
  away: boolean;
  /** True for the very first brief (no earlier brief to start from). */
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
