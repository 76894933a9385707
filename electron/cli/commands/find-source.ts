import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApiError } from '../../../shared/api';
import type { Core } from '../../core';
import { normalizeSourceUrl } from '../../core/util/urls';
import { UsageError } from '../args';

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

/** A source named by its id or its address. */
export async function findSourceId(core: Core, idOrAddress: string): Promise<string> {
  const sources = await core.api['sources.list']({});
  const address = sourceAddress(idOrAddress);
  const found = sources.find((s) => s.id === idOrAddress || s.url === address || s.url === idOrAddress);
  if (!found) throw new ApiError(`There is no source “${idOrAddress}”. See them with: earshot sources list`, 'not-found');
  return found.id;
}
