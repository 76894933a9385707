// Dates typed on the command line (--now, --remind), read strictly: an ISO date or date and time that exists on
// the calendar. Date.parse is too forgiving for this: it takes "0" as 2001, "-1" as a day in 2000 and 30 February as
// 1 March, so a mistyped date would quietly become another one.
import { UsageError } from './usage-error';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD, optionally THH:MM[:SS[.sss]] and a zone (Z or ±HH:MM). */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:?\d{2})?)?$/i;

export interface TypedDate {
  year: number;
  /** 1 to 12. */
  month: number;
  day: number;
  /** Absent for a date without a time. */
  time?: { hour: number; minute: number; second: number; ms: number };
  /** Minutes east of UTC; undefined: the computer's own time zone. */
  zone?: number;
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * The parts of an ISO date or date and time, or a UsageError in plain words naming `option` when `text` isn't one,
 * or names a day or time that doesn't exist.
 */
export function typedDate(text: string, option: string, shouldBe: string): TypedDate {
  const m = ISO.exec(text.trim());
  if (!m) throw new UsageError(`${option} should be ${shouldBe}, not “${text}”.`);
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Before 1970 nothing Earshot keeps has a date; the years after 9999 don't fit the form.
  if (year < 1970) throw new UsageError(`${option}: ${year} is too long ago; give a date from 1970 on.`);
  if (month < 1 || month > 12) throw new UsageError(`${option}: there is no month ${m[2]}; months go from 01 to 12.`);
  const last = daysIn(year, month);
  if (day < 1 || day > last) {
    throw new UsageError(`${option}: there is no ${day} ${MONTHS[month - 1]} ${year}; that month has ${last} days.`);
  }
  const out: TypedDate = { year, month, day };
  if (m[4] !== undefined) {
    const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
    if (hour > 23 || minute > 59 || second > 59) throw new UsageError(`${option}: ${m[4]}:${m[5]}${m[6] ? `:${m[6]}` : ''} isn't a time of day.`);
    out.time = { hour, minute, second, ms: Number((m[7] ?? '0').padEnd(3, '0')) };
  }
  if (m[8] !== undefined) {
    const zone = m[8].toUpperCase();
    if (zone !== 'Z') {
      const [h, mm] = [Number(zone.slice(1, 3)), Number(zone.slice(-2))];
      if (h > 14 || mm > 59) throw new UsageError(`${option}: ${m[8]} isn't a time zone.`);
      out.zone = (zone.startsWith('-') ? -1 : 1) * (h * 60 + mm);
    } else out.zone = 0;
  }
  return out;
}

/**
 * The moment a typed date names. A time without a zone is the computer's own time, as in ISO; `dateOnly` says what
 * a date without a time means. A local time that the clocks skip (the hour lost in spring) is refused.
 */
export function momentOf(d: TypedDate, option: string, dateOnly: { utc: boolean; hour: number }): number {
  const t = d.time ?? { hour: dateOnly.hour, minute: 0, second: 0, ms: 0 };
  const utc = d.zone !== undefined || (d.time === undefined && dateOnly.utc);
  if (utc) {
    const at = new Date(0);
    at.setUTCFullYear(d.year, d.month - 1, d.day);
    at.setUTCHours(t.hour, t.minute, t.second, t.ms);
    return at.getTime() - (d.zone ?? 0) * 60_000;
  }
  const at = new Date(d.year, d.month - 1, d.day, t.hour, t.minute, t.second, t.ms);
  if (at.getDate() !== d.day || at.getHours() !== t.hour || at.getMinutes() !== t.minute) {
    throw new UsageError(`${option}: ${String(t.hour).padStart(2, '0')}:${String(t.minute).padStart(2, '0')} doesn't happen on that day here (the clocks skip it).`);
  }
  return at.getTime();
}

/** --now: a date (midnight UTC, as ISO reads it) or a date and time. */
export function nowOf(text: string): number {
  return momentOf(typedDate(text, '--now', 'a date and time like 2026-11-22T07:30:00Z (or a day like 2026-11-22)'), '--now', { utc: true, hour: 0 });
}

/** --remind: a day (at 9 in the morning here, when the brief is read, as the app sets it) or a date and time. */
export function reminderOf(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  return momentOf(typedDate(text, '--remind', 'a date like 2026-11-30'), '--remind', { utc: false, hour: 9 });
}
