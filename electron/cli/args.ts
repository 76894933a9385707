// Command-line parsing for `earshot`: global options, the command, and plain-word usage errors.
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export const USAGE = `Usage: earshot [--data-dir DIR] [--now ISO] <command>

Commands:
  sources add ADDRESS [--title T] [--kind search|general]   listen to a source (web address or file)
  sources list [--json]                                      the sources and their health
  sources remove ID|ADDRESS                                  stop listening to a source
  sources samples                                            add the sample sources shipped with Earshot
  sync [--source ID]...                                      read every source that is due
  conversations list [--source ID] [--search WORDS] [--limit N] [--json]
  conversations show ID [--json]
  parse [--base-url URL] [--content-type CT] FILE...         read files as sources, print JSON lines
  settings [get] | settings set KEY=VALUE...
  help

Options:
  --data-dir DIR   where Earshot keeps its data (default: the desktop app's folder, or $EARSHOT_DATA_DIR)
  --now ISO        pretend the time is ISO (for tests and briefs of past days)`;

const OPTIONS = {
  'data-dir': { type: 'string' },
  now: { type: 'string' },
  title: { type: 'string' },
  kind: { type: 'string' },
  json: { type: 'boolean' },
  source: { type: 'string', multiple: true },
  search: { type: 'string' },
  limit: { type: 'string' },
  'base-url': { type: 'string' },
  'content-type': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export interface CliArgs {
  dataDir: string | undefined;
  now: number | undefined;
  command: string[];
  title?: string;
  kind?: 'search' | 'general';
  json: boolean;
  sources: string[];
  search?: string;
  limit?: number;
  baseUrl?: string;
  contentType?: string;
  help: boolean;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message.replace(/^Unknown option/, 'Unknown option').split('. ')[0] + '.');
  }
  const v = parsed.values;
  let now: number | undefined;
  if (v.now !== undefined) {
    now = Date.parse(v.now);
    if (!Number.isFinite(now)) throw new UsageError(`--now should be a date and time like 2026-11-22T07:30:00Z, not “${v.now}”.`);
  }
  if (v.kind !== undefined && v.kind !== 'search' && v.kind !== 'general') {
    throw new UsageError('--kind should be "search" (every conversation counts) or "general" (only mentions count).');
  }
  let limit: number | undefined;
  if (v.limit !== undefined) {
    limit = Number(v.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 200) throw new UsageError('--limit should be a whole number from 1 to 200.');
  }
  return {
    dataDir: v['data-dir'],
    now,
    command: parsed.positionals,
    title: v.title,
    kind: v.kind as CliArgs['kind'],
    json: v.json ?? false,
    sources: v.source ?? [],
    search: v.search,
    limit,
    baseUrl: v['base-url'],
    contentType: v['content-type'],
    help: v.help ?? false,
  };
}
