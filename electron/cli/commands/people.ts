import type { Person } from '../../../shared/follow';
import { parseCommandArgs, UsageError } from '../args';
import type { Command } from '../command';
import type { Core } from '../../core';
import { findOne } from './find-one';

function personWords(p: Person): string {
  return `${p.name} ${p.email ? `<${p.email}>` : '(no email)'} (${p.id})`;
}

/**
 * A person named by id, email or name (ignoring case). A name or email that fits several people is refused,
 * naming each with their email and id, so the person typing can pick one: a forward must never go to a guess.
 */
export async function findPerson(core: Core, named: string): Promise<Person> {
  const people = await core.api['people.list']({});
  const lower = named.trim().toLowerCase();
  return findOne(named, people, {
    ways: [(p) => p.id === named, (p) => p.email?.toLowerCase() === lower, (p) => p.name.toLowerCase() === lower],
    describe: personWords,
    nameOneBy: 'email or id',
    none: `There is no person “${named}”. See them with: earshot people list`,
  });
}

export const peopleCommand: Command = {
  name: 'people',
  help: [
    { use: 'people list [--json]', about: 'the people you forward to, and what they own' },
    { use: 'people add NAME [--email E] [--team T] [--owns WORD]...', about: 'add someone; --owns once per theme or watch word' },
    { use: 'people remove ID|EMAIL|NAME', about: 'remove someone (their follow-ups are kept)' },
  ],
  async run(ctx) {
    const { values, positionals } = parseCommandArgs(ctx.tokens, {
      email: { type: 'string' },
      team: { type: 'string' },
      owns: { type: 'string', multiple: true },
      json: { type: 'boolean' },
    });
    const [verb, ...rest] = positionals;
    return ctx.withCore(async (core) => {
      if (verb === 'list' || verb === undefined) {
        const people = await core.api['people.list']({});
        if (values.json) people.forEach((p) => ctx.out(JSON.stringify(p)));
        else if (people.length === 0) ctx.out('No people yet. Add one with: earshot people add NAME [--email E]');
        else {
          for (const p of people) {
            ctx.out(`${p.id}  ${p.name}${p.email ? ` <${p.email}>` : ''}${p.team ? `, ${p.team}` : ''}`);
            if (p.owns.length) ctx.out(`    Owns: ${p.owns.join(', ')}`);
          }
        }
      } else if (verb === 'add') {
        if (rest.length === 0) throw new UsageError('Give a name: earshot people add NAME [--email E]');
        const p = await core.api['people.add']({ name: rest.join(' '), email: values.email, team: values.team, owns: values.owns });
        ctx.out(values.json ? JSON.stringify(p) : `Added ${p.name} (${p.id}).`);
      } else if (verb === 'remove') {
        if (rest.length === 0) throw new UsageError('Give a person: earshot people remove ID');
        const person = await findPerson(core, rest.join(' '));
        await core.api['people.remove']({ id: person.id });
        ctx.out(`Removed ${person.name}. Their follow-ups stay where they are.`);
      } else throw new UsageError(`“people ${verb}” isn't a command. Try: list, add, remove.`);
      return 0;
    });
  },
};
