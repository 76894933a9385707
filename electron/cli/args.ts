// Command-line parsing for `earshot`: the global options here; each command parses its own (strictly).
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** A mistake in how the command was typed: printed as one plain line, exit code 2. */
export class UsageError extends Error {}

export interface GlobalArgs {
  dataDir: string | undefined;
  now: number | undefined;
  help: boolean;
  /** What follows the global options: the command, its verb, its own options. */
  rest: string[];
}

/** Takes --data-dir, --now and --help from anywhere on the line and leaves the rest to the command. */
export function parseGlobalArgs(argv: string[]): GlobalArgs {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let nowText: string | undefined;
  let help = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]) : [arg, undefined];
    if (name === '--data-dir' || name === '--now') {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
      if (name === '--data-dir') dataDir = value;
      else nowText = value;
    } else if (arg === '--help' || arg === '-h') help = true;
    else rest.push(arg);
  }
  let now: number | undefined;
  if (nowText !== undefined) {
    now = Date.parse(nowText);
    if (!Number.isFinite(now)) throw new UsageError(`--now should be a date and time like 2026-11-22T07:30:00Z, not “${nowText}”.`);
  }
  return { dataDir, now, help, rest };
}

/** A command's own options, parsed strictly: an unknown option is a plain UsageError. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(tokens: string[], options: T) {
  try {
    return parseArgs({ args: tokens, options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = (err as Error).message;
    const option = /'(-[^']+)'/.exec(message)?.[1];
    if (/Unknown option/.test(message)) throw new UsageError(`Unknown option ${option ?? ''}. Run “earshot help” to see the options.`);
    throw new UsageError(message.split('. ')[0]!.replace(/\.$/, '') + '.');
  }
}

/** A whole number within bounds, or a plain UsageError naming the option. */
export function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} should be a whole number from ${min} to ${max}.`);
  return n;
}
