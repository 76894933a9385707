import { describe, expect, it } from 'vitest';
import { count, numberWords, relativeTime, sourceHealth } from '../../shared/words';

const NOW = Date.parse('2026-11-22T12:00:00Z');
const H = 3_600_000;

describe('plain words', () => {
  it('writes small numbers in words', () => {
    expect(numberWords(0)).toBe('no');
    expect(numberWords(3)).toBe('three');
    expect(numberWords(1204)).toBe('1,204');
    expect(count(1, 'reply', 'replies')).toBe('one reply');
    expect(count(4, 'source')).toBe('four sources');
  });

  it('says when things happened the way people do', () => {
    expect(relativeTime(NOW - 10_000, NOW)).toBe('just now');
    expect(relativeTime(NOW - 20 * 60_000, NOW)).toBe('20 minutes ago');
    expect(relativeTime(NOW - 3 * H, NOW)).toBe('three hours ago');
    expect(relativeTime(NOW - 20 * H, NOW)).toBe('yesterday');
    expect(relativeTime(Date.parse('2026-11-17T09:00:00Z'), NOW)).toBe('on Tuesday');
    expect(relativeTime(Date.parse('2026-11-04T09:00:00Z'), NOW)).toBe('on 4 November');
    expect(relativeTime(Date.parse('2025-11-04T09:00:00Z'), NOW)).toBe('on 4 November 2025');
  });

  it('uses the reader’s time zone for day boundaries', () => {
    // 01:00 UTC on the 22nd is still the 21st in New York (UTC-5): "yesterday" there when it's noon UTC.
    const at = Date.parse('2026-11-22T01:00:00Z');
    expect(relativeTime(at, NOW, 0)).toBe('11 hours ago');
    expect(relativeTime(at, NOW, 300)).toBe('yesterday');
  });

  it('describes a source’s health without jargon', () => {
    const base = { statusMessage: '', lastOkAt: null, paused: false };
    expect(sourceHealth({ ...base, status: 'ok' }, NOW)).toBe('Working');
    expect(sourceHealth({ ...base, status: 'unreachable', lastOkAt: Date.parse('2026-11-17T09:00:00Z') }, NOW)).toBe(
      "Couldn't be reached since Tuesday",
    );
    expect(sourceHealth({ ...base, status: 'unreachable', lastOkAt: NOW - 3 * H }, NOW)).toBe("Couldn't be reached for three hours");
    expect(sourceHealth({ ...base, status: 'ok', paused: true }, NOW)).toBe('Paused');
    for (const status of ['new', 'ok', 'offline', 'gone', 'not-a-feed', 'unreachable'] as const) {
      expect(sourceHealth({ ...base, status }, NOW)).not.toMatch(/feed|rss|sentiment/i);
    }
  });
});
