// The screen's own few words about a brief: the window ("Since yesterday morning"), tone totals beside the usual,
// dates. The engine writes the brief's sentences; these only frame them, in the reader's time zone.
import type { BriefData, BriefFollowUp, BriefWindow } from '../../../../shared/brief';
import type { Tone } from '../../../../shared/model';
import { count, numberWords } from '../../../../shared/words';
import { calendarDaysBetween } from '../../lib/time-words';

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function partOfDay(hour: number): 'night' | 'morning' | 'afternoon' | 'evening' {
  if (hour < 5) return 'night';
  if (hour < 12) return 'morning';
  if (hour < 17) return 'afternoon';
  return 'evening';
}

/** The window in words: "Since yesterday morning", "While you were away", "Your first brief". */
export function windowWords(window: BriefWindow): string {
  // The first brief has no earlier one to follow on from: "since yesterday" would suggest there was.
  if (window.first) return 'Your first brief';
  if (window.away) return 'While you were away';
  const start = new Date(window.start);
  const part = partOfDay(start.getHours());
  const days = calendarDaysBetween(window.start, window.end);
  if (days <= 0) return part === 'night' ? 'Since early this morning' : `Since this ${part}`;
  if (days === 1) return part === 'night' ? 'Since last night' : `Since yesterday ${part}`;
  return `Since ${WEEKDAYS[start.getDay()]} ${part === 'night' ? 'night' : part}`;
}

/** "Sunday 22 November". */
export function briefDate(ms: number): string {
  return new Date(ms).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long' });
}

/**
 * The brief's opening paragraph as the engine wrote it (the first paragraph of its Markdown), so the screen and the
 * copied Markdown say the same thing; null when the Markdown has none.
 */
export function openingParagraph(markdown: string): string | null {
  const lines = markdown.split('\n');
  const title = lines.findIndex((l) => l.startsWith('# '));
  for (const line of lines.slice(title + 1)) {
    const text = line.trim();
    if (!text) continue;
    return text.startsWith('#') ? null : text;
  }
  return null;
}

/** A fallback opening when the Markdown has none: "Three posts came in." */
export function totalsSentence(totals: BriefData['totals']): string {
  if (totals.all === 0) return 'It has been quiet: no new posts came in.';
  return `${capitalize(count(totals.all, 'post'))} came in.`;
}

// The order the brief's opening sentence uses: unhappy first, then pleased, asking, neutral.
export const TONE_ORDER: readonly Tone[] = ['unhappy', 'pleased', 'asking', 'neutral'];

/** How each tone is said in a sentence about a number of posts. */
export const TONE_WORDS: Record<Tone, string> = {
  unhappy: 'unhappy',
  asking: 'asked something',
  pleased: 'pleased',
  neutral: 'neutral',
};

/** "two unhappy, usually four" — one tone's total beside the usual, in words. */
export function toneTotalWords(tone: Tone, n: number, usual: number | null): string {
  const now = `${numberWords(n)} ${TONE_WORDS[tone]}`;
  if (usual === null) return now;
  if (usual === n) return `${now}, as usual`;
  return `${now}, usually ${usual === 0 ? 'none' : numberWords(usual)}`;
}

export function capitalize(text: string): string {
  return text ? text[0]!.toUpperCase() + text.slice(1) : text;
}

/** One follow-up's state in words. */
export function followUpWords(f: BriefFollowUp): string {
  const who = f.person ?? 'someone';
  if (f.status === 'answered') return `${capitalize(who)} answered; the customer has not heard back yet.`;
  if (f.days === 0) return `Sent to ${who} today, still open.`;
  return `Sent to ${who} ${count(f.days, 'day')} ago, still open.`;
}
