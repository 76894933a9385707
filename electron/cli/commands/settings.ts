import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';

export const settingsCommand: Command = {
  name: 'settings',
  usage: ['settings [get] | settings set KEY=VALUE...'],
  async run(ctx) {
    const { positionals } = parseCommandArgs(ctx.tokens, {});
    const [verb, ...rest] = positionals;
    return ctx.withCore(async (core) => {
      if (verb === 'set') {
        const values: Record<string, string | number> = {};
        for (const pair of rest) {
          const [key, value] = pair.split('=');
          if (!key || value === undefined) throw new UsageError('Write settings as KEY=VALUE, e.g. retentionDays=60');
          values[key] = key === 'briefTime' ? value : Number(value);
        }
        ctx.out(JSON.stringify(await core.api['settings.set'](values)));
      } else if (verb === 'get' || verb === undefined) ctx.out(JSON.stringify(await core.api['settings.get']({})));
      else throw new UsageError(`“settings ${verb}” isn't a command. Try: get, set.`);
      return 0;
    });
  },
};
