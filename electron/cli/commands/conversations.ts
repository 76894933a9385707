import { ApiError } from '../../../shared/api';
import { notListedWords } from '../../../shared/words';
import { parseCommandArgs, UsageError, wholeNumber } from '../args';
import type { Command } from '../command';
import { conversationDetail, conversationLines } from '../print';
import { findSourceId } from './find-source';

export const conversationsCommand: Command = {
  name: 'conversations',
  help: [
    {
      use: 'conversations list [--source SOURCE] [--search WORDS] [--limit N] [--json]',
      about: 'the newest conversations (20, or --limit N up to 1000); SOURCE is an id, address or title',
    },
    { use: 'conversations show ID [--json]', about: 'one conversation: who said it, where, and what' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      source: { type: 'string' },
      search: { type: 'string' },
      limit: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    const limit = wholeNumber(values.limit, '--limit', 1, 1000);
    return ctx.withCore(async (core, now) => {
      if (verb === 'list' || verb === undefined) {
        const sourceId = values.source ? await findSourceId(core, values.source) : undefined;
        const page = await core.api['conversations.list']({ sourceId, query: values.search, limit: limit ?? 20 });
        if (values.json) page.items.forEach((c) => ctx.out(JSON.stringify(c)));
        else if (page.items.length === 0) {
          ctx.out(values.search ? `Nothing matches “${values.search}”.` : 'No conversations yet. Add a source and run: earshot sync');
        } else {
          conversationLines(page.items, now()).forEach((l) => ctx.out(l));
          if (page.total > page.items.length) ctx.out(`(${page.items.length} of ${page.total}; --limit N shows more)`);
          const left = notListedWords(page.notListed);
          if (left) ctx.out(left);
        }
      } else if (verb === 'show') {
        if (rest.length !== 1) throw new UsageError('Give one conversation: earshot conversations show ID');
        const c = await core.api['conversations.get']({ id: rest[0]! });
        if (!c) throw new ApiError(`There is no conversation “${rest[0]}”.`, 'not-found');
        if (values.json) ctx.out(JSON.stringify(c));
        else conversationDetail(c, now()).forEach((l) => ctx.out(l));
      } else throw new UsageError(`“conversations ${verb}” isn't a command. Try: list, show.`);
      return 0;
    });
  },
};
