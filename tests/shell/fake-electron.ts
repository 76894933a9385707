// A stand-in for the 'electron' module (the binary cannot be installed here). Tests load it with
// vi.mock('electron', () => import('./fake-electron')) and inspect what the shell did with it.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** A preventable event like Electron's, with the fields the shell reads. */
export function fakeEvent<T extends object>(fields: T = {} as T): T & { preventDefault: () => void; defaultPrevented: boolean } {
  const event = {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      event.defaultPrevented = true;
    },
  };
  return event;
}

type OpenHandler = (details: { url: string }) => { action: string };

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: OpenHandler | null = null;
  destroyed = false;
  send = vi.fn();
  setWindowOpenHandler = vi.fn((handler: OpenHandler) => {
    this.windowOpenHandler = handler;
  });
  isDestroyed = (): boolean => this.destroyed;
  /** Entries and where the page is among them. */
  navigationHistory = {
    entries: 1,
    index: 0,
    canGoBack: (): boolean => this.navigationHistory.index > 0,
    canGoForward: (): boolean => this.navigationHistory.index < this.navigationHistory.entries - 1,
    goBack: vi.fn(() => {
      this.navigationHistory.index--;
    }),
    goForward: vi.fn(() => {
      this.navigationHistory.index++;
    }),
  };
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  static getAllWindows = (): BrowserWindow[] => BrowserWindow.instances.filter((w) => !w.closed);
  /** When set, page loads fail with it. */
  static loadError: Error | null = null;
  closed = false;
  webContents = new FakeWebContents();
  loadFile = vi.fn(async (_file: string) => {
    if (BrowserWindow.loadError) throw BrowserWindow.loadError;
  });
  loadURL = vi.fn(async (_url: string) => {
    if (BrowserWindow.loadError) throw BrowserWindow.loadError;
  });
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = (): boolean => false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
  }
}

type Handler = (event: unknown, ...args: unknown[]) => unknown;

export const ipcMain = {
  handlers: new Map<string, Handler>(),
  handle: vi.fn((channel: string, handler: Handler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcMain.handlers.delete(channel);
  }),
};

export const ipcRenderer = Object.assign(new EventEmitter(), {
  invoke: vi.fn(async (_channel: string, ..._args: unknown[]): Promise<unknown> => undefined),
});

export const contextBridge = { exposeInMainWorld: vi.fn() };

export function fakeSession() {
  return {
    onHeadersReceived: null as null | ((details: unknown, cb: (r: unknown) => void) => void),
    permissionRequest: null as null | ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void),
    permissionCheck: null as null | ((...args: unknown[]) => boolean),
    get webRequest() {
      return {
        onHeadersReceived: (listener: (details: unknown, cb: (r: unknown) => void) => void) => {
          this.onHeadersReceived = listener;
        },
      };
    },
    setPermissionRequestHandler(handler: (wc: unknown, permission: string, cb: (granted: boolean) => void) => void) {
      this.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      this.permissionCheck = handler;
    },
  };
}

export const session = { defaultSession: fakeSession() };
export const shell = { openExternal: vi.fn(async (_url: string) => {}) };
export const dialog = { showErrorBox: vi.fn() };
export class Notification extends EventEmitter {
  static instances: Notification[] = [];
  static isSupported = vi.fn(() => true);
  show = vi.fn();
  constructor(readonly options: { title: string; body: string; silent?: boolean }) {
    super();
    Notification.instances.push(this);
  }
}
export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const app = Object.assign(new EventEmitter(), {
  userData: '',
  isPackaged: false,
  requestSingleInstanceLock: vi.fn(() => true),
  quit: vi.fn(),
  exit: vi.fn(),
  getPath: vi.fn((_name: string) => app.userData),
  getVersion: () => '0.1.0',
  whenReady: vi.fn(() => Promise.resolve()),
  isReady: () => true,
  setAboutPanelOptions: vi.fn(),
  showAboutPanel: vi.fn(),
});

/** Puts every fake back to its first state, with a fresh userData folder. */
export function resetFakes(): void {
  vi.clearAllMocks();
  BrowserWindow.instances = [];
  Notification.instances = [];
  BrowserWindow.loadError = null;
  ipcMain.handlers.clear();
  ipcRenderer.removeAllListeners();
  app.removeAllListeners();
  app.userData = mkdtempSync(join(tmpdir(), 'earshot-shell-'));
  app.isPackaged = false;
  app.requestSingleInstanceLock.mockReturnValue(true);
  session.defaultSession = fakeSession();
}
