// Which stretch of time a brief covers, and when a new brief is due. Pure: the clock is passed in.
import type { BriefWindow } from '../../../shared/brief';

export const HOUR = 3_600_000;
export const DAY = 24 * HOUR;
export const MIN_WINDOW = 12 * HOUR;
export const MAX_WINDOW = 7 * DAY;
/** Longer than this, the brief says "while you were away". */
export const AWAY_AFTER = 36 * HOUR;
export const FIRST_WINDOW = DAY;

/**
 * The window ends now and starts where the last brief that was read ended, so nothing read is repeated and
 * nothing unread is skipped; at least 12 hours (a brief is about a morning, not an hour), at most 7 days
 * (a return from a long trip gets the last week, not a flood). The first brief covers the last 24 hours.
 */
export function briefWindow(now: number, lastReadEnd: number | null): BriefWindow {
  const first = lastReadEnd === null;
  let start = first ? now - FIRST_WINDOW : lastReadEnd;
  start = Math.max(now - MAX_WINDOW, Math.min(now - MIN_WINDOW, start));
  return { start, end: now, away: now - start > AWAY_AFTER, first };
}

/** Parses "HH:MM"; falls back to 07:30 when the setting is unreadable. */
function minutesOf(briefTime: string): number {
  const m = /^(\d{1,2}):(\d{2})$/.exec(briefTime);
  if (!m) return 7 * 60 + 30;
  return Math.min(23, Number(m[1])) * 60 + Math.min(59, Number(m[2]));
}

/**
 * The latest moment at or before `now` when the clock showed the brief time, in the reader's zone
 * (`offsetMinutes` as Date#getTimezoneOffset()).
 */
export function lastBriefMoment(now: number, briefTime: string, offsetMinutes: number): number {
  const local = now - offsetMinutes * 60_000;
  const dayStart = local - (((local % DAY) + DAY) % DAY);
  let moment = dayStart + minutesOf(briefTime) * 60_000;
  if (moment > local) moment -= DAY;
  return moment + offsetMinutes * 60_000;
}

/**
 * A new brief is due when there is none, or when the latest was made before the last brief time and at least
 * 12 hours ago (opening the app in the evening does not make a second brief for the same day).
 */
export function briefDue(now: number, latestCreatedAt: number | null, briefTime: string, offsetMinutes: number): boolean {
  if (latestCreatedAt === null) return true;
  return latestCreatedAt < lastBriefMoment(now, briefTime, offsetMinutes) && now - latestCreatedAt >= MIN_WINDOW;
}

/** "YYYY-MM-DD" of a time, in UTC (daily totals and the trend use UTC days so they replay identically). */
export function dayKey(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

export function dayStart(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}
