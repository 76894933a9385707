// The desktop build (electron-vite 6 on vite 8, so `rolldownOptions`): main + store worker, the sandboxed
// preload as one CommonJS file, and the renderer with the same settings as the browser build (vite.config.ts).
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import rendererConfig from './vite.config';

const root = __dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // Dependencies stay in node_modules (sql.js loads its wasm from there); only our code is bundled.
      externalizeDeps: true,
      rolldownOptions: {
        input: {
          index: resolve(root, 'electron/main/index.ts'),
          // Emitted beside index.js as store-worker.js: main passes join(__dirname, 'store-worker.js') to the engine.
          'store-worker': resolve(root, 'electron/core/store/worker.ts'),
          // The sync worker (parse, listen, compress off the main thread), found beside the store worker.
          'sync-worker': resolve(root, 'electron/core/sync/sync-worker.ts'),
        },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload may require only 'electron': bundle everything else into the one file.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js', codeSplitting: false },
      },
    },
  },
  // The browser build's settings (root renderer/, React, base './', out/renderer), so both faces ship one page.
  renderer: {
    ...rendererConfig,
    build: {
      ...rendererConfig.build,
      rolldownOptions: { input: resolve(root, 'renderer/index.html') },
    },
  },
});
