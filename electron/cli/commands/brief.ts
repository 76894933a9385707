import { ApiError } from '../../../shared/api';
import { relativeTime } from '../../../shared/words';
import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';

const NOT_LISTENING = [
  "Earshot isn't listening to anything yet, so there is nothing to tell you.",
  'Start with a source: earshot sources add ADDRESS (a web address or a file),',
  'or try the samples: earshot sources samples (or earshot setup --company NAME).',
  'Then read them with: earshot sync',
].join('\n');

export const briefCommand: Command = {
  name: 'brief',
  help: [
    { use: 'brief [--json | --markdown]', about: 'today’s brief in words (or as data); built when due' },
    { use: 'brief list [--json]', about: 'past briefs, newest first' },
    { use: 'brief show ID [--json | --markdown]', about: 'a past brief, as it was shown' },
    { use: 'brief read ID', about: 'mark a brief read: the next one starts where it ended' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      json: { type: 'boolean' },
      markdown: { type: 'boolean' },
    });
    if (values.json && values.markdown) throw new UsageError('Choose one: --json or --markdown.');
    const [verb, ...rest] = positionals;
    const needId = () => {
      if (rest.length !== 1) throw new UsageError(`Give one brief: earshot brief ${verb} ID`);
      return rest[0]!;
    };
    // Old briefs are cleared away in time, so “no longer” and “never” look the same from here.
    const noBrief = (id: string) => new ApiError(`There is no brief “${id}”. See the briefs with: earshot brief list`, 'not-found');
    return ctx.withCore(async (core, now) => {
      if ((verb === undefined || verb === 'today') && !values.json && (await core.api['sources.list']({})).length === 0) {
        // "It has been quiet" would be wrong: nothing can come in until there is somewhere to listen. No brief is
        // built either, so the first real one isn't preceded by an empty one.
        ctx.out(NOT_LISTENING);
      } else if (verb === undefined || verb === 'today' || verb === 'show') {
        const brief = verb === 'show' ? await core.api['brief.get']({ id: needId() }) : await core.api['brief.today']({});
        if (!brief) throw noBrief(rest[0]!);
        ctx.out(values.json ? JSON.stringify(brief, null, 2) : brief.markdown.trimEnd());
      } else if (verb === 'list') {
        const list = await core.api['brief.list']({});
        if (values.json) list.forEach((b) => ctx.out(JSON.stringify(b)));
        else if (list.length === 0) ctx.out('No briefs yet. Run: earshot brief');
        else {
          const offset = new Date().getTimezoneOffset();
          for (const b of list) {
            const read = b.readAt ? 'read' : 'not read yet';
            ctx.out(`${b.id}  ${relativeTime(b.createdAt, now(), offset)}, ${read}\n    ${b.gist}`);
          }
        }
      } else if (verb === 'read') {
        const id = needId();
        await core.api['brief.markRead']({ id }).catch((err: unknown) => {
          throw err instanceof ApiError && err.code === 'not-found' ? noBrief(id) : err;
        });
        ctx.out('Marked as read. The next brief starts where this one ended.');
      } else throw new UsageError(`“brief ${verb}” isn't a command. Try: list, show, read.`);
      return 0;
    });
  },
};
