// The renderer's build: plain vite, so the same bundle runs in a browser (web host) and in the desktop shell
// (electron-vite reuses these settings). base './' keeps asset URLs relative for file: loading.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';

const rendererConfig = {
  root: resolve(__dirname, 'renderer'),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    // No inline scripts or eval: the CSP allows only 'self' scripts.
    modulePreload: { polyfill: false },
  },
};

// electron-vite imports this default export for its renderer section.
export default defineConfig(rendererConfig);
