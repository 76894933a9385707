import { describe, expect, it } from 'vitest';
import { healthWords } from '../../renderer/src/lib/status-words';
import { fullDate, lastSyncedWords, relativeTime, sinceWords } from '../../renderer/src/lib/time-words';
import { makeSource, NOW } from './fake-api';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;

describe('time in plain words', () => {
  it.each([
    [NOW - 10_000, 'Just now'],
    [NOW + 30_000, 'Just now'],
    [NOW - MIN, '1 minute ago'],
    [NOW - 10 * MIN, '10 minutes ago'],
    [NOW - HOUR, '1 hour ago'],
    [NOW - 2 * HOUR, '2 hours ago'],
    [NOW - 26 * HOUR, 'Yesterday'],
    [NOW - 3 * DAY, '3 days ago'],
    [NOW - 20 * DAY, '12 February'],
    [new Date(2024, 6, 9, 12).getTime(), '9 July 2024'],
  ])('%s → %s', (time, words) => {
    expect(relativeTime(time, NOW)).toBe(words);
  });

  it('says when it last synced in a sentence', () => {
    expect(lastSyncedWords(null, NOW)).toBe('Not synced yet');
    expect(lastSyncedWords(NOW - 10 * MIN, NOW)).toBe('Last synced 10 minutes ago');
    expect(lastSyncedWords(NOW - 5_000, NOW)).toBe('Last synced just now');
    expect(lastSyncedWords(NOW - 26 * HOUR, NOW)).toBe('Last synced yesterday');
    expect(lastSyncedWords(NOW - 20 * DAY, NOW)).toBe('Last synced on 12 February');
  });

  it('names the day something started', () => {
    expect(sinceWords(NOW - DAY, NOW)).toBe('yesterday');
    expect(sinceWords(NOW - 2 * DAY, NOW)).toBe('Monday');
    expect(sinceWords(NOW - 20 * DAY, NOW)).toBe('12 February');
    expect(fullDate(NOW)).toBe('Wednesday 4 March 2026, 12:00');
  });
});

describe('source health in plain words', () => {
  it.each([
    [{ status: 'ok' as const }, 'Working'],
    [{ status: 'new' as const }, 'Not synced yet'],
    [{ status: 'unreachable' as const, lastOkAt: NOW - 2 * DAY }, "Couldn't be reached since Monday"],
    [{ status: 'not-a-feed' as const }, 'Not a source Earshot can read'],
    [{ status: 'gone' as const }, 'Gone'],
    [{ status: 'offline' as const }, 'Waiting for a connection'],
    [{ status: 'ok' as const, paused: true }, 'Paused'],
  ])('%o → %s', (over, label) => {
    const words = healthWords(makeSource(over), NOW);
    expect(words.label).toBe(label);
    expect(`${words.label} ${words.detail}`).not.toMatch(/\bfeed\b|\bRSS\b/i);
  });
});

describe('addresses in plain words', () => {
  it('shows web addresses as they are and files as words', async () => {
    const { addressWords } = await import('../../renderer/src/lib/status-words');
    expect(addressWords('https://example.com/x.xml')).toBe('https://example.com/x.xml');
    expect(addressWords('file:///home/me/.earshot/samples/forum.xml')).toBe('A file on this computer');
  });
});
