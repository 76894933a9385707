// Times in plain words ("2 hours ago", "Yesterday"), computed against an explicit `now` so they are testable.
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

const startOfDay = (ms: number): number => {
  const d = new Date(ms);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
};

/** Whole calendar days between two times (0 = same day, 1 = yesterday). */
export function calendarDaysBetween(then: number, now: number): number {
  return Math.round((startOfDay(now) - startOfDay(then)) / (24 * HOUR));
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "12 March" this year, "12 March 2024" otherwise. */
export function dayWords(ms: number, now: number): string {
  const d = new Date(ms);
  const sameYear = d.getFullYear() === new Date(now).getFullYear();
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', ...(sameYear ? {} : { year: 'numeric' }) });
}

/** "Just now", "5 minutes ago", "2 hours ago", "Yesterday", "3 days ago", "12 March". */
export function relativeTime(ms: number, now: number): string {
  const diff = now - ms;
  if (diff < MINUTE) return 'Just now'; // also covers small clock differences into the future
  if (diff < HOUR) return `${plural(Math.floor(diff / MINUTE), 'minute')} ago`;
  const days = calendarDaysBetween(ms, now);
  if (days <= 0 || diff < 6 * HOUR) return `${plural(Math.floor(diff / HOUR), 'hour')} ago`;
  if (days === 1) return 'Yesterday';
  if (days < 7) return `${days} days ago`;
  return dayWords(ms, now);
}

/** For "since …": "since 9:40", "since yesterday", "since Tuesday", "since 3 March". */
export function sinceWords(ms: number, now: number): string {
  const days = calendarDaysBetween(ms, now);
  const d = new Date(ms);
  if (days <= 0) return d.toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit' });
  if (days === 1) return 'yesterday';
  if (days < 7) return d.toLocaleDateString('en-GB', { weekday: 'long' });
  return dayWords(ms, now);
}

/** "Last synced 10 minutes ago", or a calm line when it never has. */
export function lastSyncedWords(lastSyncedAt: number | null, now: number): string {
  if (lastSyncedAt === null) return 'Not synced yet';
  const words = relativeTime(lastSyncedAt, now);
  // "Yesterday" and "Just now" read as sentence starts; lower-case them mid-sentence, keep dates as they are.
  const mid = /^(Just now|Yesterday)$/.test(words) ? words.toLowerCase() : words;
  return /^\d+ [A-Z]/.test(words) ? `Last synced on ${words}` : `Last synced ${mid}`;
}

/** A full date for the reading pane: "Tuesday 3 March 2026, 09:40". */
export function fullDate(ms: number): string {
  const d = new Date(ms);
  const date = d.toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
  const time = d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return `${date.replace(',', '')}, ${time}`;
}
