import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { count, importedWords } from '../../../shared/words';
import { UsageError, parseCommandArgs } from '../args';
import type { Command } from '../command';
import { FileRefused, readBounded } from '../read-bounded';
import { sourceLines } from '../print';
import { findSource, newSourceAddress } from './find-source';

export const sourcesCommand: Command = {
  name: 'sources',
  help: [
    { use: 'sources add ADDRESS [--title T] [--kind search|general]', about: 'listen to a source (a web address or a file)' },
    { use: 'sources list [--json]', about: 'the sources and their health' },
    { use: 'sources remove ID|ADDRESS|TITLE', about: 'stop listening to a source' },
    { use: 'sources own ID|ADDRESS|TITLE [--not]', about: "the company's own channel: listed, not counted in the brief" },
    { use: 'sources samples', about: 'add the sample sources shipped with Earshot' },
    { use: 'sources discover ADDRESS', about: 'the sources a web page or site offers' },
    { use: 'sources import FILE.opml', about: 'add the sources in a list saved by another reader (OPML)' },
    { use: 'sources export [FILE.opml]', about: 'save the list of sources for another reader (OPML)' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      title: { type: 'string' },
      kind: { type: 'string' },
      json: { type: 'boolean' },
      not: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    if (values.kind !== undefined && values.kind !== 'search' && values.kind !== 'general') {
      throw new UsageError('--kind should be "search" (every conversation counts) or "general" (only mentions count).');
    }
    const kind = values.kind as 'search' | 'general' | undefined;
    return ctx.withCore(async (core, now) => {
      if (verb === 'add') {
        if (rest.length !== 1) throw new UsageError('Give one address: earshot sources add ADDRESS');
        const before = new Set((await core.api['sources.list']({})).map((x) => x.id));
        const s = await core.api['sources.add']({ url: newSourceAddress(rest[0]!), title: values.title, kind });
        // The engine gives back the source already there for the same address, unchanged.
        if (values.json) ctx.out(JSON.stringify(s));
        else if (!before.has(s.id)) ctx.out(`Listening to ${s.title}. Read it with: earshot sync`);
        else ctx.out(`Earshot already listens to ${s.title}${s.title === s.url ? '' : ` (${s.url})`}. Nothing was added.`);
      } else if (verb === 'list' || verb === undefined) {
        const list = await core.api['sources.list']({});
        if (values.json) list.forEach((s) => ctx.out(JSON.stringify(s)));
        else sourceLines(list, now()).forEach((l) => ctx.out(l));
      } else if (verb === 'remove') {
        if (rest.length === 0) throw new UsageError('Give one source: earshot sources remove ID|ADDRESS|TITLE');
        // A title of several words works with or without quotes, as people remove NAME does.
        const source = await findSource(core, rest.join(' '));
        await core.api['sources.remove']({ id: source.id });
        ctx.out(`No longer listening to ${source.title}. Conversations from it that you kept or forwarded stay.`);
      } else if (verb === 'own') {
        if (rest.length === 0) throw new UsageError('Give one source: earshot sources own ID|ADDRESS|TITLE [--not]');
        const source = await findSource(core, rest.join(' '));
        const own = values.not !== true;
        await core.api['sources.update']({ id: source.id, own });
        ctx.out(own ? `${source.title} is your company's own: listed, but not counted in the brief.` : `${source.title} counts in the brief again.`);
      } else if (verb === 'samples') {
        const added = await core.api['sources.addSamples']({});
        ctx.out(`Added ${count(added.length, 'sample source')}. Read them with: earshot sync`);
      } else if (verb === 'discover') {
        if (rest.length !== 1) throw new UsageError('Give one address: earshot sources discover ADDRESS');
        if (existsSync(rest[0]!)) {
          throw new UsageError(`“${rest[0]}” is on this computer; discover looks at web pages. To listen to a file: earshot sources add FILE`);
        }
        const found = await core.api['sources.discover']({ url: rest[0]! });
        if (values.json) found.forEach((f) => ctx.out(JSON.stringify(f)));
        else if (found.length === 0) ctx.out('No sources found there.');
        else found.forEach((f) => ctx.out(`${f.title}\n    ${f.url}`));
      } else if (verb === 'import') {
        if (rest.length !== 1) throw new UsageError('Give one file: earshot sources import FILE.opml');
        // Bounded as a source is: a list of sources is never gigabytes, and /dev/zero would never end.
        const bytes = await readBounded(rest[0]!).catch((err: unknown) => {
          throw new UsageError(`Couldn't read “${rest[0]}”: ${err instanceof FileRefused ? err.message : 'This file could not be read.'}`);
        });
        const text = new TextDecoder().decode(bytes);
        ctx.out(importedWords(await core.api['sources.importOpml']({ text })));
      } else if (verb === 'export') {
        if (rest.length > 1) throw new UsageError('Give at most one file: earshot sources export [FILE.opml]');
        const { text } = await core.api['sources.exportOpml']({});
        if (rest[0]) {
          await writeFile(rest[0], text);
          ctx.out(`Saved the list of sources to ${rest[0]}.`);
        } else ctx.out(text.trimEnd());
      } else throw new UsageError(`“sources ${verb}” isn't a command. Try: add, list, remove, own, samples, discover, import, export.`);
      return 0;
    });
  },
};
