import { hash } from 'node:crypto';

// crypto.hash: one call, no Hash object (about half the cost of createHash for short text; Node ≥ 20.12).

/** A short stable id from some text: the same input always gives the same id (journal replays stay identical). */
export function stableId(...parts: string[]): string {
  return hash('sha1', parts.join('\u0000'), 'base64url').slice(0, 16);
}

export function contentHash(...parts: string[]): string {
  return hash('sha1', parts.join('\u0000'), 'base64url').slice(0, 22);
}
