// `earshot watch`: the names Earshot listens for (company, products, competitors, people, topics), and muting.
import { ApiError } from '../../../shared/api';
import type { WatchKind, WatchWord } from '../../../shared/api-listen';
import { UsageError, parseCommandArgs } from '../args';
import type { Command } from '../command';
import type { Core } from '../../core';

const KINDS: readonly WatchKind[] = ['company', 'product', 'competitor', 'person', 'topic'];

function line(w: WatchWord): string {
  const extra = [
    w.aliases.length ? `also ${w.aliases.join(', ')}` : '',
    w.exclusions.length ? `not in ${w.exclusions.map((e) => `“${e}”`).join(', ')}` : '',
  ].filter(Boolean);
  return `${w.id}  ${w.word} (${w.kind})${extra.length ? ` — ${extra.join('; ')}` : ''}`;
}

/** A watch word named by its id or its word (case and accents aside). */
async function findWord(core: Core, idOrWord: string): Promise<WatchWord> {
  const words = await core.api['watch.list']({});
  const key = idOrWord.trim().toLocaleLowerCase();
  const found = words.find((w) => w.id === idOrWord) ?? words.find((w) => w.word.toLocaleLowerCase() === key);
  if (!found) throw new ApiError(`Earshot isn't listening for “${idOrWord}”. See the watch words with: earshot watch list`, 'not-found');
  return found;
}

export const watchCommand: Command = {
  name: 'watch',
  help: [
    {
      use: 'watch add NAME [--kind K] [--alias A]... [--exclude PHRASE]...',
      about: 'listen for a name (K: company, product, competitor, person, topic; @handles and #tags work)',
    },
    { use: 'watch list [--json]', about: 'the names Earshot listens for' },
    { use: 'watch remove ID|NAME', about: 'stop listening for a name' },
    { use: 'watch mute WORD | watch unmute WORD', about: 'hide (or show again) conversations with a word' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      kind: { type: 'string' },
      alias: { type: 'string', multiple: true },
      exclude: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    if (values.kind !== undefined && !(KINDS as readonly string[]).includes(values.kind)) {
      throw new UsageError(`--kind should be one of: ${KINDS.join(', ')}.`);
    }
    const kind = values.kind as WatchKind | undefined;
    return ctx.withCore(async (core) => {
      if (verb === 'add') {
        if (rest.length !== 1) throw new UsageError('Give one name: earshot watch add NAME (use quotes around several words)');
        const w = await core.api['watch.add']({ word: rest[0]!, kind, aliases: values.alias, exclusions: values.exclude });
        ctx.out(values.json ? JSON.stringify(w) : `Listening for ${w.word}.`);
      } else if (verb === 'list' || verb === undefined) {
        const words = await core.api['watch.list']({});
        if (values.json) words.forEach((w) => ctx.out(JSON.stringify(w)));
        else if (words.length === 0) ctx.out('Earshot is not listening for any names yet. Add one with: earshot watch add NAME');
        else words.forEach((w) => ctx.out(line(w)));
      } else if (verb === 'remove') {
        if (rest.length !== 1) throw new UsageError('Give one name or id: earshot watch remove NAME');
        const w = await findWord(core, rest[0]!);
        await core.api['watch.remove']({ id: w.id });
        ctx.out(`No longer listening for ${w.word}.`);
      } else if (verb === 'mute' || verb === 'unmute') {
        if (rest.length !== 1) throw new UsageError(`Give one word: earshot watch ${verb} WORD`);
        if (verb === 'mute') {
          await core.api['listen.mute']({ word: rest[0]! });
          ctx.out(`Conversations with “${rest[0]}” are hidden.`);
        } else {
          const before = (await core.api['listen.muted']({})).words.length;
          const after = (await core.api['listen.unmute']({ word: rest[0]! })).words.length;
          ctx.out(after < before ? `Conversations with “${rest[0]}” are shown again.` : `“${rest[0]}” wasn't muted.`);
        }
      } else throw new UsageError(`“watch ${verb}” isn't a command. Try: add, list, remove, mute, unmute.`);
      return 0;
    });
  },
};
