// What the desktop preload exposes to the page as `earshot`: the Api's methods and event subscription, nothing else.
import type { Api, ApiEvent, ApiEvents } from './api';

export interface Bridge {
  api: Api;
  on<E extends ApiEvent>(event: E, listener: (payload: ApiEvents[E]) => void): () => void;
}

/** IPC channel names, shared by main and preload so neither spells them twice. */
export const invokeChannel = (method: string): string => `api:${method}`;
export const eventChannel = (event: string): string => `event:${event}`;
