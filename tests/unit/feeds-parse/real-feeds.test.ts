import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { FeedError } from '../../../electron/core/feeds/types';
import { mutate, rng } from '../../support/fuzz';

const corpus = resolve(__dirname, '../../../../shared/corpus/real-feeds');
const present = existsSync(resolve(corpus, 'manifest.json'));
if (!present) console.warn(`real-feeds corpus not found at ${corpus}: skipping the real-feeds tests`);

interface Entry {
  file: string;
  well_formed: boolean;
  format: string;
}
const manifest: Entry[] = present ? (JSON.parse(readFileSync(resolve(corpus, 'manifest.json'), 'utf8')) as Entry[]) : [];

describe.skipIf(!present)('real feeds', () => {
  it.each(manifest.filter((e) => e.well_formed && !e.format.startsWith('rss-in-json')).map((e) => [e.file]))('%s yields items with titles or content', async (file) => {
    const feed = await parseFeed(new Uint8Array(readFileSync(resolve(corpus, file))), { baseUrl: 'https://feeds.example/' });
    if (file.endsWith('missing-fields.atom')) {
      expect(feed.items.map((i) => i.id)).toEqual(['tag:github.com,2008:Repository/11167738/v3.9.0']); // nothing else given
      return;
    }
    if (file.includes('windows-1252-incorrect-prolog')) {
      expect(feed.title).toBe('Euro €'); // a channel without items: its title must read right
      return;
    }
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items.some((i) => i.title || i.content || i.summary)).toBe(true);
  });

  it.each(manifest.filter((e) => !e.well_formed).map((e) => [e.file]))('%s ends in FeedError or a best-effort parse', async (file) => {
    try {
      const feed = await parseFeed(new Uint8Array(readFileSync(resolve(corpus, file))));
      expect(Array.isArray(feed.items)).toBe(true);
    } catch (err) {
      expect(err).toBeInstanceOf(FeedError);
    }
  });

  it('rejects the HTML page saved as a feed', async () => {
    await expect(parseFeed(new Uint8Array(readFileSync(resolve(corpus, 'rss-parser/unrecognized.rss'))))).rejects.toBeInstanceOf(FeedError);
  });
});

describe.skipIf(!present)('fuzz: mutated real feeds', () => {
  it('throws nothing but FeedError and always returns', async () => {
    const next = rng(20261122);
    const sources = manifest.map((e) => new Uint8Array(readFileSync(resolve(corpus, e.file))));
    for (let i = 0; i < 300; i++) {
      const body = mutate(sources[i % sources.length] as Uint8Array, next);
      try {
        const feed = await parseFeed(body, { baseUrl: i % 2 ? 'https://feeds.example/x/' : undefined });
        expect(Array.isArray(feed.items), `case ${i}`).toBe(true);
        for (const it of feed.items) expect(typeof it.title, `case ${i}`).toBe('string');
      } catch (err) {
        if (!(err instanceof FeedError)) throw new Error(`case ${i}: ${String(err)}`);
      }
    }
  });
});
