// People: the lieutenants conversations are forwarded to, and the themes or watch words each one owns.
import { randomUUID } from 'node:crypto';
import { ApiError } from '../../../shared/api';
import type { FollowMethods } from '../../../shared/api-follow';
import type { Person } from '../../../shared/follow';
import type { AreaApi, EngineContext } from '../context';
import type { Store } from '../store/types';
import { stableId } from '../util/ids';

type PeopleMethods = Pick<FollowMethods, 'people.list' | 'people.add' | 'people.update' | 'people.remove'>;

interface PersonRow {
  id: string;
  name: string;
  email: string | null;
  team: string | null;
  owns: string | null;
  added_at: number;
}

// Deliberately loose (mail clients judge the rest), but strict about what could break a header or a URL.
const EMAIL = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

function toPerson(row: PersonRow): Person {
  let owns: string[] = [];
  try {
    const parsed: unknown = row.owns ? JSON.parse(row.owns) : [];
    if (Array.isArray(parsed)) owns = parsed.filter((w): w is string => typeof w === 'string');
  } catch {
    owns = [];
  }
  return { id: row.id, name: row.name, email: row.email, team: row.team, owns, addedAt: row.added_at };
}

export async function listPeople(store: Store): Promise<Person[]> {
  const rows = await store.all<PersonRow>(`SELECT * FROM people ORDER BY name COLLATE NOCASE, id`);
  return rows.map(toPerson);
}

export async function getPerson(store: Store, id: string): Promise<Person | null> {
  const row = await store.get<PersonRow>(`SELECT * FROM people WHERE id = ?`, [id]);
  return row ? toPerson(row) : null;
}

function cleanName(name: string): string {
  const clean = name.replace(/[\r\n\t]+/g, ' ').trim();
  if (!clean) throw new ApiError('A person needs a name.', 'invalid');
  return clean;
}

function cleanEmail(email: string | undefined): string | null {
  const clean = (email ?? '').trim();
  if (!clean) return null;
  if (!EMAIL.test(clean)) throw new ApiError(`“${clean}” doesn't look like an email address.`, 'invalid');
  return clean;
}

function cleanOptional(text: string | undefined): string | null {
  const clean = (text ?? '').replace(/[\r\n\t]+/g, ' ').trim();
  return clean || null;
}

/** Trimmed, without blanks or repeats (ignoring case), in the order given. */
export function cleanOwns(words: string[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const word of words ?? []) {
    const clean = word.replace(/\s+/g, ' ').trim();
    if (clean && !seen.has(clean.toLowerCase())) {
      seen.add(clean.toLowerCase());
      out.push(clean);
    }
  }
  return out;
}

/**
 * Refuses an email address that already belongs to someone else (ignoring case): two entries with one address
 * make "forward to Jo Baker" a guess, and the forwards would be split between them.
 */
async function mustBeFreeEmail(store: Store, email: string | null, exceptId?: string): Promise<void> {
  if (!email) return;
  const lower = email.toLowerCase();
  const holder = (await listPeople(store)).find((p) => p.id !== exceptId && p.email?.toLowerCase() === lower);
  if (holder) throw new ApiError(`${holder.name} already has the email address ${holder.email}.`, 'invalid');
}

export function peopleApi(ctx: EngineContext): AreaApi<PeopleMethods> {
  const changed = () => ctx.emit('follow.changed', {});

  async function mustGet(id: string): Promise<Person> {
    const person = await getPerson(ctx.store, id);
    if (!person) throw new ApiError('That person is no longer in Earshot.', 'not-found');
    return person;
  }

  return {
    async 'people.list'() {
      return listPeople(ctx.store);
    },
    async 'people.add'({ name, email, team, owns }) {
      const id = stableId('person', randomUUID());
      const clean = cleanEmail(email);
      await mustBeFreeEmail(ctx.store, clean);
      // The check is repeated in the insert itself, so two adds at once can't both pass it (ASCII case only there).
      const [result] = await ctx.store.write([
        {
          sql: `INSERT INTO people (id, name, email, team, owns, added_at)
                SELECT ?, ?, ?, ?, ?, ? WHERE ? IS NULL OR NOT EXISTS (SELECT 1 FROM people WHERE email = ? COLLATE NOCASE)`,
          params: [id, cleanName(name), clean, cleanOptional(team), JSON.stringify(cleanOwns(owns)), ctx.clock(), clean, clean],
        },
      ]);
      if ((result?.changes ?? 0) === 0) {
        await mustBeFreeEmail(ctx.store, clean);
        throw new ApiError(`Someone already has the email address ${clean}.`, 'invalid');
      }
      changed();
      return mustGet(id);
    },
    async 'people.update'({ id, name, email, team, owns }) {
      const person = await mustGet(id);
      if (email !== undefined) await mustBeFreeEmail(ctx.store, cleanEmail(email), id);
      await ctx.store.write([
        {
          sql: `UPDATE people SET name = ?, email = ?, team = ?, owns = ? WHERE id = ?`,
          params: [
            name === undefined ? person.name : cleanName(name),
            email === undefined ? person.email : cleanEmail(email),
            team === undefined ? person.team : cleanOptional(team),
            JSON.stringify(owns === undefined ? person.owns : cleanOwns(owns)),
            id,
          ],
        },
      ]);
      changed();
      return mustGet(id);
    },
    async 'people.remove'({ id }) {
      const [result] = await ctx.store.write([{ sql: `DELETE FROM people WHERE id = ?`, params: [id] }]);
      const removed = (result?.changes ?? 0) > 0;
      if (removed) changed();
      return { removed };
    },
  };
}
