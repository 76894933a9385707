// The app's lifecycle: one instance, one window, the engine started once and closed before the process ends.
import { BrowserWindow, Menu, Notification, app, dialog, ipcMain, session, shell } from 'electron';
import type { Core, CoreOptions } from '../core/types';
import type { Log } from '../core/log';
import { bindApi, forwardEvents, trustedSender } from './ipc';
import { openLogFile } from './log-file';
import { menuTemplate } from './menu';
import { appPaths } from './paths';
import { hardenContents, hardenSession } from './security';
import { createMainWindow, rendererTarget } from './window';

export interface ShellDeps {
  createCore: (opts: CoreOptions) => Promise<Core>;
  /** Folder of the built main bundle; index.ts passes its own __dirname. */
  mainDir: string;
}

/** Quitting never waits longer than this for the engine; its journal keeps every acknowledged write anyway. */
export const CLOSE_TIMEOUT_MS = 15_000;

const START_FAILED = "Earshot couldn't start. The details were written to its log.";

export function startApp(deps: ShellDeps): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const { log, path: logPath, close: closeLog } = openLogFile(app.getPath('userData'));
  const paths = appPaths({
    mainDir: deps.mainDir,
    userData: app.getPath('userData'),
    isPackaged: app.isPackaged,
    processResourcesPath: process.resourcesPath,
  });
  const target = rendererTarget(deps.mainDir, process.env['ELECTRON_RENDERER_URL'], app.isPackaged);
  log.info(`Starting Earshot ${app.getVersion()}; data in ${paths.dataDir}; log in ${logPath}`);
  logProcessFailures(log);

  let win: BrowserWindow | null = null;
  const corePromise = deps.createCore({ ...paths, log, schedule: true });
  // Handlers are bound before the window loads so the page's first calls find them; they wait for the engine.
  bindApi(ipcMain, corePromise, trustedSender(target.appUrl), log);

  const openWindow = (): void => {
    win = createMainWindow({ mainDir: deps.mainDir, resourcesDir: paths.resourcesDir, target, log });
    win.on('closed', () => (win = null));
  };

  app.on('second-instance', () => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, target.appUrl, (url) => shell.openExternal(url), log);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openWindow();
  });
  onQuitCloseCore(corePromise, log, closeLog);

  app
    .whenReady()
    .then(() => {
      hardenSession(session.defaultSession, log);
      app.setAboutPanelOptions({ applicationName: 'Earshot', applicationVersion: app.getVersion() });
      const syncNow = (): void => {
        corePromise
          .then((c) => c.api['sync.run']({}))
          .catch((error: unknown) => log.error('Sync from the menu failed', error));
      };
      const isDev = !app.isPackaged;
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          menuTemplate({ isMac: process.platform === 'darwin', isDev, syncNow, showAbout: () => app.showAboutPanel() }),
        ),
      );
      openWindow();
      return corePromise.then((c) => {
        forwardEvents(c, () => win?.webContents ?? null);
        c.on('brief.ready', () => notifyBriefReady(() => win));
        log.info('Engine ready');
      });
    })
    .catch((error: unknown) => {
      log.error('Start-up failed', error);
      // Another Earshot on the same data (the command line, say) is something the person can act on: said as it is.
      const inUse = error instanceof Error && error.name === 'DataInUseError';
      dialog.showErrorBox('Earshot', inUse ? error.message : START_FAILED);
      app.exit(1);
    });
}

/** A quiet notification when the morning brief is ready; clicking it brings the window forward. */
export function notifyBriefReady(window: () => BrowserWindow | null): void {
  if (!Notification.isSupported()) return;
  const note = new Notification({ title: 'Your morning brief is ready', body: 'What customers said, in five minutes.', silent: true });
  note.on('click', () => {
    const win = window();
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.show();
    win.focus();
  });
  note.show();
}

let processLog: Log | null = null;

/** Sends stray failures to the log file; hooked once per process, to the newest log. */
function logProcessFailures(log: Log): void {
  if (!processLog) {
    process.on('uncaughtException', (error) => processLog?.error('Uncaught exception', error));
    process.on('unhandledRejection', (reason) => processLog?.error('Unhandled rejection', reason));
  }
  processLog = log;
}

/**
 * Holds the first quit until the engine has closed (store checkpointed, worker stopped), then quits for real.
 * Exported for tests.
 */
export function onQuitCloseCore(core: Promise<Pick<Core, 'close'>>, log: Log, closeLog: () => void): void {
  let state: 'running' | 'closing' | 'closed' = 'running';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(() => {
        log.warn(`The engine took over ${CLOSE_TIMEOUT_MS} ms to close; quitting anyway`);
        resolve();
      }, CLOSE_TIMEOUT_MS);
    });
    // An engine still starting is waited for and closed too; one that failed to start has nothing to close.
    const closing = core.then((c) => c.close(), () => undefined);
    Promise.race([closing, timeout])
      .catch((error: unknown) => log.error('Closing the engine failed', error))
      .finally(() => {
        clearTimeout(timer);
        state = 'closed';
        log.info('Closed');
        closeLog();
        app.quit();
      });
  });
}
