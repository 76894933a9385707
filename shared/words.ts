// Plain words for times and states, used by every face (CLI, renderer) so they read the same everywhere.
import type { ImportedSources, NotListed, NotListedReason, Source } from './model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const SMALL = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Small numbers in words ("three"), larger ones in digits with separators ("1,204"). */
export function numberWords(n: number): string {
  return n >= 0 && n <= 10 && Number.isInteger(n) ? SMALL[n]! : n.toLocaleString('en-US');
}

/** "one conversation", "three conversations", "no sources". */
export function count(n: number, singular: string, plural = `${singular}s`): string {
  return `${numberWords(n)} ${n === 1 ? singular : plural}`;
}

function startOfDay(t: number, offsetMinutes: number): number {
  const local = t - offsetMinutes * MINUTE;
  return local - (((local % DAY) + DAY) % DAY);
}

/**
 * When something happened, the way a person says it: "just now", "20 minutes ago", "3 hours ago",
 * "yesterday", "on Tuesday", "on 4 November". `offsetMinutes` is Date#getTimezoneOffset() of the reader.
 */
export function relativeTime(at: number, now: number, offsetMinutes = 0): string {
  const ago = now - at;
  if (ago < MINUTE) return 'just now';
  if (ago < HOUR) return `${count(Math.floor(ago / MINUTE), 'minute')} ago`;
  const days = Math.round((startOfDay(now, offsetMinutes) - startOfDay(at, offsetMinutes)) / DAY);
  if (days === 0) return `${count(Math.floor(ago / HOUR), 'hour')} ago`;
  if (days === 1) return 'yesterday';
  const local = new Date(at - offsetMinutes * MINUTE);
  if (days < 7) return `on ${WEEKDAYS[local.getUTCDay()]}`;
  const sameYear = new Date(now - offsetMinutes * MINUTE).getUTCFullYear() === local.getUTCFullYear();
  return `on ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]}${sameYear ? '' : ` ${local.getUTCFullYear()}`}`;
}

/** A source's health in a few plain words. */
export function sourceHealth(source: Pick<Source, 'status' | 'statusMessage' | 'lastOkAt' | 'paused'>, now: number, offsetMinutes = 0): string {
  if (source.paused) return 'Paused';
  switch (source.status) {
    case 'new':
      return 'Not read yet';
    case 'ok':
      return 'Working';
    case 'offline':
      return 'Waiting for the network';
    case 'gone':
      return 'Gone: the site says it no longer exists';
    case 'not-a-feed':
      return source.statusMessage || 'Not something Earshot can read';
    case 'unreachable':
      if (!source.lastOkAt) return source.statusMessage || "Couldn't be reached";
      {
        const when = relativeTime(source.lastOkAt, now, offsetMinutes);
        return when.endsWith(' ago') || when === 'just now'
          ? `Couldn't be reached for ${when.replace(' ago', '').replace('just now', 'a moment')}`
          : `Couldn't be reached since ${when.replace(/^on /, '')}`;
      }
  }
}

/**
 * What a list leaves out, in a clause: "also stored: 9 repeats of stories listed from another source, 6 replies
 * (in their threads)". Null when nothing is left out.
 */
export function notListedWords(n: NotListed): string | null {
  const parts = [
    n.repeats ? `${count(n.repeats, 'repeat')} of a story listed from another source` : '',
    n.replies ? `${count(n.replies, 'reply', 'replies')} (in ${n.replies === 1 ? 'its thread' : 'their threads'})` : '',
    n.elsewhere ? `${numberWords(n.elsewhere)} about something else` : '',
    n.muted ? `${numberWords(n.muted)} from muted sources` : '',
  ].filter(Boolean);
  return parts.length ? `Not listed: ${parts.join(', ')}.` : null;
}

/** Why one conversation is not listed, beside it: "a repeat", "a reply", "about something else". */
export const NOT_LISTED_REASON_WORDS: Record<NotListedReason, string> = {
  muted: 'from a muted source',
  elsewhere: 'about something else',
  repeat: 'a repeat',
  reply: 'a reply',
};

/** What an import of a list of sources did: "Added 3 sources; one was already here. Skipped two that aren't web addresses." */
export function importedWords(r: ImportedSources): string {
  const already = r.alreadyHere ? `; ${numberWords(r.alreadyHere)} ${r.alreadyHere === 1 ? 'was' : 'were'} already here` : '';
  const skipped = [
    r.notOnTheWeb ? `${numberWords(r.notOnTheWeb)} that ${r.notOnTheWeb === 1 ? "isn't a web address" : "aren't web addresses"}` : '',
    r.repeated ? `${numberWords(r.repeated)} that ${r.repeated === 1 ? 'was' : 'were'} in the list twice` : '',
  ].filter(Boolean);
  return `Added ${count(r.added, 'source')}${already}.${skipped.length ? ` Skipped ${skipped.join(' and ')}.` : ''}`;
}
