import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { SyncSourceResult } from '../../../shared/model';
import { sourceTitle } from '../lib/status-words';
import type { AppState, JustAdded, SourcesSlice } from './types';
import { plainError } from './errors';

/** What came of reading a source just added, in one or two sentences. */
function addedWords(name: string, result: SyncSourceResult | null): Omit<JustAdded, 'id'> {
  if (!result) return { state: 'ok', words: `Added ${name}. It will be read at the next sync.` };
  if (result.status !== 'ok') {
    return { state: 'failed', words: `Added ${name}, but it couldn't be read: ${result.message} Earshot will try again later.` };
  }
  const n = result.added;
  return { state: 'ok', words: n ? `Added ${name}: ${n === 1 ? 'one conversation' : `${n} conversations`}.` : `Added ${name}. Nothing in it yet.` };
}

export const createSourcesSlice =
  (api: Api): StateCreator<AppState, [], [], SourcesSlice> =>
  (set, get) => ({
    sources: [],
    sourcesLoaded: false,
    sourcesError: null,
    confirmingRemoveId: null,
    justAdded: null,

    clearSourcesMessage() {
      const just = get().justAdded;
      // A source still being read keeps its line: what came of it is still to be said.
      if (get().sourcesError || (just && just.state !== 'reading')) set({ sourcesError: null, justAdded: just?.state === 'reading' ? just : null });
    },

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
        const name = sourceTitle(added);
        set({ sourcesError: null, justAdded: { id: added.id, state: 'reading', words: `Added ${name}. Reading it…` } });
        await get().loadSources();
        // Read it at once, and say beside the form what came of it (its row may be far down the list).
        void api['sync.run']({ sourceIds: [added.id] })
          .then((summary) => summary.sources.find((r) => r.sourceId === added.id) ?? null)
          .catch(() => null)
          .then(async (result) => {
            await Promise.all([get().loadSources(), get().loadConversations()]);
            if (get().justAdded?.id !== added.id) return;
            // Reading it may have given it its own title.
            const read = get().sources.find((s) => s.id === added.id);
            set({ justAdded: { id: added.id, ...addedWords(read ? sourceTitle(read) : name, result) } });
          });
        return true;
      } catch (err) {
        set({ sourcesError: plainError(err, "This source couldn't be added.") });
        return false;
      }
    },

    askRemoveSource(id) {
      set({ confirmingRemoveId: id });
    },

    async setSourceOwn(id, own) {
      try {
        const updated = await api['sources.update']({ id, own });
        set({ sources: get().sources.map((s) => (s.id === id ? { ...s, ...updated, conversationCount: s.conversationCount } : s)), sourcesError: null });
      } catch (err) {
        set({ sourcesError: plainError(err, "This source couldn't be changed.") });
      }
    },

    async removeSource(id) {
      try {
        await api['sources.remove']({ id });
        set({ confirmingRemoveId: null, sourcesError: null, justAdded: get().justAdded?.id === id ? null : get().justAdded });
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
