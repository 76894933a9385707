// The desktop build's shape: paths the shell relies on at run time (out/main/store-worker.js,
// out/preload/index.js as CommonJS, out/renderer/index.html).
import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import config from '../../electron.vite.config';

const ROOT = resolve(__dirname, '../..');

describe('electron.vite.config', () => {
  it('builds main and the store worker side by side', () => {
    const build = config.main!.build!;
    expect(build.outDir).toBe(resolve(ROOT, 'out/main'));
    expect(build.rolldownOptions!.input).toEqual({
      index: resolve(ROOT, 'electron/main/index.ts'),
      'store-worker': resolve(ROOT, 'electron/core/store/worker.ts'),
      'sync-worker': resolve(ROOT, 'electron/core/sync/sync-worker.ts'),
    });
    expect(build.rolldownOptions!.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].js' });
    expect(build.externalizeDeps).toBe(true);
  });

  it('builds the preload as one CommonJS file with everything bundled', () => {
    const build = config.preload!.build!;
    expect(build.outDir).toBe(resolve(ROOT, 'out/preload'));
    expect(build.rolldownOptions!.input).toEqual({ index: resolve(ROOT, 'electron/preload/index.ts') });
    expect(build.rolldownOptions!.output).toMatchObject({ format: 'cjs', entryFileNames: '[name].js', codeSplitting: false });
    expect(build.externalizeDeps).toBe(false);
  });

  it('builds the renderer from renderer/ into out/renderer with React', () => {
    const renderer = config.renderer!;
    expect(renderer.root).toBe(resolve(ROOT, 'renderer'));
    expect(renderer.build!.outDir).toBe(resolve(ROOT, 'out/renderer'));
    const names = (renderer.plugins ?? []).flat().map((p) => (p && typeof p === 'object' && 'name' in p ? p.name : ''));
    expect(names.some((n) => String(n).includes('react'))).toBe(true);
  });
});
