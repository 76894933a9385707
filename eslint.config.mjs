// Lint rules that keep the layers apart. NEVER relax the import rules below to make a change easier:
// they are the architecture (see ../shared/DESIGN.md, "The house"). Move the code to the right layer instead.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'worker_threads', 'http', 'https', 'net', 'zlib', 'crypto', 'url', 'stream', 'events'];
const rule = (paths, patterns) => ({
  'no-restricted-imports': ['error', { paths: paths.map((name) => ({ name, message: 'This layer may not import it (see eslint.config.mjs).' })), patterns }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'coverage/**', 'test-results/**', 'bin/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: rule(['electron', 'react', 'sql.js', ...nodeBuiltins], [
      { group: ['node:*'], message: 'shared/ is pure: no Node.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports no other layer.' },
    ]),
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: rule(['electron', 'react'], [
      { group: ['**/electron/main/**', '**/electron/preload/**', '**/electron/cli/**', '**/electron/web/**', '**/renderer/**'], message: 'The engine does not know its faces.' },
    ]),
  },
  {
    files: ['electron/cli/**/*.ts', 'electron/web/**/*.ts'],
    rules: rule(['electron', 'react'], [
      { group: ['**/renderer/**', '**/electron/main/**', '**/electron/preload/**'], message: 'A face uses only the engine and shared/.' },
    ]),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: rule(['react'], [{ group: ['**/renderer/**', '**/electron/cli/**', '**/electron/web/**'], message: 'A face uses only the engine and shared/.' }]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: rule(['react', ...nodeBuiltins], [{ group: ['**/electron/core/**', '**/renderer/**'], message: 'The preload exposes the Api and nothing else.' }]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: rule(['electron', 'sql.js', ...nodeBuiltins], [
      { group: ['node:*'], message: 'The renderer has no Node: use the Api.' },
      { group: ['**/electron/**'], message: 'The renderer talks to the engine only through the Api (renderer/src/api).' },
    ]),
  },
);
