import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { ConversationSummary } from '../../../shared/model';
import type { AppState, ConversationsSlice } from './types';
import { plainError } from './errors';

const PAGE = 50;

const newestFirst = (items: ConversationSummary[]): ConversationSummary[] =>
  [...items].sort((a, b) => b.publishedAt - a.publishedAt);

export const createConversationsSlice =
  (api: Api): StateCreator<AppState, [], [], ConversationsSlice> =>
  (set, get) => ({
    conversations: [],
    conversationsTotal: 0,
    conversationsNotListed: null,
    showingNotListed: false,
    nextCursor: null,
    conversationsLoaded: false,
    conversationsError: null,
    selectedId: null,
    selected: null,
    readingError: null,

    async showNotListed(show) {
      if (show === get().showingNotListed) return;
      set({ showingNotListed: show, nextCursor: null });
      await get().loadConversations();
    },

    async loadConversations() {
      try {
        const page = await api['conversations.list']({ limit: PAGE, ...(get().showingNotListed ? { notListed: true } : {}) });
        set({
          conversations: newestFirst(page.items),
          conversationsTotal: page.total,
          conversationsNotListed: page.notListed,
          nextCursor: page.nextCursor,
          conversationsLoaded: true,
          conversationsError: null,
        });
      } catch (err) {
        set({ conversationsLoaded: true, conversationsError: plainError(err, "Conversations couldn't be loaded.") });
      }
    },

    async loadMoreConversations() {
      const before = get().nextCursor;
      if (!before) return;
      try {
        const page = await api['conversations.list']({ limit: PAGE, before, ...(get().showingNotListed ? { notListed: true } : {}) });
        const seen = new Set(get().conversations.map((c) => c.id));
        set({
          conversations: newestFirst([...get().conversations, ...page.items.filter((c) => !seen.has(c.id))]),
          nextCursor: page.nextCursor,
          conversationsTotal: page.total,
          conversationsNotListed: page.notListed,
        });
      } catch (err) {
        set({ conversationsError: plainError(err, "More conversations couldn't be loaded.") });
      }
    },

    async openConversation(id) {
      set({ selectedId: id, readingError: null, narrowReading: true, readingFrom: null });
      try {
        const conversation = await api['conversations.get']({ id });
        // A later click may have overtaken this one.
        if (get().selectedId !== id) return;
        if (!conversation) set({ selected: null, readingError: 'This conversation is no longer kept.' });
        else set({ selected: conversation });
      } catch (err) {
        if (get().selectedId === id) set({ selected: null, readingError: plainError(err, "This conversation couldn't be opened.") });
      }
    },
  });
