// The one window: locked-down web preferences, calm defaults, shown only once its first paint is ready.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log } from '../core/log';

/** Where the page comes from: the built file, or the dev server electron-vite names in development. */
export interface RendererTarget {
  /** The URL the page has once loaded; the navigation guard and the IPC sender check compare against it. */
  appUrl: string;
  file: string | null;
}

export function rendererTarget(mainDir: string, devServerUrl: string | undefined, isPackaged: boolean): RendererTarget {
  if (devServerUrl && !isPackaged) return { appUrl: devServerUrl, file: null };
  const file = join(mainDir, '../renderer/index.html');
  return { appUrl: pathToFileURL(file).href, file };
}

export const BACKGROUND_COLOR = '#f6f4ef';

export function windowOptions(mainDir: string, iconPath: string | null): BrowserWindowConstructorOptions {
  return {
    title: 'Earshot',
    width: 1180,
    height: 800,
    minWidth: 720,
    minHeight: 520,
    show: false,
    backgroundColor: BACKGROUND_COLOR,
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: join(mainDir, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: true,
    },
  };
}

export function createMainWindow(opts: {
  mainDir: string;
  resourcesDir: string;
  target: RendererTarget;
  log: Log;
}): BrowserWindow {
  const icon = join(opts.resourcesDir, 'icons/icon.png');
  const win = new BrowserWindow(windowOptions(opts.mainDir, existsSync(icon) ? icon : null));
  win.once('ready-to-show', () => win.show());
  // The page's own <title> must not rename the window.
  win.on('page-title-updated', (event) => event.preventDefault());
  // A mouse's Back and Forward buttons (Windows, Linux) and a swipe (macOS) move between the screens visited, as in a
  // browser: the page keeps each screen as an entry of its own history (the address never changes).
  const step = (direction: -1 | 0 | 1) => {
    const history = win.webContents.navigationHistory;
    if (direction < 0 && history.canGoBack()) history.goBack();
    if (direction > 0 && history.canGoForward()) history.goForward();
  };
  win.on('app-command', (_event, command) => step(command === 'browser-backward' ? -1 : command === 'browser-forward' ? 1 : 0));
  win.on('swipe', (_event, direction) => step(direction === 'right' ? -1 : direction === 'left' ? 1 : 0));
  const loading = opts.target.file ? win.loadFile(opts.target.file) : win.loadURL(opts.target.appUrl);
  loading.catch((error: unknown) => opts.log.error('The window could not load its page', error));
  return win;
}
