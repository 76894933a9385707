import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../../shared/api';
import type { Core } from '../../core';

/** A file path the user typed becomes a file: URL; anything else is left for the engine to judge. */
export function sourceAddress(input: string): string {
  return existsSync(input) ? pathToFileURL(resolve(input)).href : input;
}

/** A source named by its id or its address. */
export async function findSourceId(core: Core, idOrAddress: string): Promise<string> {
  const sources = await core.api['sources.list']({});
  const address = sourceAddress(idOrAddress);
  const found = sources.find((s) => s.id === idOrAddress || s.url === address || s.url === idOrAddress);
  if (!found) throw new ApiError(`There is no source “${idOrAddress}”. See them with: earshot sources list`, 'not-found');
  return found.id;
}
