// Clean-up after every ui test (registered as the ui project's setupFiles in vitest.config.ts).
// Apps stop before their views unmount; a file's own afterEach runs before this one.
import { afterEach, vi } from 'vitest';
import { cleanup } from '@testing-library/react';
import { stopRunningApps } from './running-apps';

afterEach(() => {
  stopRunningApps();
  cleanup();
  vi.restoreAllMocks();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  localStorage.clear();
});
