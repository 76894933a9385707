import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

vi.mock('electron', () => import('./fake-electron'));

import { BrowserWindow, FakeWebContents, Menu, app, dialog, fakeEvent, ipcMain, resetFakes, session } from './fake-electron';
import { fakeCore } from './fake-core';
import { API_EVENTS, API_METHODS } from '../../shared/api';
import { eventChannel, invokeChannel } from '../../shared/bridge';
import { CLOSE_TIMEOUT_MS, startApp } from '../../electron/main/app';
import type { CoreOptions } from '../../electron/core/types';

const MAIN_DIR = '/opt/earshot/out/main';

function start(core = fakeCore(), createCore = vi.fn(async (_opts: CoreOptions) => core)) {
  startApp({ createCore, mainDir: MAIN_DIR });
  return { core, createCore };
}

async function started(): Promise<BrowserWindow> {
  await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  return BrowserWindow.instances[0]!;
}

const platform = process.platform;
function setPlatform(value: string): void {
  Object.defineProperty(process, 'platform', { value, configurable: true });
}

describe('the app lifecycle', () => {
  beforeEach(() => resetFakes());
  afterEach(() => {
    setPlatform(platform);
    vi.useRealTimers();
  });

  it('quits at once when another instance holds the lock', () => {
    app.requestSingleInstanceLock.mockReturnValue(false);
    const { createCore } = start();
    expect(app.quit).toHaveBeenCalled();
    expect(createCore).not.toHaveBeenCalled();
    expect(ipcMain.handlers.size).toBe(0);
  });

  it('starts the engine in userData with the worker and resources the build placed', () => {
    const { createCore } = start();
    expect(createCore).toHaveBeenCalledTimes(1);
    const opts = createCore.mock.calls[0]![0];
    expect(opts.dataDir).toBe(app.userData);
    expect(opts.workerPath).toBe(join(MAIN_DIR, 'store-worker.js'));
    expect(opts.resourcesDir).toBe('/opt/earshot/resources');
    expect(opts.log).toBeDefined();
  });

  it('binds every Api method before the window loads', async () => {
    start();
    expect(new Set(ipcMain.handlers.keys())).toEqual(new Set(API_METHODS.map(invokeChannel)));
    expect(BrowserWindow.instances).toHaveLength(0);
    const win = await started();
    expect(win.loadFile).toHaveBeenCalledWith(join(MAIN_DIR, '../renderer/index.html'));
  });

  it('hardens the session, sets the menu, and forwards engine events to the window', async () => {
    const { core } = start();
    const win = await started();
    expect(session.defaultSession.onHeadersReceived).toBeTypeOf('function');
    expect(session.defaultSession.permissionRequest).toBeTypeOf('function');
    expect(Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(core.on).toHaveBeenCalledTimes(API_EVENTS.length + 1)); // every event to the window, and brief.ready to the notification;
    core.emit('sources.changed', {});
    expect(win.webContents.send).toHaveBeenCalledWith(eventChannel('sources.changed'), {});
  });

  it("runs a sync from the menu's Sync now", async () => {
    const { core } = start();
    await started();
    const template = Menu.buildFromTemplate.mock.calls[0]![0] as { label?: string; submenu?: { label?: string; click?: () => void }[] }[];
    template.find((m) => m.label === 'File')!.submenu!.find((i) => i.label === 'Sync now')!.click!();
    await vi.waitFor(() => expect(core.spies['sync.run']).toHaveBeenCalledWith({}));
  });

  it('applies the navigation guard to every web contents created', () => {
    start();
    const contents = new FakeWebContents();
    app.emit('web-contents-created', fakeEvent(), contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    const nav = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', nav);
    expect(nav.defaultPrevented).toBe(true);
  });

  it('quits when the last window closes, except on macOS', () => {
    start();
    setPlatform('linux');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
    setPlatform('darwin');
    app.emit('window-all-closed');
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('reopens a window on activate when there is none', async () => {
    start();
    const win = await started();
    win.closed = true;
    win.emit('closed');
    app.emit('activate');
    expect(BrowserWindow.getAllWindows()).toHaveLength(1);
    expect(BrowserWindow.instances).toHaveLength(2);
  });

  it('focuses the window when a second instance starts', async () => {
    start();
    const win = await started();
    app.emit('second-instance');
    expect(win.focus).toHaveBeenCalled();
  });

  it('closes the engine before quitting', async () => {
    let finish!: () => void;
    const core = fakeCore();
    core.close.mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    start(core);
    await started();

    const first = fakeEvent();
    app.emit('before-quit', first);
    expect(first.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(core.close).toHaveBeenCalledTimes(1));
    expect(app.quit).not.toHaveBeenCalled();

    const impatient = fakeEvent();
    app.emit('before-quit', impatient);
    expect(impatient.defaultPrevented).toBe(true);
    expect(core.close).toHaveBeenCalledTimes(1);

    finish();
    await vi.waitFor(() => expect(app.quit).toHaveBeenCalledTimes(1));
    const last = fakeEvent();
    app.emit('before-quit', last);
    expect(last.defaultPrevented).toBe(false);
  });

  it('quits anyway when the engine never finishes closing', async () => {
    const core = fakeCore();
    core.close.mockImplementation(() => new Promise<void>(() => {}));
    start(core);
    await started();
    vi.useFakeTimers();
    app.emit('before-quit', fakeEvent());
    await vi.advanceTimersByTimeAsync(CLOSE_TIMEOUT_MS - 1);
    expect(app.quit).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(app.quit).toHaveBeenCalledTimes(1);
  });

  it('shows a plain message and exits when the engine cannot start', async () => {
    start(fakeCore(), vi.fn(async () => Promise.reject(new Error('ENOSPC: no space left on device'))));
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalled());
    const [, message] = dialog.showErrorBox.mock.calls[0]!;
    expect(message).toBe("Earshot couldn't start. The details were written to its log.");
    expect(app.exit).toHaveBeenCalledWith(1);
    const logFile = join(app.userData, 'logs', 'earshot.log');
    await vi.waitFor(() => expect(readFileSync(logFile, 'utf8')).toContain('ENOSPC'));
  });

  it('says so plainly when another Earshot is using the data', async () => {
    const inUse = Object.assign(new Error('Another Earshot is using the data in /d right now (process 7). Close it and try again.'), { name: 'DataInUseError' });
    start(fakeCore(), vi.fn(async () => Promise.reject(inUse)));
    await vi.waitFor(() => expect(dialog.showErrorBox).toHaveBeenCalled());
    expect(dialog.showErrorBox.mock.calls[0]![1]).toBe(inUse.message);
    expect(app.exit).toHaveBeenCalledWith(1);
  });

  it('writes its log under userData/logs', async () => {
    start();
    await started();
    const logFile = join(app.userData, 'logs', 'earshot.log');
    expect(existsSync(logFile)).toBe(true);
    await vi.waitFor(() => expect(readFileSync(logFile, 'utf8')).toContain('Starting Earshot'));
  });
});

describe('the composition root', () => {
  beforeEach(() => resetFakes());

  it('hands the engine factory to the shell', async () => {
    const core = fakeCore();
    const createCore = vi.fn(async () => core);
    vi.doMock('../../electron/core', () => ({ createCore }));
    await import('../../electron/main/index');
    expect(createCore).toHaveBeenCalledTimes(1);
    await vi.waitFor(() => expect(BrowserWindow.instances).toHaveLength(1));
  });
});
