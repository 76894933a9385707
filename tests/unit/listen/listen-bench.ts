// The listen step alone, for the benchmark table (the lead wires it into tests/bench/run.ts):
// 10k conversations from the sync benchmark's generated sources through Listener.listen.
// Run by hand: esbuild --bundle --platform=node tests/unit/listen/listen-bench.ts --outfile=/tmp/lb.js && node /tmp/lb.js
import { performance } from 'node:perf_hooks';
import { parseFeed } from '../../../electron/core/feeds/parse';
import { Listener } from '../../../electron/core/listen/listener';
import { toConversation } from '../../../electron/core/sync/to-conversation';
import type { NewConversation } from '../../../electron/core/store/conversations-table';
import { makeFeed } from '../../bench/feed-server';

export async function benchListen(sources = 200, perSource = 50): Promise<Array<{ name: string; value: number; unit: string }>> {
  const batches: Array<{ sourceId: string; items: NewConversation[] }> = [];
  for (let i = 0; i < sources; i++) {
    const feed = await parseFeed(makeFeed(i, perSource));
    batches.push({ sourceId: `s${i}`, items: feed.items.map((item) => toConversation(`s${i}`, item, Date.UTC(2026, 10, 22))) });
  }
  const n = sources * perSource;
  const run = (watchWords: number): number => {
    const listener = new Listener({
      watchWords: [
        { word: 'Kestrel', aliases: ['@kestrel', '#kestrelbikes'], exclusions: ['kestrel falcon'] },
        { word: 'Kestrel One', aliases: ['K1'] },
        { word: 'Voltbird' },
        { word: 'Zürich' },
        { word: 'battery life' },
        { word: 'refund', exclusions: ['refund policy'] },
        { word: '@united' },
        { word: 'Jane Doe' },
      ].slice(0, watchWords),
      mutedWords: watchWords ? ['giveaway'] : [],
    });
    const t0 = performance.now();
    for (const b of batches) for (const item of b.items) listener.listen(b.sourceId, 'general', item, true);
    return performance.now() - t0;
  };
  run(8); // warm-up
  const none = Math.min(run(0), run(0));
  const eight = Math.min(run(8), run(8));
  return [
    { name: `listen step, ${n} conversations, no watch words`, value: (none * 10_000) / n, unit: 'ms per 10k' },
    { name: `listen step, ${n} conversations, 8 watch words`, value: (eight * 10_000) / n, unit: 'ms per 10k' },
  ];
}

if (require.main === module) {
  void benchListen().then((rows) => rows.forEach((r) => console.log(`${r.name}: ${r.value.toFixed(0)} ${r.unit}`)));
}
