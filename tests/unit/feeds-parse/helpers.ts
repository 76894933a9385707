import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const fixtureDir = resolve(__dirname, '../../fixtures/feeds');

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(fixtureDir, name)));
}
