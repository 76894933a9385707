// A review's stars: App Store reviews (im:rating) and a JSON Feed extension carry how the reviewer feels.
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { starsOf } from '../../../electron/core/feeds/extract-xml';

const bytes = (text: string) => new TextEncoder().encode(text);

describe("a review's stars", () => {
  it('reads im:rating from App Store review entries', async () => {
    const feed = await parseFeed(
      bytes(`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:im="http://itunes.apple.com/rss">
  <title>Customer reviews</title>
  <entry><id>1</id><title>Crashes on start</title><content type="text">Since 4.2 it will not open.</content><im:rating>1</im:rating></entry>
  <entry><id>2</id><title>Great</title><content type="text">Love it.</content><im:rating>5</im:rating></entry>
  <entry><id>3</id><title>No stars here</title><content type="text">Fine.</content></entry>
</feed>`),
    );
    expect(feed.items.map((i) => i.stars)).toEqual([1, 5, null]);
  });

  it('reads a rating from a JSON Feed extension, and nothing from other fields', async () => {
    const feed = await parseFeed(
      bytes(
        JSON.stringify({
          version: 'https://jsonfeed.org/version/1.1',
          title: 'Reviews',
          items: [
            { id: 'a', content_text: 'Meh', _app_store: { rating: 2, territory: 'GB' } },
            { id: 'b', content_text: 'Not a review', rating: 5 },
            { id: 'c', content_text: 'Out of range', _reviews: { rating: 11 } },
          ],
        }),
      ),
      { contentType: 'application/feed+json' },
    );
    expect(feed.items.map((i) => i.stars)).toEqual([2, null, null]);
  });

  it('takes 1 to 5 stars, halves included, and nothing else', () => {
    expect([starsOf('4'), starsOf(' 2 '), starsOf(4.5), starsOf(0), starsOf(6), starsOf('four'), starsOf(''), starsOf(null)]).toEqual([
      4, 2, 4.5, null, null, null, null, null,
    ]);
  });
});
