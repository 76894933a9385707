import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { toneCommand } from '../tone-command';

export const toneCliCommand: Command = {
  name: 'tone',
  help: [{ use: 'tone', about: 'read {"text"} lines on stdin, print {"tone"} lines' }],
  async run(ctx) {
    const { positionals } = parseCommandArgs(ctx.tokens, {});
    if (positionals.length) throw new UsageError('tone reads JSON lines like {"text": "…"} on standard input and takes no arguments.');
    return toneCommand(ctx.stdin, ctx.out);
  },
};
