// Where the built bundles live, for tests that run them.
import { resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const WORKER_PATH = resolve(ROOT, 'out/worker/store-worker.js');
export const CLI_PATH = resolve(ROOT, 'out/cli/earshot.js');
export const WEB_PATH = resolve(ROOT, 'out/web/server.js');
export const SHARED_CORPUS = resolve(ROOT, '../shared/corpus');
