// Child process for the follow-ups durability test: through the real engine and Api, keeps bookmarking with
// notes, forwarding and moving forwards on, printing a line only once each call has resolved.
// Usage: node out/tests/follow-durability-child.js <dataDir> <run>
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createCore } from '../../electron/core';

const CONVERSATIONS = 12;

function sourceFile(dir: string): string {
  const path = join(dir, 'forum.xml');
  const items = Array.from({ length: CONVERSATIONS }, (_, i) =>
    `<item><guid>t${i}</guid><title>Thread ${i}</title><link>https://forum.example/t/${i}</link>
<pubDate>Sat, 21 Nov 2026 0${i % 10}:00:00 +0000</pubDate><description>Kestrel battery story ${i}.</description></item>`,
  ).join('');
  writeFileSync(path, `<?xml version="1.0"?><rss version="2.0"><channel><title>Forum</title><link>https://forum.example/</link>${items}</channel></rss>`);
  return pathToFileURL(path).href;
}

async function main(): Promise<void> {
  const [dataDir, runArg] = process.argv.slice(2);
  if (!dataDir || !runArg) throw new Error('usage: follow-durability-child <dataDir> <run>');
  const run = Number(runArg);
  const core = await createCore({ dataDir, clock: () => Date.parse('2026-11-22T07:00:00Z') + run * 1000, workerPath: join(__dirname, '../worker/store-worker.js') });
  if ((await core.api['sources.list']({})).length === 0) {
    await core.api['sources.add']({ url: sourceFile(dataDir), kind: 'search' });
    await core.api['sync.run']({});
  }
  const conversations = (await core.api['conversations.list']({ limit: 50 })).items.map((c) => c.id);
  const people = await core.api['people.list']({});
  const person = people[0] ?? (await core.api['people.add']({ name: 'Maya', email: 'maya@example.com' }));
  process.stdout.write('open\n');
  for (let i = 0; ; i++) {
    const id = conversations[i % conversations.length]!;
    const note = `run ${run} note ${i}`;
    await core.api['bookmarks.add']({ conversationId: id, note });
    process.stdout.write(`bookmark ${id} ${run} ${i}\n`);
    const forward = await core.api['forwards.create']({ conversationId: id, personId: person.id, note });
    process.stdout.write(`forward ${forward.id} open\n`);
    await core.api['forwards.update']({ id: forward.id, status: 'answered', note: 'they called back' });
    process.stdout.write(`forward ${forward.id} answered\n`);
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).stack ?? String(err)}\n`);
  process.exit(1);
});
