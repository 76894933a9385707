import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';

// Engine tests must never pull in Electron: 'electron' resolves to a module that throws.
const noElectron = { electron: resolve(__dirname, 'tests/support/no-electron.ts') };

export default defineConfig({
  test: {
    globalSetup: ['tests/support/global-setup.ts'],
    projects: [
      {
        resolve: { alias: noElectron },
        test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        test: { name: 'shell', environment: 'node', include: ['tests/shell/**/*.test.ts'] },
      },
      {
        resolve: { alias: noElectron },
        test: {
          name: 'ui',
          environment: 'jsdom',
          include: ['tests/ui/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/ui/setup.ts'],
        },
      },
      {
        resolve: { alias: noElectron },
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
