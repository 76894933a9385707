// What a command gets from the composition root, and what it returns (the exit code).
import type { Core } from '../core';

export interface CommandContext {
  /** The command's own tokens after its name (verb, options, positionals). */
  tokens: string[];
  /** Runs `work` with an engine opened on the chosen data folder, and closes it afterwards. */
  withCore<T>(work: (core: Core, now: () => number) => Promise<T>): Promise<T>;
  /** Writes a line to standard output. */
  out(line: string): void;
  /** Writes to standard error (progress, prompts). */
  err(text: string): void;
  stdin: NodeJS.ReadableStream;
  stderrIsTTY: boolean;
}

/** One entry of `earshot help`: how to type it, and what it does (both wrapped to fit by the help printer). */
export interface HelpEntry {
  use: string;
  about: string;
}

export interface Command {
  name: string;
  /** Older names that still work (scripts may use them); never shown in help. */
  aliases?: string[];
  /** What `earshot help` shows for this command, one entry per verb. */
  help: HelpEntry[];
  run(ctx: CommandContext): Promise<number>;
}
