import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { progressBar, syncSummaryLines } from '../print';
import { findSourceId } from './find-source';

export const syncCommand: Command = {
  name: 'sync',
  help: [{ use: 'sync [--source SOURCE]... [--json]', about: 'read every source that is due (or the ones named by id, address or title)' }],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, { source: { type: 'string', multiple: true }, json: { type: 'boolean' } });
    if (positionals.length) throw new UsageError(`sync takes no “${positionals[0]}”. Name sources with --source SOURCE (an id, address or title).`);
    return ctx.withCore(async (core) => {
      const named = values.source ?? [];
      const ids = named.length ? await Promise.all(named.map((s) => findSourceId(core, s))) : undefined;
      const stop = ctx.stderrIsTTY ? core.on('sync.progress', (p) => void (p.running && ctx.err(progressBar(p)))) : () => {};
      const summary = await core.api['sync.run']({ sourceIds: ids });
      stop();
      if (ctx.stderrIsTTY) ctx.err('\r\x1b[K');
      if (values.json) ctx.out(JSON.stringify(summary));
      else syncSummaryLines(summary).forEach((l) => ctx.out(l));
      return 0;
    });
  },
};
