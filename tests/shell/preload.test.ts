import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => import('./fake-electron'));

import { contextBridge, ipcMain, ipcRenderer, resetFakes } from './fake-electron';
import { fakeCore, spyLog } from './fake-core';
import { API_EVENTS, API_METHODS } from '../../shared/api';
import { eventChannel, invokeChannel, type Bridge } from '../../shared/bridge';
import { bindApi, trustedSender } from '../../electron/main/ipc';

let bridge: Bridge;

beforeAll(async () => {
  resetFakes();
  await import('../../electron/preload/index');
  expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  const [name, exposed] = contextBridge.exposeInMainWorld.mock.calls[0]!;
  expect(name).toBe('earshot');
  bridge = exposed as Bridge;
});

describe('the preload bridge', () => {
  beforeEach(() => {
    ipcRenderer.invoke.mockReset();
    ipcRenderer.removeAllListeners();
  });

  it('exposes exactly the Api methods plus on, and nothing else', () => {
    expect(Object.keys(bridge).sort()).toEqual(['api', 'on']);
    expect(new Set(Object.keys(bridge.api))).toEqual(new Set(API_METHODS));
    for (const m of API_METHODS) expect(typeof (bridge.api as Record<string, unknown>)[m]).toBe('function');
    expect('send' in bridge).toBe(false);
    expect('invoke' in bridge).toBe(false);
  });

  it('invokes the method channel with the arguments and unwraps the value', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: [{ id: 's1' }] });
    await expect(bridge.api['sources.list']({})).resolves.toEqual([{ id: 's1' }]);
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(invokeChannel('sources.list'), {});
  });

  it('throws an Error with the plain message on failure', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: false, error: { message: 'This source couldn’t be reached.', code: 'failed' } });
    await expect(bridge.api['sync.run']({})).rejects.toThrow(new Error('This source couldn’t be reached.'));
  });

  it('throws plainly on a reply it cannot read', async () => {
    ipcRenderer.invoke.mockResolvedValueOnce('nonsense');
    await expect(bridge.api['app.info']({})).rejects.toThrow(/couldn't read/);
  });

  it('subscribes only to declared events, without passing the IPC event, and unsubscribes', () => {
    const listener = vi.fn();
    const off = bridge.on('sources.changed', listener);
    const ipcEvent = { sender: { secret: true } };
    ipcRenderer.emit(eventChannel('sources.changed'), ipcEvent, {});
    expect(listener).toHaveBeenCalledWith({});
    expect(listener.mock.calls[0]).toHaveLength(1);
    off();
    ipcRenderer.emit(eventChannel('sources.changed'), ipcEvent, {});
    expect(listener).toHaveBeenCalledTimes(1);
    expect(ipcRenderer.listenerCount(eventChannel('sources.changed'))).toBe(0);
  });

  it('accepts every declared event', () => {
    for (const e of API_EVENTS) bridge.on(e, () => {})();
  });

  it('refuses unknown events', () => {
    const on = bridge.on as (event: string, listener: () => void) => () => void;
    expect(() => on('ipc:anything', () => {})).toThrow(/no event/);
    expect(() => on('api:sources.remove', () => {})).toThrow(/no event/);
    expect(() => on('__proto__', () => {})).toThrow(/no event/);
    expect(ipcRenderer.eventNames()).toEqual([]);
  });
});

describe('preload and main together', () => {
  it('carries a bad argument back as the plain message', async () => {
    resetFakes();
    const core = fakeCore();
    const APP = 'file:///app/out/renderer/index.html';
    bindApi(ipcMain, core, trustedSender(APP), spyLog());
    ipcRenderer.invoke.mockImplementation(async (channel: string, ...args: unknown[]) =>
      ipcMain.handlers.get(channel)!({ senderFrame: { url: APP } }, ...args),
    );
    await expect(bridge.api['sources.remove']({ id: 42 as unknown as string })).rejects.toThrow(new Error('“id” should be text.'));
    await expect(bridge.api['sources.remove']({ id: 'a' })).resolves.toEqual({ called: 'sources.remove' });
  });
});
