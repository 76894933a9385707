// A loopback server for benchmarks, run in a worker thread so its work doesn't count against the engine's
// main thread. Serves generated RSS with ETag and answers 304 when the client already has it.
import { Worker } from 'node:worker_threads';

const SERVER_CODE = `
const http = require('node:http');
const { workerData, parentPort } = require('node:worker_threads');
const { feeds, hosts } = workerData;
const servers = [];
let ready = 0;
for (const host of hosts) {
  const server = http.createServer((req, res) => {
    const m = /^\\/feed\\/(\\d+)\\.xml$/.exec(req.url || '');
    const body = m ? feeds[Number(m[1])] : undefined;
    if (!body) { res.writeHead(404); res.end(); return; }
    const etag = '"f' + m[1] + '"';
    if (req.headers['if-none-match'] === etag) { res.writeHead(304, { ETag: etag }); res.end(); return; }
    res.writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8', ETag: etag, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  });
  server.listen(0, host, () => {
    servers.push({ host, port: server.address().port });
    if (++ready === hosts.length) parentPort.postMessage(servers);
  });
}
parentPort.on('message', () => process.exit(0));
`;

export interface FeedServer {
  urls: string[];
  close(): Promise<void>;
}

/** Serves `feeds` spread over several loopback addresses (127.0.0.x), as many real hosts would be. */
export async function startFeedServer(feeds: string[], hostCount = 25): Promise<FeedServer> {
  const hosts = Array.from({ length: hostCount }, (_, i) => `127.0.0.${i + 1}`);
  const worker = new Worker(SERVER_CODE, { eval: true, workerData: { feeds, hosts } });
  const servers = await new Promise<Array<{ host: string; port: number }>>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const urls = feeds.map((_, i) => {
    const s = servers[i % servers.length]!;
    return `http://${s.host}:${s.port}/feed/${i}.xml`;
  });
  return {
    urls,
    async close() {
      await worker.terminate();
    },
  };
}

const WORDS = 'battery range delivery support ride app login update price discount lock quiet smooth slow late great love hate broken fixed question when will you plan refund'.split(' ');

/** A realistic RSS 2.0 document: `items` posts of a paragraph or three each. */
export function makeFeed(index: number, items: number, seed = 1): string {
  let x = (index + 1) * 7919 + seed;
  const rand = () => ((x = (x * 1103515245 + 12345) % 2147483648) / 2147483648);
  const sentence = () => {
    const n = 8 + Math.floor(rand() * 14);
    const w = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
    return w.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
  };
  const entries = Array.from({ length: items }, (_, i) => {
    const date = new Date(Date.UTC(2026, 10, 21) - (i * 37 + index) * 60_000).toUTCString();
    const para = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => `<p>${sentence()} ${sentence()} <a href="/t/${i}">more</a></p>`).join('');
    return `<item><title>${sentence()}</title><link>https://forum${index}.example/t/${i}</link>
<guid isPermaLink="false">f${index}-i${i}</guid><pubDate>${date}</pubDate><dc:creator>Rider ${i}</dc:creator>
<description><![CDATA[${para}]]></description><comments>https://forum${index}.example/t/${i}#comments</comments></item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Forum ${index}</title>
<link>https://forum${index}.example/</link><description>Search results</description>
${entries.join('\n')}
</channel></rss>`;
}
