// `earshot`: the engine, headless. Composition root for the command line.
import { join, resolve } from 'node:path';
import { ApiError } from '../../shared/api';
import { createCore, streamLog, type Core } from '../core';
import { parseGlobalArgs, UsageError } from './args';
import type { CommandContext } from './command';
import { COMMANDS } from './commands';
import { defaultDataDir } from './data-dir';

function usage(): string {
  return [
    'Usage: earshot [--data-dir DIR] [--now ISO] <command>',
    '',
    'Commands:',
    ...COMMANDS.flatMap((c) => c.usage.map((u) => `  ${u}`)),
    '  help',
    '',
    'Options:',
    '  --data-dir DIR   where Earshot keeps its data (default: the desktop app’s folder, or $EARSHOT_DATA_DIR)',
    '  --now ISO        pretend the time is ISO (for tests and briefs of past days)',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const global = parseGlobalArgs(argv);
  const [name, ...tokens] = global.rest;
  const out = (line: string) => void process.stdout.write(line + '\n');
  if (global.help || name === undefined || name === 'help') return out(usage()), 0;
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(`“${name}” isn't an earshot command. Run “earshot help” to see them.`);
  const clock = global.now !== undefined ? () => global.now as number : Date.now;
  const ctx: CommandContext = {
    tokens,
    out,
    err: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    async withCore<T>(work: (core: Core, now: () => number) => Promise<T>): Promise<T> {
      const core = await createCore({
        dataDir: global.dataDir ?? defaultDataDir(),
        clock,
        log: streamLog((line) => process.stderr.write(line), process.env.EARSHOT_DEBUG ? 'debug' : 'warn'),
        workerPath: join(__dirname, '../worker/store-worker.js'),
        resourcesDir: resolve(__dirname, '../../resources'),
      });
      try {
        return await work(core, clock);
      } finally {
        await core.close();
      }
    },
  };
  return command.run(ctx);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    const plain = err instanceof UsageError || err instanceof ApiError;
    process.stderr.write(`earshot: ${err instanceof Error ? err.message : String(err)}\n`);
    if (!plain && process.env.EARSHOT_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
    process.exitCode = err instanceof UsageError ? 2 : 1;
  },
);
