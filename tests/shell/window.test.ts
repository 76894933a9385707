import { beforeEach, describe, expect, it, vi } from 'vitest';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

vi.mock('electron', () => import('./fake-electron'));

import { BrowserWindow, resetFakes } from './fake-electron';
import { spyLog } from './fake-core';
import { createMainWindow, rendererTarget, windowOptions } from '../../electron/main/window';
import { appPaths } from '../../electron/main/paths';
import { menuTemplate } from '../../electron/main/menu';

const MAIN_DIR = '/opt/earshot/out/main';

describe('the window', () => {
  beforeEach(() => resetFakes());

  it('has secure web preferences and the built preload', () => {
    const prefs = windowOptions(MAIN_DIR, null).webPreferences!;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(prefs.preload).toBe(join(MAIN_DIR, '../preload/index.js'));
  });

  it('opens hidden, named Earshot, and shows when ready', () => {
    const target = rendererTarget(MAIN_DIR, undefined, false);
    const win = createMainWindow({ mainDir: MAIN_DIR, resourcesDir: '/nowhere', target, log: spyLog() }) as unknown as BrowserWindow;
    expect(win.options).toMatchObject({ title: 'Earshot', show: false });
    expect(typeof win.options['backgroundColor']).toBe('string');
    expect(win.options['webPreferences']).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });

  it("moves between screens with a mouse's Back and Forward buttons and a swipe, within the page's own history", () => {
    const target = rendererTarget(MAIN_DIR, undefined, false);
    const win = createMainWindow({ mainDir: MAIN_DIR, resourcesDir: '/nowhere', target, log: spyLog() }) as unknown as BrowserWindow;
    const history = win.webContents.navigationHistory;
    win.emit('app-command', {}, 'browser-backward');
    expect(history.goBack).not.toHaveBeenCalled(); // nothing before the first screen
    history.entries = 3;
    history.index = 2;
    win.emit('app-command', {}, 'browser-backward');
    win.emit('swipe', {}, 'right');
    expect(history.index).toBe(0);
    win.emit('app-command', {}, 'browser-forward');
    win.emit('swipe', {}, 'left');
    expect(history.index).toBe(2);
    win.emit('app-command', {}, 'media-play-pause');
    win.emit('swipe', {}, 'up');
    expect(history.index).toBe(2);
  });

  it('loads the built page from a file', () => {
    const target = rendererTarget(MAIN_DIR, undefined, false);
    const file = join(MAIN_DIR, '../renderer/index.html');
    expect(target).toEqual({ appUrl: pathToFileURL(file).href, file });
    const win = createMainWindow({ mainDir: MAIN_DIR, resourcesDir: '/nowhere', target, log: spyLog() }) as unknown as BrowserWindow;
    expect(win.loadFile).toHaveBeenCalledWith(file);
    expect(win.loadURL).not.toHaveBeenCalled();
  });

  it('uses the dev server only when not packaged', () => {
    expect(rendererTarget(MAIN_DIR, 'http://localhost:5173', false)).toEqual({ appUrl: 'http://localhost:5173', file: null });
    expect(rendererTarget(MAIN_DIR, 'http://localhost:5173', true).file).toBe(join(MAIN_DIR, '../renderer/index.html'));
    const win = createMainWindow({
      mainDir: MAIN_DIR,
      resourcesDir: '/nowhere',
      target: rendererTarget(MAIN_DIR, 'http://localhost:5173', false),
      log: spyLog(),
    }) as unknown as BrowserWindow;
    expect(win.loadURL).toHaveBeenCalledWith('http://localhost:5173');
  });

  it('logs a page that fails to load', async () => {
    const log = spyLog();
    BrowserWindow.loadError = new Error('ERR_FILE_NOT_FOUND');
    createMainWindow({ mainDir: MAIN_DIR, resourcesDir: '/nowhere', target: rendererTarget(MAIN_DIR, undefined, false), log });
    await vi.waitFor(() => expect(log.error).toHaveBeenCalledWith('The window could not load its page', BrowserWindow.loadError));
  });
});

describe('paths', () => {
  it('puts data in userData and the worker beside main', () => {
    expect(appPaths({ mainDir: MAIN_DIR, userData: '/u', isPackaged: false, processResourcesPath: '/r' })).toEqual({
      dataDir: '/u',
      workerPath: join(MAIN_DIR, 'store-worker.js'),
      resourcesDir: '/opt/earshot/resources',
    });
    expect(appPaths({ mainDir: MAIN_DIR, userData: '/u', isPackaged: true, processResourcesPath: '/r' }).resourcesDir).toBe(
      join('/r', 'resources'),
    );
  });
});

describe('the menu', () => {
  const labels = (items: { label?: string; role?: string }[]) => items.map((i) => i.label ?? i.role);

  it('has File, Edit, View and Help, with Sync now calling the engine', () => {
    const syncNow = vi.fn();
    const showAbout = vi.fn();
    const template = menuTemplate({ isMac: false, isDev: false, syncNow, showAbout });
    expect(labels(template)).toEqual(['File', 'editMenu', 'View', 'help']);
    const file = template[0]!.submenu as { label?: string; role?: string; click?: () => void }[];
    file.find((i) => i.label === 'Sync now')!.click!();
    expect(syncNow).toHaveBeenCalledTimes(1);
    expect(file.some((i) => i.role === 'quit')).toBe(true);
    const help = template[3]!.submenu as { label?: string; click?: () => void }[];
    help[0]!.click!();
    expect(showAbout).toHaveBeenCalledTimes(1);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      (menuTemplate({ isMac: false, isDev, syncNow: () => {}, showAbout: () => {} })[2]!.submenu as { role?: string }[]).map((i) => i.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(false)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom']));
    expect(roles(true)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('starts with the app menu on macOS', () => {
    expect(menuTemplate({ isMac: true, isDev: false, syncNow: () => {}, showAbout: () => {} })[0]).toEqual({ role: 'appMenu' });
  });
});
