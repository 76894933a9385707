import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { parseCommand } from '../parse-command';

export const parseFilesCommand: Command = {
  name: 'parse',
  help: [{ use: 'parse [--base-url URL] [--content-type CT] FILE...', about: 'read files as sources, print JSON lines' }],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, { 'base-url': { type: 'string' }, 'content-type': { type: 'string' } });
    if (positionals.length === 0) throw new UsageError('Give one or more files: earshot parse FILE...');
    return parseCommand(positionals, { baseUrl: values['base-url'], contentType: values['content-type'] }, ctx.out);
  },
};
