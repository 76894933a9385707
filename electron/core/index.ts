// createCore: the engine's one entry point. Each face (desktop, CLI, web host) calls it from its composition root.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pkg from '../../package.json';
import { createApi } from './api';
import { silentLog } from './log';
import { openStore } from './store';
import { ConversationsTable } from './store/conversations-table';
import { SettingsTable } from './store/settings-table';
import { SourcesTable } from './store/sources-table';
import { Scheduler } from './sync/scheduler';
import { Sync } from './sync/sync';
import type { EngineContext } from './context';
import { afterSync } from './after-sync';
import { hearWithNewerRules } from './listen/relisten';
import type { Core, CoreOptions } from './types';
import { EventHub } from './util/events';

export type { Core, CoreOptions } from './types';
export { streamLog, silentLog, type Log } from './log';

export const USER_AGENT = `Earshot/${pkg.version} (desktop listening app; +https://github.com/earshot-app/earshot)`;

export async function createCore(options: CoreOptions): Promise<Core> {
  const dataDir = resolve(options.dataDir);
  const clock = options.clock ?? Date.now;
  const log = options.log ?? silentLog;
  await mkdir(dataDir, { recursive: true });
  const store = await openStore({
    dataDir,
    clock,
    log,
    workerPath: options.workerPath ?? join(__dirname, '../worker/store-worker.js'),
  });
  if (store.notice) log.warn(store.notice);
  const events = new EventHub();
  const emitError = (err: unknown) => log.error('an event listener failed', err);
  const sources = new SourcesTable(store);
  const conversations = new ConversationsTable(store);
  const settings = new SettingsTable(store);
  // Set once the context exists: what follows each sync (full text, clean-up) needs the whole engine.
  let onSynced: ((startedAt: number) => void) | null = null;
  const sync = new Sync({
    afterSync: (startedAt) => onSynced?.(startedAt),
    store,
    sources,
    conversations,
    settings,
    clock,
    fetch: options.fetch,
    log,
    userAgent: USER_AGENT,
    onProgress: (progress) => events.emit('sync.progress', progress, emitError),
    onChanged: () => {
      events.emit('sources.changed', {}, emitError);
      events.emit('conversations.changed', {}, emitError);
    },
  });
  const pending = new Set<Promise<unknown>>();
  let closed = false;
  const background = (label: string, work: () => Promise<unknown>) => {
    if (closed) return;
    const task = work()
      .catch((err: unknown) => log.warn(`${label} failed`, err))
      .finally(() => pending.delete(task));
    pending.add(task);
  };
  const context: EngineContext = {
    store,
    sources,
    conversations,
    settings,
    sync,
    clock,
    log,
    fetch: options.fetch,
    userAgent: USER_AGENT,
    dataDir,
    resourcesDir: options.resourcesDir ?? join(__dirname, '../../resources'),
    emit: (event, payload) => events.emit(event, payload, emitError),
    changed: (what) => events.emit(`${what}.changed`, {}, emitError),
    background,
    // Asking for today's brief makes it again when what counts changed after it was made (see brief/api.ts);
    // with no brief yet there is nothing to make again (the first one is made when it is asked for).
    listeningChanged: () =>
      background('brief after a listening change', async () => {
        if (await store.get(`SELECT 1 AS one FROM briefs LIMIT 1`)) await api['brief.today']({});
      }),
  };
  const api = createApi(context);
  onSynced = (startedAt) => background('after-sync work', () => afterSync(context, startedAt));
  background('hearing conversations again with newer tone rules', () => hearWithNewerRules(context));
  const scheduler = options.schedule ? new Scheduler({ api, clock, log }) : null;
  scheduler?.start();
  let closing: Promise<void> | null = null;
  return {
    api,
    on: (event, listener) => events.on(event, listener),
    storeNotice: store.notice,
    async idle() {
      await sync.idle();
      while (pending.size) await Promise.all(pending);
    },
    close() {
      closing ??= (async () => {
        scheduler?.stop();
        await sync.idle();
        closed = true;
        await Promise.all(pending);
        await store.close();
      })();
      return closing;
    },
  };
}
