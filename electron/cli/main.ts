// `earshot`: the engine, headless. Composition root for the command line.
import { join, resolve } from 'node:path';
import { createCore, silentLog, streamLog, type Core } from '../core';
import { parseGlobalArgs, UsageError } from './args';
import { checkedCore } from './checked-api';
import type { CommandContext } from './command';
import { COMMANDS } from './commands';
import { defaultDataDir } from './data-dir';
import { refusal, type ErrorContext } from './errors';
import { commandHelp, fullHelp } from './help';

/**
 * Once the reader of standard output has gone (`earshot … | head`), further output is dropped instead of
 * failing with EPIPE; the command still finishes and closes the store cleanly.
 */
let stdoutGone = false;
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code !== 'EPIPE') throw err;
  stdoutGone = true;
});

function out(line: string): void {
  if (stdoutGone || process.stdout.destroyed) return;
  process.stdout.write(line + '\n');
}

/** Runs the command line; a failure is said in one plain line on stderr (details with --verbose), never thrown. */
export async function main(argv: string[]): Promise<number> {
  // Known before the options are read, so a mistake in them is reported the same way.
  const context: ErrorContext = { dataDir: defaultDataDir(), verbose: argv.includes('--verbose') || Boolean(process.env.EARSHOT_DEBUG) };
  try {
    return await run(argv, context);
  } catch (err) {
    const { lines, code } = refusal(err, context);
    for (const line of lines) process.stderr.write(`earshot: ${line}\n`);
    if (process.env.EARSHOT_DEBUG && err instanceof Error && !(err instanceof UsageError)) process.stderr.write(`${err.stack}\n`);
    return code;
  }
}

async function run(argv: string[], context: ErrorContext): Promise<number> {
  const global = parseGlobalArgs(argv);
  if (global.dataDir !== undefined) context.dataDir = global.dataDir;
  const [name, ...tokens] = global.rest;
  if (name === undefined || (name === 'help' && (tokens.length === 0 || tokens[0] === 'help'))) return out(fullHelp(COMMANDS)), 0;
  const helpFor = name === 'help' ? tokens[0]! : name;
  const command = COMMANDS.find((c) => c.name === helpFor || c.aliases?.includes(helpFor));
  if (!command) throw new UsageError(`“${helpFor}” isn't an earshot command. Run “earshot help” to see them.`);
  if (name === 'help' || global.help) {
    const verb = (name === 'help' ? tokens.slice(1) : tokens).find((t) => !t.startsWith('-'));
    return out(commandHelp(command, verb)), 0;
  }
  const clock = global.now !== undefined ? () => global.now as number : Date.now;
  // The log is for whoever is debugging; a person running a command reads the outcome in plain words on stdout.
  const log = process.env.EARSHOT_DEBUG
    ? streamLog((line) => process.stderr.write(line), 'debug')
    : global.verbose
      ? streamLog((line) => process.stderr.write(line), 'info')
      : silentLog;
  const ctx: CommandContext = {
    tokens,
    out,
    err: (text) => void process.stderr.write(text),
    stdin: process.stdin,
    stderrIsTTY: Boolean(process.stderr.isTTY),
    async withCore<T>(work: (core: Core, now: () => number) => Promise<T>): Promise<T> {
      const core = await createCore({
        dataDir: context.dataDir,
        clock,
        log,
        workerPath: join(__dirname, '../worker/store-worker.js'),
        resourcesDir: resolve(__dirname, '../../resources'),
      });
      // What opening the data found (a damaged file, a backup opened) is said whatever the command: the person
      // must know before reading what follows.
      if (core.storeNotice) process.stderr.write(`earshot: ${core.storeNotice}\n`);
      try {
        // Through the same argument checks as the app and the web host.
        return await work(checkedCore(core), clock);
      } finally {
        await core.close();
      }
    },
  };
  return command.run(ctx);
}

void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
