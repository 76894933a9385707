import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { AppState, SourcesSlice } from './types';
import { plainError } from './errors';

export const createSourcesSlice =
  (api: Api): StateCreator<AppState, [], [], SourcesSlice> =>
  (set, get) => ({
    sources: [],
    sourcesLoaded: false,
    sourcesError: null,
    confirmingRemoveId: null,

    async loadSources() {
      try {
        const sources = await api['sources.list']({});
        set({ sources, sourcesLoaded: true, sourcesError: null });
      } catch (err) {
        set({ sourcesLoaded: true, sourcesError: plainError(err, "The list of sources couldn't be loaded.") });
      }
    },

    async addSource(url) {
      const trimmed = url.trim();
      if (!trimmed) {
        set({ sourcesError: 'Type the address of a source first.' });
        return false;
      }
      try {
        const added = await api['sources.add']({ url: trimmed });
        set({ sourcesError: null });
        await get().loadSources();
        // Read it at once, so its row soon says in plain words whether it works.
        void api['sync.run']({ sourceIds: [added.id] })
          .catch(() => undefined)
          .then(() => Promise.all([get().loadSources(), get().loadConversations()]));
        return true;
      } catch (err) {
        set({ sourcesError: plainError(err, "This source couldn't be added.") });
        return false;
      }
    },

    askRemoveSource(id) {
      set({ confirmingRemoveId: id });
    },

    async removeSource(id) {
      try {
        await api['sources.remove']({ id });
        set({ confirmingRemoveId: null, sourcesError: null });
        await Promise.all([get().loadSources(), get().loadConversations()]);
      } catch (err) {
        set({ confirmingRemoveId: null, sourcesError: plainError(err, "This source couldn't be removed.") });
      }
    },

    async addSamples() {
      try {
        await api['sources.addSamples']({});
        set({ sourcesError: null });
        await get().loadSources();
      } catch (err) {
        set({ sourcesError: plainError(err, "The sample sources couldn't be added.") });
        return;
      }
      await get().runSync();
      // The samples are there to show what a morning with Earshot is like: that starts with the brief.
      if (get().conversations.length > 0) get().setScreen('brief');
    },
  });
