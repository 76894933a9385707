// `earshot kept`: conversations kept for later, with a note (the app's Kept screen). `bookmarks` is its old name,
// still understood because scripts may use it.
import { ApiError } from '../../../shared/api';
import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import { relativeTime } from '../../../shared/words';

export const keptCommand: Command = {
  name: 'kept',
  aliases: ['bookmarks'],
  help: [
    { use: 'kept list [--search WORDS] [--json]', about: 'conversations kept for later, with their notes' },
    { use: 'kept add ID [--note N]', about: 'keep a conversation (again: replaces the note)' },
    { use: 'kept remove ID', about: 'stop keeping it' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      note: { type: 'string' },
      search: { type: 'string' },
      json: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    return ctx.withCore(async (core, now) => {
      if (verb === 'list' || verb === undefined) {
        const list = await core.api['bookmarks.list']({ query: values.search });
        if (values.json) list.forEach((b) => ctx.out(JSON.stringify(b)));
        else if (list.length === 0) {
          ctx.out(values.search ? `Nothing kept matches “${values.search}”.` : 'Nothing kept yet. Keep a conversation with: earshot kept add ID');
        } else {
          for (const b of list) {
            const c = b.conversation;
            ctx.out(`${b.conversationId}  ${c.title}`);
            ctx.out(`    ${c.author ? `${c.author}, ` : ''}${c.sourceTitle}, ${relativeTime(c.publishedAt, now())}${b.available ? '' : ' (kept from a snapshot)'}`);
            if (b.note) ctx.out(`    Note: ${b.note}`);
          }
        }
      } else if (verb === 'add') {
        if (rest.length !== 1) throw new UsageError('Give one conversation: earshot kept add ID [--note N]');
        const b = await core.api['bookmarks.add']({ conversationId: rest[0]!, note: values.note });
        ctx.out(values.json ? JSON.stringify(b) : `Kept “${b.conversation.title}”.`);
      } else if (verb === 'remove') {
        if (rest.length !== 1) throw new UsageError('Give one conversation: earshot kept remove ID');
        const { removed } = await core.api['bookmarks.remove']({ conversationId: rest[0]! });
        if (!removed) throw new ApiError(`“${rest[0]}” isn't kept, so there was nothing to remove. See what is kept with: earshot kept list`, 'not-found');
        ctx.out('No longer kept.');
      } else throw new UsageError(`“kept ${verb}” isn't a command. Try: list, add, remove.`);
      return 0;
    });
  },
};
