// What every area of the engine gets to implement its part of the Api.
import type { ApiEvent, ApiEvents } from '../../shared/api';
import type { Log } from './log';
import type { ConversationsTable } from './store/conversations-table';
import type { SettingsTable } from './store/settings-table';
import type { SourcesTable } from './store/sources-table';
import type { Store } from './store/types';
import type { Sync } from './sync/sync';

export interface EngineContext {
  store: Store;
  sources: SourcesTable;
  conversations: ConversationsTable;
  settings: SettingsTable;
  sync: Sync;
  clock: () => number;
  log: Log;
  /** Injected fetch; unset, fetchFeed uses node:http and node:https. */
  fetch?: typeof globalThis.fetch;
  userAgent: string;
  dataDir: string;
  resourcesDir: string;
  emit<E extends ApiEvent>(event: E, payload: ApiEvents[E]): void;
  changed: (what: 'sources' | 'conversations') => void;
  /** Runs work that need not hold up the answer (e.g. keeping a page for offline reading); closing waits for it. */
  background(label: string, work: () => Promise<unknown>): void;
  /** What counts has changed (names, muted words or sources): today's brief is made again to match. */
  listeningChanged(): void;
}

/** One area's share of the Api: its methods as async functions. */
export type AreaApi<M extends { [K in keyof M]: { args: unknown; result: unknown } }> = {
  [K in keyof M]: (args: M[K]['args']) => Promise<M[K]['result']>;
};
