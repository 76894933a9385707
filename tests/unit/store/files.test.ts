// Replacing a file durably: a replacement that fails leaves the old file whole and no half-written copy behind.
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replaceFileDurably } from '../../../electron/core/store/files';
import { removeTempDirs, tempDir } from './helpers';

afterEach(removeTempDirs);

describe('replaceFileDurably', () => {
  it('removes its temporary copy when the replacement fails (a full disk would otherwise stay full)', () => {
    const dir = tempDir();
    // A folder with something in it where the file should go: the rename fails, as a full disk's write would.
    const target = join(dir, 'earshot.db');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'x');
    expect(() => replaceFileDurably(target, new Uint8Array(1000))).toThrow();
    expect(readdirSync(dir)).toEqual(['earshot.db']);
    expect(existsSync(`${target}.tmp`)).toBe(false);
  });
});
