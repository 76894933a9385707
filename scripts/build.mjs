// Builds the node-side bundles with esbuild (store worker, CLI, web host, bench) and, unless
// --node-only, the renderer with vite. The desktop shell is built by electron-vite (`npm start`).
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const nodeOnly = process.argv.includes('--node-only');

const entries = [
  ['electron/core/store/worker.ts', 'out/worker/store-worker.js'],
  // Beside the store worker: sync finds it there (electron/core/sync/work-client.ts).
  ['electron/core/sync/sync-worker.ts', 'out/worker/sync-worker.js'],
  ['electron/cli/main.ts', 'out/cli/earshot.js'],
  ['electron/web/main.ts', 'out/web/server.js'],
  ['tests/bench/run.ts', 'out/bench/run.js'],
  ['tests/support/durability-child.ts', 'out/tests/durability-child.js'],
  ['tests/support/follow-durability-child.ts', 'out/tests/follow-durability-child.js'],
];

await Promise.all(
  entries
    .filter(([src]) => existsSync(resolve(root, src)))
    .map(([src, out]) =>
      build({
        entryPoints: [resolve(root, src)],
        outfile: resolve(root, out),
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        packages: 'external',
        sourcemap: true,
        logLevel: 'warning',
      }),
    ),
);

if (!nodeOnly && existsSync(resolve(root, 'renderer/index.html'))) {
  // Our configs are TypeScript loaded the default way; vite's notice about a future loader is not for the reader.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: resolve(root, 'vite.config.ts'), logLevel: 'warn' });
}
