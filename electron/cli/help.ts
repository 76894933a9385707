// `earshot help`: entries in two columns, the descriptions starting at one column, no line longer than WIDTH.
import type { Command, HelpEntry } from './command';

const WIDTH = 100;
/** Where every description starts; an entry longer than this puts its description on the next line. */
const COLUMN = 44;
const INDENT = '  ';
/** How much further a wrapped entry is indented. */
const MORE = '    ';

const GLOBAL_OPTIONS: HelpEntry[] = [
  { use: '--data-dir DIR', about: 'where Earshot keeps its data (default: the desktop app’s folder, or $EARSHOT_DATA_DIR)' },
  { use: '--now ISO', about: 'pretend the time is ISO (for tests and past days’ briefs)' },
  { use: '--verbose', about: 'print the log on stderr too (EARSHOT_DEBUG=1: all of it)' },
  { use: '--help', about: 'after a command: that command’s part of this help' },
];

/** What a script or a scheduled job can rely on. */
const EXIT_CODES =
  'Exit codes: 0 done; 1 it could not be done (for sync: a source named with --source, or every source due, ' +
  'could not be read); 2 the command was typed wrong. Problems are said on stderr.';

/** `help` itself, listed last. */
const HELP_ENTRY: HelpEntry = { use: 'help [COMMAND]', about: 'this help, or one command’s part of it' };

/** Splits on spaces outside brackets, so “[--note N]” stays in one piece. */
function pieces(use: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of use) {
    if (ch === '[') depth++;
    if (ch === ']') depth--;
    if (ch === ' ' && depth === 0) {
      if (current) out.push(current);
      current = '';
    } else current += ch;
  }
  if (current) out.push(current);
  return out;
}

/** Fills lines up to `width` with the pieces, joined by single spaces. */
function fill(words: string[], width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function entryLines({ use, about }: HelpEntry): string[] {
  const uses = fill(pieces(use), WIDTH - INDENT.length - MORE.length).map((l, i) => (i === 0 ? INDENT : INDENT + MORE) + l);
  const abouts = fill(about.split(' '), WIDTH - COLUMN);
  const pad = ' '.repeat(COLUMN);
  const last = uses[uses.length - 1]!;
  if (last.length <= COLUMN - 2) {
    return [...uses.slice(0, -1), last.padEnd(COLUMN) + abouts[0], ...abouts.slice(1).map((a) => pad + a)];
  }
  return [...uses, ...abouts.map((a) => pad + a)];
}

export function fullHelp(commands: Command[]): string {
  return [
    'Usage: earshot [--data-dir DIR] [--now ISO] [--verbose] <command>',
    '',
    'Commands:',
    ...commands.flatMap((c) => c.help.flatMap(entryLines)),
    ...entryLines(HELP_ENTRY),
    '',
    'Options for every command:',
    ...GLOBAL_OPTIONS.flatMap(entryLines),
    '',
    ...fill(EXIT_CODES.split(' '), WIDTH),
  ].join('\n');
}

/**
 * One command's part of the help; with a verb (`sources add --help`), just that verb's entry when there is one.
 * Entries are matched by their words, so “watch unmute” finds “watch mute WORD | watch unmute WORD”.
 */
export function commandHelp(command: Command, verb: string | undefined): string {
  const mine = command.help.filter((e) => verb !== undefined && ` ${e.use} `.includes(` ${command.name} ${verb} `));
  const entries = mine.length ? mine : command.help;
  return [
    'Usage: earshot [--data-dir DIR] [--now ISO] [--verbose] <command>, where <command> is:',
    ...entries.flatMap(entryLines),
    '(All commands and options: earshot help)',
  ].join('\n');
}
