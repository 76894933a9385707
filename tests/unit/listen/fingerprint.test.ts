import { describe, expect, it } from 'vitest';
import {
  DuplicateIndex,
  decodeFingerprint,
  encodeFingerprint,
  fingerprintOf,
  SAME_TEXT,
  similarity,
} from '../../../electron/core/listen/fingerprint';

const STORY =
  'Kestrel is recalling about 1,200 battery chargers sold in the Netherlands after reports that the charging ' +
  'plug can overheat. Owners are asked to stop using the charger and request a free replacement from the dealer.';

describe('near-duplicate fingerprints', () => {
  it('round-trips through its stored text', () => {
    const f = fingerprintOf('Kestrel recalls battery chargers in the Netherlands', STORY);
    expect(decodeFingerprint(encodeFingerprint(f))).toEqual(f);
    expect(decodeFingerprint('garbage')).toBeNull();
  });

  it('finds most word pairs shared by a copy or a lightly edited one, and few by a different text', () => {
    const a = fingerprintOf('x', STORY).hash!;
    const same = (text: string) => similarity(a, fingerprintOf('y', text).hash!);
    expect(same(`  ${STORY.toUpperCase()} `)).toBe(1);
    expect(same(STORY.replace('from the dealer', 'from their dealer'))).toBeGreaterThanOrEqual(SAME_TEXT);
    expect(same(`${STORY} Read more at splog.example`)).toBeGreaterThanOrEqual(SAME_TEXT);
    expect(same('The new app update shows battery health for each ride, and the history screen is finally fast again after the last release.')).toBeLessThan(SAME_TEXT);
  });

  it('finds the first-seen conversation from another source, never one from the same source', () => {
    const index = new DuplicateIndex();
    const first = fingerprintOf('Kestrel recalls 1,200 battery chargers', STORY);
    index.add('news-1', 'news', first);
    expect(index.find(fingerprintOf('Kestrel recalls 1,200 battery chargers', STORY), 'news')).toBeNull();
    expect(index.find(fingerprintOf('A scraper’s headline for it', STORY), 'splog')).toBe('news-1');
    expect(index.find(fingerprintOf('Kestrel recalls 1,200 battery chargers', 'Short text.'), 'reddit')).toBe('news-1');
    expect(index.find(fingerprintOf('Great bike', 'Short text.'), 'reddit')).toBeNull();
  });

  it('does not call short, alike comments duplicates', () => {
    const index = new DuplicateIndex();
    index.add('a', 's1', fingerprintOf('Love it', 'Love my Kestrel!'));
    expect(index.find(fingerprintOf('Love it', 'Love my Kestrel!'), 's2')).toBeNull();
  });
});
