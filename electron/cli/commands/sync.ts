import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { progressBar, syncReport } from '../print';
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
      const report = syncReport(summary);
      ctx.out(values.json ? JSON.stringify(summary) : report.summary);
      for (const problem of report.problems) ctx.err(`${problem}\n`);
      // A source that was asked for by name and couldn't be read is a failure, and so is a sync that read nothing
      // at all: a scheduled job must be able to notice. One source down among many that worked is news, not failure.
      const failed = report.failed > 0 && (ids !== undefined || report.failed === summary.sources.length);
      return failed ? 1 : 0;
    });
  },
};
