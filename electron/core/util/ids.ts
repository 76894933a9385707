import { createHash } from 'node:crypto';

/** A short stable id from some text: the same input always gives the same id (journal replays stay identical). */
export function stableId(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 16);
}

export function contentHash(...parts: string[]): string {
  return createHash('sha1').update(parts.join('\u0000')).digest('base64url').slice(0, 22);
}
