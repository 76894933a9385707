// Builds `window.earshot`: exactly the Api's methods plus event subscription. No generic send, no channel
// names from the page: every channel is derived here from the declared lists.
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import { API_EVENTS, API_METHODS, type Api, type ApiEvent } from '../../shared/api';
import { eventChannel, invokeChannel, type Bridge } from '../../shared/bridge';

const UNREADABLE_REPLY = "Earshot's engine gave an answer the window couldn't read.";

type Reply = { ok: true; value: unknown } | { ok: false; error: { message: string } };

function isReply(value: unknown): value is Reply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { ok?: unknown; error?: { message?: unknown } };
  if (reply.ok === true) return true;
  return reply.ok === false && typeof reply.error?.message === 'string';
}

export function createBridge(ipc: Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>): Bridge {
  const entries = API_METHODS.map((method) => {
    const call = async (args: unknown): Promise<unknown> => {
      const reply: unknown = await ipc.invoke(invokeChannel(method), args);
      if (!isReply(reply)) throw new Error(UNREADABLE_REPLY);
      // Only the plain sentence crosses the context bridge; technical detail stays in the main log.
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    };
    return [method, call] as const;
  });
  // Built from API_METHODS, so it has every method; TypeScript cannot see that through Object.fromEntries.
  const api = Object.freeze(Object.fromEntries(entries)) as unknown as Api;

  const on: Bridge['on'] = (event, listener) => {
    if (!(API_EVENTS as readonly string[]).includes(event)) {
      throw new Error(`Earshot has no event called “${String(event)}”.`);
    }
    if (typeof listener !== 'function') throw new Error('A listener must be a function.');
    const channel = eventChannel(event as ApiEvent);
    // The IpcRendererEvent (with its sender) must never reach the page.
    const relay = (_event: IpcRendererEvent, payload: unknown): void => listener(payload as never);
    ipc.on(channel, relay);
    return () => {
      ipc.removeListener(channel, relay);
    };
  };

  return Object.freeze({ api, on });
}
