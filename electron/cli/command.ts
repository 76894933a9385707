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

export interface Command {
  name: string;
  /** Usage lines shown by `earshot help`. */
  usage: string[];
  run(ctx: CommandContext): Promise<number>;
}
