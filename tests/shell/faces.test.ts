// One list of Api methods, carried by every face: the engine implements exactly it, the desktop IPC binds it,
// the preload exposes it, the web host answers it, and the renderer's HTTP client calls it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import { ipcMain, resetFakes } from './fake-electron';
import { fakeCore, spyLog } from './fake-core';
import { API_METHODS } from '../../shared/api';
import { invokeChannel } from '../../shared/bridge';
import { createCore } from '../../electron/core';
import { bindApi, trustedSender } from '../../electron/main/ipc';
import { createBridge } from '../../electron/preload/bridge';
import { createWebHost } from '../../electron/web/server';
import { sampleArgs } from '../support/sample-args';
import { WORKER_PATH } from '../support/paths';

const sorted = (names: Iterable<string>) => [...names].sort();
const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe('every face carries the same Api', () => {
  it('the engine implements exactly the declared methods', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'earshot-faces-'));
    dirs.push(dir);
    const core = await createCore({ dataDir: dir, workerPath: WORKER_PATH });
    try {
      expect(sorted(Object.keys(core.api))).toEqual(sorted(API_METHODS));
    } finally {
      await core.close();
    }
  });

  it('the desktop binds one channel per method and the preload exposes one function per method', () => {
    resetFakes();
    bindApi(ipcMain, fakeCore(), trustedSender('file:///app/index.html'), spyLog());
    expect(sorted(ipcMain.handlers.keys())).toEqual(sorted(API_METHODS.map(invokeChannel)));
    const bridge = createBridge({ invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() } as never);
    expect(sorted(Object.keys(bridge.api))).toEqual(sorted(API_METHODS));
  });

  it('the web host answers every method (and nothing else)', async () => {
    const core = fakeCore();
    const dir = await mkdtemp(join(tmpdir(), 'earshot-faces-web-'));
    dirs.push(dir);
    const token = 'a-test-token-that-is-long-enough';
    const host = await createWebHost({ core, rendererDir: dir, token });
    try {
      for (const method of API_METHODS) {
        const res = await fetch(new URL(`api/${method}`, host.url), {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: JSON.stringify(sampleArgs(method)),
        });
        expect(res.status, method).toBe(200);
        expect(await res.json()).toEqual({ ok: true, value: { called: method } });
      }
      const unknown = await fetch(new URL("api/shell.exec", host.url), { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: '{}' });
      expect(unknown.status).toBe(404);
    } finally {
      await host.close();
    }
  });
});
