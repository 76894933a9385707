import { describe, expect, it } from 'vitest';
import { toneTotalWords, windowWords } from '../../renderer/src/components/brief/brief-words';

const HOUR = 3_600_000;
const END = new Date(2026, 10, 22, 7, 30).getTime();

describe('the brief screen in words', () => {
  it('calls the very first brief that, not "since yesterday"', () => {
    expect(windowWords({ start: END - 24 * HOUR, end: END, away: false, first: true })).toBe('Your first brief');
    expect(windowWords({ start: END - 24 * HOUR, end: END, away: false, first: false })).toBe('Since yesterday morning');
  });

  it('says "usually none" when nothing is usual', () => {
    expect(toneTotalWords('neutral', 2, 0)).toBe('two neutral, usually none');
    expect(toneTotalWords('unhappy', 4, 2)).toBe('four unhappy, usually two');
    expect(toneTotalWords('pleased', 3, 3)).toBe('three pleased, as usual');
  });
});
