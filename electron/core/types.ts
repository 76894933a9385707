// The engine's outer shape: what each face's composition root creates and uses.
import type { Api, ApiEvent, ApiEvents } from '../../shared/api';
import type { Log } from './log';

export interface CoreOptions {
  /** Folder for the database, journal, backups and caches. Created if missing. */
  dataDir: string;
  /** Current time in ms; injected so tests and `--now` can fix it. */
  clock?: () => number;
  /** Network access; injected so tests can serve or cut it. */
  fetch?: typeof globalThis.fetch;
  log?: Log;
  /** Built store worker script (each face knows where its bundle put it). */
  workerPath?: string;
  /** Folder holding the shipped resources (demo feeds, lexicons). */
  resourcesDir?: string;
  /** Sync by itself while open (every few minutes, and before the brief time). The desktop and web host say yes. */
  schedule?: boolean;
}

export type Listener<E extends ApiEvent> = (payload: ApiEvents[E]) => void;

export interface Core {
  api: Api;
  /** Subscribes to a pushed event; returns the unsubscribe function. */
  on<E extends ApiEvent>(event: E, listener: Listener<E>): () => void;
  /** What opening the data found and did, in plain words (a damaged file set aside, a backup opened), or null. */
  readonly storeNotice: string | null;
  /** Resolves once no sync and none of the work that follows one (full text, clean-up, backup) is running. */
  idle(): Promise<void>;
  /** Finishes running work, checkpoints the store and stops its worker. */
  close(): Promise<void>;
}
