import { describe, expect, it } from 'vitest';
import { briefDue, briefWindow, lastBriefMoment } from '../../../electron/core/brief/window';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const NOW = Date.parse('2026-11-22T08:00:00Z');

describe('the brief window', () => {
  it('covers the last 24 hours the first time', () => {
    expect(briefWindow(NOW, null)).toEqual({ start: NOW - DAY, end: NOW, away: false, first: true });
  });

  it('starts where the last read brief ended', () => {
    const w = briefWindow(NOW, NOW - 20 * HOUR);
    expect(w).toMatchObject({ start: NOW - 20 * HOUR, end: NOW, away: false, first: false });
  });

  it('is at least 12 hours long', () => {
    expect(briefWindow(NOW, NOW - 2 * HOUR).start).toBe(NOW - 12 * HOUR);
    expect(briefWindow(NOW, NOW + HOUR).start).toBe(NOW - 12 * HOUR);
  });

  it('says "while you were away" after more than a day and a half', () => {
    expect(briefWindow(NOW, NOW - 36 * HOUR).away).toBe(false);
    expect(briefWindow(NOW, NOW - 37 * HOUR).away).toBe(true);
  });

  it('is capped at 7 days', () => {
    const w = briefWindow(NOW, NOW - 30 * DAY);
    expect(w.start).toBe(NOW - 7 * DAY);
    expect(w.away).toBe(true);
  });
});

describe('when a brief is due', () => {
  it('is due when there is none', () => {
    expect(briefDue(NOW, null, '07:30', 0)).toBe(true);
  });

  it('is due after the brief time passed since the last one, and not twice a day', () => {
    const yesterdayMorning = Date.parse('2026-11-21T07:30:00Z');
    expect(briefDue(NOW, yesterdayMorning, '07:30', 0)).toBe(true);
    expect(briefDue(NOW, Date.parse('2026-11-22T07:40:00Z'), '07:30', 0)).toBe(false);
    // made yesterday evening: the morning brief time has passed, but only 11 hours ago
    expect(briefDue(NOW, Date.parse('2026-11-21T21:00:00Z'), '07:30', 0)).toBe(false);
    // before today's brief time, yesterday's brief is still the current one
    expect(briefDue(Date.parse('2026-11-22T07:00:00Z'), yesterdayMorning, '07:30', 0)).toBe(false);
  });

  it('reads the brief time in the reader’s zone', () => {
    // 07:30 in New York (UTC−5, offset +300) is 12:30 UTC
    expect(lastBriefMoment(Date.parse('2026-11-22T13:00:00Z'), '07:30', 300)).toBe(Date.parse('2026-11-22T12:30:00Z'));
    expect(lastBriefMoment(Date.parse('2026-11-22T12:00:00Z'), '07:30', 300)).toBe(Date.parse('2026-11-21T12:30:00Z'));
  });
});
