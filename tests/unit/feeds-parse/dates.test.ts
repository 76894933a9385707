import { describe, expect, it } from 'vitest';
import { parseDate } from '../../../electron/core/feeds/dates';

describe('parseDate', () => {
  it.each([
    ['Thu, 01 Jan 2004 19:48:21 GMT', '2004-01-01T19:48:21Z'],
    ['Thu, 1 Jan 2004 19:48:21 +0100', '2004-01-01T18:48:21Z'],
    ['01 Jan 04 19:48 EST', '2004-01-02T00:48:00Z'],
    ['Thu, 01 January 2004 19:48:21 PDT', '2004-01-02T02:48:21Z'],
    ['Thu, 01 Jan 2004 19:48:21', '2004-01-01T19:48:21Z'],
    ['2003-12-31T10:14:55Z', '2003-12-31T10:14:55Z'],
    ['2003-12-31T10:14:55.25-08:00', '2003-12-31T18:14:55Z'],
    ['2003-12-31T10:14-0500', '2003-12-31T15:14:00Z'],
    ['2003-12-31', '2003-12-31T00:00:00Z'],
    ['20031231T101455Z', '2003-12-31T10:14:55Z'],
    ['Wed Dec 31 10:14:55 2003', '2003-12-31T10:14:55Z'],
    ['December 31, 2003 10:14:55 GMT', '2003-12-31T10:14:55Z'],
    // Calendar edges, and the dates written out by hand rather than by toISOString.
    ['Thu, 29 Feb 2024 10:00:00 GMT', '2024-02-29T10:00:00Z'],
    ['2000-02-29T00:00:00Z', '2000-02-29T00:00:00Z'],
    ['Sat,  21 Nov\t2026 00:00:00 GMT', '2026-11-21T00:00:00Z'],
    ['2026-11-21T05:06:07.5+05:30', '2026-11-20T23:36:07Z'],
    // A zone can move a date out of four-digit years: written as toISOString writes it.
    ['9999-12-31T23:00:00-02:00', '+010000-01-01T01:00:00Z'],
    ['1000-01-01T00:30:00+01:00', '0999-12-31T23:30:00Z'],
  ])('%s', (raw, iso) => {
    expect(parseDate(raw)).toBe(iso);
  });

  it.each(['', 'junk', 'Mon, 31 Feb 2003 10:00:00 GMT', '2003-13-01', 'yesterday at noon', '99999-01-01', 'Thu, 29 Feb 1900 10:00:00 GMT', '2100-02-29', '2023-04-31'])('junk %j → null', (raw) => {
    expect(parseDate(raw)).toBeNull();
  });
});
