// Carries the Api over IPC: one handler per declared method, arguments checked, sender checked,
// errors turned into plain sentences. Engine events are pushed to the window on their own channels.
import type { IpcMain, IpcMainInvokeEvent, WebContents } from 'electron';
import { API_EVENTS, API_METHODS, ApiError, validateArgs, type ApiMethod } from '../../shared/api';
import { eventChannel, invokeChannel } from '../../shared/bridge';
import type { Core } from '../core/types';
import type { Log } from '../core/log';
import { isAppUrl } from './security';

/** What travels back to the preload; it unwraps this and throws the message on failure. */
export type IpcReply =
  | { ok: true; value: unknown }
  | { ok: false; error: { message: string; code: ApiError['code'] } };

export type TrustedSender = (event: IpcMainInvokeEvent) => boolean;

export const UNTRUSTED_MESSAGE = 'This window is not allowed to ask Earshot for that.';
export const UNEXPECTED_MESSAGE = "Earshot couldn't finish that. The details were written to its log.";

/** Only the app's own page (not a frame that navigated elsewhere or has gone) may call the Api. */
export function trustedSender(appUrl: string): TrustedSender {
  return (event) => {
    const frame = event.senderFrame;
    return frame !== null && isAppUrl(frame.url, appUrl);
  };
}

type CoreLike = Pick<Core, 'api'>;

async function call(core: CoreLike | Promise<CoreLike>, method: ApiMethod, args: unknown, log: Log): Promise<IpcReply> {
  try {
    const checked = validateArgs(method, args);
    const { api } = await core;
    // The Api's per-method types cannot be narrowed through a computed key; validateArgs checked the shape.
    const run = api[method] as (a: unknown) => Promise<unknown>;
    return { ok: true, value: await run(checked) };
  } catch (error) {
    if (error instanceof ApiError) return { ok: false, error: { message: error.message, code: error.code } };
    log.error(`${method} failed`, error);
    return { ok: false, error: { message: UNEXPECTED_MESSAGE, code: 'failed' } };
  }
}

/**
 * Registers `api:<method>` for every Api method and nothing else. `core` may still be starting:
 * calls wait for it, so the window can show before the store has opened. Returns the undo.
 */
export function bindApi(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  core: CoreLike | Promise<CoreLike>,
  isTrustedSender: TrustedSender,
  log: Log,
): () => void {
  for (const method of API_METHODS) {
    ipcMain.handle(invokeChannel(method), async (event: IpcMainInvokeEvent, args: unknown): Promise<IpcReply> => {
      if (!isTrustedSender(event)) {
        log.warn(`Refused ${method} from ${event.senderFrame?.url ?? 'a closed frame'}`);
        return { ok: false, error: { message: UNTRUSTED_MESSAGE, code: 'invalid' } };
      }
      return call(core, method, args, log);
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(invokeChannel(method));
  };
}

/** Sends every engine event to the window's page as `event:<name>`. Returns the unsubscribe. */
export function forwardEvents(core: Pick<Core, 'on'>, target: () => WebContents | null): () => void {
  const offs = API_EVENTS.map((name) =>
    core.on(name, (payload) => {
      const contents = target();
      if (contents && !contents.isDestroyed()) contents.send(eventChannel(name), payload);
    }),
  );
  return () => offs.forEach((off) => off());
}
