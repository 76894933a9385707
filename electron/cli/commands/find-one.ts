// Naming one thing on the command line: by its id, or by what people call it. A name that fits several is
// refused, naming each, so the person typing picks one: a command never acts on a guess.
import { ApiError } from '../../../shared/api';
import { UsageError } from '../args';

export interface Findable<T> {
  /** Ways of naming one, tried in order: the first that fits anything decides. */
  ways: Array<(item: T) => boolean>;
  /** One of several that fit, as a refusal names it. */
  describe(item: T): string;
  /** How to name one for sure ("email or id"). */
  nameOneBy: string;
  /** What is said when nothing fits. */
  none: string;
}

export function findOne<T>(named: string, items: readonly T[], how: Findable<T>): T {
  for (const fits of how.ways) {
    const matches = items.filter(fits);
    if (matches.length === 1) return matches[0]!;
    if (matches.length > 1) {
      const all = matches.map(how.describe);
      const list = `${all.slice(0, -1).join(', ')} or ${all[all.length - 1]}`;
      throw new UsageError(`“${named.trim()}” could be ${list}. Name one by ${how.nameOneBy}.`);
    }
  }
  throw new ApiError(how.none, 'not-found');
}
