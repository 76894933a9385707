import { UsageError, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { sourceLines } from '../print';
import { findSourceId, sourceAddress } from './find-source';

export const sourcesCommand: Command = {
  name: 'sources',
  usage: [
    'sources add ADDRESS [--title T] [--kind search|general]   listen to a source (web address or file)',
    'sources list [--json]                                      the sources and their health',
    'sources remove ID|ADDRESS                                  stop listening to a source',
    'sources samples                                            add the sample sources shipped with Earshot',
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      title: { type: 'string' },
      kind: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    if (values.kind !== undefined && values.kind !== 'search' && values.kind !== 'general') {
      throw new UsageError('--kind should be "search" (every conversation counts) or "general" (only mentions count).');
    }
    const kind = values.kind as 'search' | 'general' | undefined;
    return ctx.withCore(async (core, now) => {
      if (verb === 'add') {
        if (rest.length !== 1) throw new UsageError('Give one address: earshot sources add ADDRESS');
        const s = await core.api['sources.add']({ url: sourceAddress(rest[0]!), title: values.title, kind });
        ctx.out(values.json ? JSON.stringify(s) : `Listening to ${s.title}. Read it with: earshot sync`);
      } else if (verb === 'list' || verb === undefined) {
        const list = await core.api['sources.list']({});
        if (values.json) list.forEach((s) => ctx.out(JSON.stringify(s)));
        else sourceLines(list, now()).forEach((l) => ctx.out(l));
      } else if (verb === 'remove') {
        if (rest.length !== 1) throw new UsageError('Give one source: earshot sources remove ID');
        const id = await findSourceId(core, rest[0]!);
        await core.api['sources.remove']({ id });
        ctx.out('Removed. Bookmarked and forwarded conversations from it are kept.');
      } else if (verb === 'samples') {
        const added = await core.api['sources.addSamples']({});
        ctx.out(`Added ${added.length} sample sources. Read them with: earshot sync`);
      } else throw new UsageError(`“sources ${verb}” isn't a command. Try: add, list, remove, samples.`);
      return 0;
    });
  },
};
