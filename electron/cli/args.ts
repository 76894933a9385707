// Command-line parsing for `earshot`: the global options here; each command parses its own (strictly).
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { nowOf } from './dates';
import { UsageError } from './usage-error';

export { UsageError };

export interface GlobalArgs {
  dataDir: string | undefined;
  now: number | undefined;
  help: boolean;
  /** Print the engine's log lines on stderr (otherwise only EARSHOT_DEBUG does). */
  verbose: boolean;
  /** What follows the global options: the command, its verb, its own options. */
  rest: string[];
}

/** Takes --data-dir, --now, --verbose and --help from anywhere on the line and leaves the rest to the command. */
export function parseGlobalArgs(argv: string[]): GlobalArgs {
  const rest: string[] = [];
  let dataDir: string | undefined;
  let nowText: string | undefined;
  let help = false;
  let verbose = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') ? (arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined]) : [arg, undefined];
    if (name === '--data-dir' || name === '--now') {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
      if (name === '--data-dir') {
        // An empty folder name would put the data in whatever folder the command was run from.
        if (!value.trim()) throw new UsageError('--data-dir needs a folder.');
        dataDir = value;
      } else nowText = value;
    } else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--verbose') verbose = true;
    else rest.push(arg);
  }
  const now = nowText === undefined ? undefined : nowOf(nowText);
  return { dataDir, now, help, verbose, rest };
}

type Options = NonNullable<ParseArgsConfig['options']>;

/** Earshot's ids are 16 characters of base64url, so one in 64 starts with a dash: still an id, never an option. */
const ID_LIKE = /^-[A-Za-z0-9_-]{15}$/;

/**
 * `--limit -1` means the value -1 (parseArgs would call it ambiguous): a negative number after an option that
 * takes a value is joined to it, so the option's own check can say what is wrong with it. An id that starts with a
 * dash is taken as what it is: a value after an option that takes one, otherwise a positional (after `--`).
 */
function joinNegativeValues(tokens: string[], options: Options): string[] {
  const out: string[] = [];
  const ids: string[] = [];
  const ended = tokens.includes('--');
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const name = token.startsWith('--') ? token.slice(2) : undefined;
    const next = tokens[i + 1];
    if (name && options[name]?.type === 'string' && next !== undefined && (/^-\d/.test(next) || ID_LIKE.test(next))) {
      out.push(`${token}=${next}`);
      i++;
    } else if (!ended && ID_LIKE.test(token)) ids.push(token);
    else out.push(token);
  }
  return ids.length ? [...out, '--', ...ids] : out;
}

/** parseArgs' own messages run to several lines and name its internals; these are one plain line each. */
function plainParseError(err: unknown): UsageError {
  const { message, code } = err as { message: string; code?: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? 'This option';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return new UsageError(`Unknown option ${option}. Run “earshot help” to see the options.`);
  if (/does not take an argument/.test(message)) return new UsageError(`${option} takes no value.`);
  if (/argument is ambiguous/.test(message)) {
    return new UsageError(`${option} needs a value. For a value that starts with a dash, write ${option}=VALUE.`);
  }
  if (/argument missing/.test(message)) return new UsageError(`${option} needs a value.`);
  return new UsageError(`${message.split('\n')[0]!.replace(/\.$/, '')}. Run “earshot help” to see the options.`);
}

/** A command's own options, parsed strictly: every mistake is a plain one-line UsageError. */
export function parseCommandArgs<T extends Options>(tokens: string[], options: T) {
  try {
    return parseArgs({ args: joinNegativeValues(tokens, options), options, allowPositionals: true, strict: true });
  } catch (err) {
    throw plainParseError(err);
  }
}

/** A whole number within bounds, or a plain UsageError naming the option. */
export function wholeNumber(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`${name} should be a whole number from ${min} to ${max}.`);
  return n;
}
