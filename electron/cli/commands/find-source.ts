import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Source } from '../../../shared/model';
import type { Core } from '../../core';
import { normalizeSourceUrl } from '../../core/util/urls';
import { UsageError } from '../args';
import { findOne } from './find-one';

/** A file path the user typed becomes a file: URL; anything else is left for the engine to judge. */
export function sourceAddress(input: string): string {
  return existsSync(input) ? pathToFileURL(resolve(input)).href : input;
}

/**
 * The address of a new source. A local file must be there now (a web address is checked when it is read):
 * otherwise the source would only ever say the file couldn't be found.
 */
export function newSourceAddress(input: string): string {
  const address = sourceAddress(input);
  // normalizeSourceUrl decides what is a file path, as the engine will; its own errors are left for the engine.
  let url: string;
  try {
    url = normalizeSourceUrl(address);
  } catch {
    return address;
  }
  if (!url.startsWith('file:')) return address;
  const path = fileURLToPath(url);
  if (!existsSync(path)) throw new UsageError(`There is no file “${input}”.`);
  if (statSync(path).isDirectory()) throw new UsageError(`“${input}” is a folder, not a file. Give the file inside it.`);
  return address;
}

/**
 * A source named by its id, its address or its title (ignoring case), in that order. A title that several
 * sources share is refused, listing them, so the person can name one by its id or address instead.
 */
export async function findSource(core: Core, named: string): Promise<Source> {
  const sources = await core.api['sources.list']({});
  // A file that has gone is still named by its path (that is how it was added): the source it was is failing.
  const addresses = new Set([named, sourceAddress(named), ...(/^[a-z][a-z0-9+.-]*:/i.test(named) ? [] : [pathToFileURL(resolve(named)).href])]);
  const title = named.trim().toLocaleLowerCase();
  return findOne(named, sources, {
    ways: [(s) => s.id === named, (s) => addresses.has(s.url), (s) => s.title.trim().toLocaleLowerCase() === title],
    describe: (s) => `${s.title} (${s.url})`,
    nameOneBy: 'its id or address',
    none: `There is no source “${named}”. See them with: earshot sources list`,
  });
}

export async function findSourceId(core: Core, named: string): Promise<string> {
  return (await findSource(core, named)).id;
}

