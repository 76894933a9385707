// Where the desktop app keeps and finds things. Pure, so the rules are tested without Electron.
import { join } from 'node:path';

export interface AppPaths {
  dataDir: string;
  workerPath: string;
  resourcesDir: string;
}

/** `mainDir` is the folder of the built main bundle (out/main); the store worker is emitted beside it. */
export function appPaths(opts: {
  mainDir: string;
  userData: string;
  isPackaged: boolean;
  processResourcesPath: string;
}): AppPaths {
  return {
    dataDir: opts.userData,
    workerPath: join(opts.mainDir, 'store-worker.js'),
    resourcesDir: opts.isPackaged ? join(opts.processResourcesPath, 'resources') : join(opts.mainDir, '../../resources'),
  };
}
