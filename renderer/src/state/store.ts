// One store from slices. Made per Client (not a module singleton) so tests can give each render a fake Api.
import { createStore } from 'zustand/vanilla';
import type { StoreApi } from 'zustand/vanilla';
import type { Client } from '../api/client';
import { createConversationsSlice } from './conversations-slice';
import { createSourcesSlice } from './sources-slice';
import { createSyncSlice } from './sync-slice';
import type { AppState } from './types';
import { createUiSlice } from './ui-slice';
import { createReadingSlice, startReading } from './reading-slice';
import { createSearchSlice } from './search-slice';
import { createFollowSlice, startFollow } from './follow-slice';
import { createBriefSlice, startBrief } from './brief-slice';
import { createListenSlice } from './listen-slice';
import { createSettingsSlice } from './settings-slice';
import { followScreenHistory } from './screen-history';

export type AppStore = StoreApi<AppState>;

export function createAppStore(client: Client, now: () => number = Date.now): AppStore {
  return createStore<AppState>()((...a) => ({
    ...createSourcesSlice(client.api)(...a),
    ...createConversationsSlice(client.api)(...a),
    ...createSyncSlice(client.api, now)(...a),
    ...createUiSlice(now())(...a),
    ...createReadingSlice(client.api)(...a),
    ...createSearchSlice(client.api)(...a),
    // After the ui slice: it replaces the ui slice's toggleBookmark/forward placeholders.
    ...createFollowSlice(client.api)(...a),
    ...createBriefSlice(client.api)(...a),
    ...createListenSlice(client.api)(...a),
    ...createSettingsSlice(client.api)(...a),
  }));
}

/** First load and event wiring; returns a function that undoes the subscriptions. */
export function startApp(store: AppStore, client: Client, now: () => number = Date.now): () => void {
  const s = store.getState();
  const offs = [
    client.on('sync.progress', (p) => store.getState().setProgress(p)),
    client.on('sources.changed', () => void store.getState().loadSources()),
    client.on('conversations.changed', () => void store.getState().loadConversations()),
  ];
  const timer = setInterval(() => store.getState().tick(now()), 30_000);
  const stopReading = startReading(store);
  const stopFollow = startFollow(store, client);
  const stopBrief = startBrief(store, client);
  const stopHistory = followScreenHistory(store);
  void (async () => {
    await Promise.all([s.loadInfo(), s.loadSources(), s.loadConversations()]);
    const after = store.getState();
    // A first run has nothing to read: start where the samples are offered first and a source can be added.
    if (after.sourcesLoaded && after.sources.length === 0 && !after.sourcesError) after.setScreen('sources');
  })();
  return () => {
    clearInterval(timer);
    stopReading();
    stopFollow();
    stopBrief();
    stopHistory();
    for (const off of offs) off();
  };
}
