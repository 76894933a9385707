// The one place in the renderer that talks to the engine. Everything else receives a `Client`.
import type { Bridge } from '../../../shared/bridge';
import { createHttpClient } from './http-client';
import { takeToken } from './token';

/** The Api plus event subscription: the desktop preload's Bridge, or the same shape over HTTP. */
export type Client = Bridge;

declare global {
  interface Window {
    /** Set by the desktop preload; absent in a browser. */
    earshot?: Bridge;
  }
}

/** The desktop bridge when the preload put one there, otherwise HTTP to the web host that served this page. */
export function createClient(win: Window = window): Client {
  if (win.earshot) return win.earshot;
  return createHttpClient({ baseUrl: win.location.origin, token: takeToken(win) });
}
