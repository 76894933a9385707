// `earshot`: the engine, headless. Composition root for the command line.
import { existsSync } from 'node:fs';
import { resolve, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../shared/api';
import { createCore, streamLog, type Core } from '../core';
import { parseCliArgs, USAGE, UsageError, type CliArgs } from './args';
import { defaultDataDir } from './data-dir';
import { parseCommand } from './parse-command';
import { conversationLines, progressBar, sourceLines, syncSummaryLine } from './print';

const out = (line: string) => process.stdout.write(line + '\n');

/** A file path the user typed becomes a file: URL; anything else is left for the engine to judge. */
function sourceAddress(input: string): string {
  return existsSync(input) ? pathToFileURL(resolve(input)).href : input;
}

async function withCore<T>(args: CliArgs, run: (core: Core, now: () => number) => Promise<T>): Promise<T> {
  const now = args.now !== undefined ? () => args.now as number : Date.now;
  const core = await createCore({
    dataDir: args.dataDir ?? defaultDataDir(),
    clock: now,
    log: streamLog((line) => process.stderr.write(line), process.env.EARSHOT_DEBUG ? 'debug' : 'warn'),
    workerPath: join(__dirname, '../worker/store-worker.js'),
    resourcesDir: resolve(__dirname, '../../resources'),
  });
  try {
    return await run(core, now);
  } finally {
    await core.close();
  }
}

async function findSourceId(core: Core, idOrAddress: string): Promise<string> {
  const sources = await core.api['sources.list']({});
  const address = sourceAddress(idOrAddress);
  const found = sources.find((s) => s.id === idOrAddress || s.url === address || s.url === idOrAddress);
  if (!found) throw new ApiError(`There is no source “${idOrAddress}”. See them with: earshot sources list`, 'not-found');
  return found.id;
}

async function sources(args: CliArgs, verb: string | undefined, rest: string[]): Promise<void> {
  await withCore(args, async (core, now) => {
    if (verb === 'add') {
      if (rest.length !== 1) throw new UsageError('Give one address: earshot sources add ADDRESS');
      const s = await core.api['sources.add']({ url: sourceAddress(rest[0]!), title: args.title, kind: args.kind });
      out(args.json ? JSON.stringify(s) : `Listening to ${s.title}. Read it with: earshot sync`);
    } else if (verb === 'list' || verb === undefined) {
      const list = await core.api['sources.list']({});
      if (args.json) list.forEach((s) => out(JSON.stringify(s)));
      else sourceLines(list, now()).forEach((l) => out(l));
    } else if (verb === 'remove') {
      if (rest.length !== 1) throw new UsageError('Give one source: earshot sources remove ID');
      const id = await findSourceId(core, rest[0]!);
      await core.api['sources.remove']({ id });
      out('Removed. Bookmarked and forwarded conversations from it are kept.');
    } else if (verb === 'samples') {
      const added = await core.api['sources.addSamples']({});
      out(`Added ${added.length} sample sources. Read them with: earshot sync`);
    } else throw new UsageError(`“sources ${verb}” isn't a command. Try: add, list, remove, samples.`);
  });
}

async function sync(args: CliArgs): Promise<void> {
  await withCore(args, async (core) => {
    const ids = args.sources.length ? await Promise.all(args.sources.map((s) => findSourceId(core, s))) : undefined;
    const tty = process.stderr.isTTY;
    const stop = tty ? core.on('sync.progress', (p) => p.running && process.stderr.write(progressBar(p))) : () => {};
    const summary = await core.api['sync.run']({ sourceIds: ids });
    stop();
    if (tty) process.stderr.write('\r\x1b[K');
    out(args.json ? JSON.stringify(summary) : syncSummaryLine(summary));
  });
}

async function conversations(args: CliArgs, verb: string | undefined, rest: string[]): Promise<void> {
  await withCore(args, async (core, now) => {
    if (verb === 'list' || verb === undefined) {
      const sourceId = args.sources[0] ? await findSourceId(core, args.sources[0]) : undefined;
      const page = await core.api['conversations.list']({ sourceId, query: args.search, limit: args.limit ?? 20 });
      if (args.json) return page.items.forEach((c) => out(JSON.stringify(c)));
      if (page.items.length === 0) return out(args.search ? `Nothing matches “${args.search}”.` : 'No conversations yet. Add a source and run: earshot sync');
      conversationLines(page.items, now()).forEach((l) => out(l));
      if (page.total > page.items.length) out(`(${page.items.length} of ${page.total}; --limit N shows more)`);
    } else if (verb === 'show') {
      if (rest.length !== 1) throw new UsageError('Give one conversation: earshot conversations show ID');
      const c = await core.api['conversations.get']({ id: rest[0]! });
      if (!c) throw new ApiError(`There is no conversation “${rest[0]}”.`, 'not-found');
      if (args.json) return out(JSON.stringify(c));
      out(`${c.title}\n${c.author ? c.author + ', ' : ''}${c.sourceTitle}\n${c.link ?? ''}\n\n${c.excerpt}`);
    } else throw new UsageError(`“conversations ${verb}” isn't a command. Try: list, show.`);
  });
}

async function settings(args: CliArgs, verb: string | undefined, rest: string[]): Promise<void> {
  await withCore(args, async (core) => {
    if (verb === 'set') {
      const values: Record<string, string | number> = {};
      for (const pair of rest) {
        const [key, value] = pair.split('=');
        if (!key || value === undefined) throw new UsageError('Write settings as KEY=VALUE, e.g. retentionDays=60');
        values[key] = key === 'briefTime' ? value : Number(value);
      }
      out(JSON.stringify(await core.api['settings.set'](values)));
    } else if (verb === 'get' || verb === undefined) out(JSON.stringify(await core.api['settings.get']({})));
    else throw new UsageError(`“settings ${verb}” isn't a command. Try: get, set.`);
  });
}

export async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  const [command, verb, ...rest] = args.command;
  if (args.help || command === undefined || command === 'help') return out(USAGE), 0;
  switch (command) {
    case 'sources':
      return sources(args, verb, rest).then(() => 0);
    case 'sync':
      return sync(args).then(() => 0);
    case 'conversations':
      return conversations(args, verb, rest).then(() => 0);
    case 'settings':
      return settings(args, verb, rest).then(() => 0);
    case 'parse':
      if (args.command.length < 2) throw new UsageError('Give one or more files: earshot parse FILE...');
      return parseCommand(args.command.slice(1), { baseUrl: args.baseUrl, contentType: args.contentType }, out);
    default:
      throw new UsageError(`“${command}” isn't an earshot command. Run “earshot help” to see them.`);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof UsageError) {
      process.stderr.write(`earshot: ${err.message}\n`);
      process.exitCode = 2;
    } else if (err instanceof ApiError) {
      process.stderr.write(`earshot: ${err.message}\n`);
      process.exitCode = 1;
    } else {
      process.stderr.write(`earshot: ${err instanceof Error ? err.message : String(err)}\n`);
      if (process.env.EARSHOT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
      process.exitCode = 1;
    }
  },
);
