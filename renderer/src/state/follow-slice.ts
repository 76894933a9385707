// Follow-ups: bookmarks ("kept"), people, forwards and the close-the-loop ledger. The engine owns the data; this
// slice mirrors it and reloads on 'follow.changed', so every face (keyboard, reading pane, screens) stays in step.
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type {
  Bookmark,
  FollowFile,
  Forward,
  ForwardEvent,
  ForwardMessage,
  ForwardProposal,
  ForwardStatus,
  OwnerSuggestion,
  Person,
} from '../../../shared/follow';
import type { Client } from '../api/client';
import { plainError } from './errors';
import type { AppStore } from './store';
import type { AppState } from './types';

export interface BookmarkFilter {
  query: string;
  sourceId: string;
}

export interface PersonInput {
  name: string;
  email?: string;
  team?: string;
  owns?: string[];
}

export interface FollowSlice {
  /** Every kept conversation's note, by conversation id (the reading pane and lists ask "is it kept?"). */
  keptNotes: Record<string, string>;
  /** The Kept screen's list, filtered. */
  bookmarks: Bookmark[];
  bookmarkFilter: BookmarkFilter;
  bookmarksLoaded: boolean;
  people: Person[];
  peopleLoaded: boolean;
  forwards: Forward[];
  forwardsLoaded: boolean;
  proposals: ForwardProposal[];
  histories: Record<string, ForwardEvent[]>;
  /** What an action (keep, forward, move…) could not do. */
  followError: string | null;
  /** What could not be loaded; shown on the follow-ups screens only, never over the reading pane. */
  followLoadError: string | null;
  /** A calm line after an action ("Kept.") for a polite live region. */
  followNotice: string | null;
  /** The conversation the forward dialog is open for. */
  forwardingId: string | null;

  loadFollow(): Promise<void>;
  loadBookmarks(): Promise<void>;
  loadPeople(): Promise<void>;
  loadForwards(): Promise<void>;
  setBookmarkFilter(filter: Partial<BookmarkFilter>): void;
  /** Keyboard b and the Keep button: keep it, or let it go. */
  toggleBookmark(id: string): void;
  keep(id: string, note?: string): Promise<boolean>;
  unkeep(id: string): Promise<boolean>;
  setKeptNote(id: string, note: string): Promise<boolean>;
  addPerson(input: PersonInput): Promise<Person | null>;
  updatePerson(id: string, input: PersonInput): Promise<boolean>;
  removePerson(id: string): Promise<boolean>;
  /** Keyboard f and the Forward button: opens the forward dialog. */
  forward(id: string): void;
  closeForward(): void;
  moveForward(id: string, status: ForwardStatus, note: string, replyLink?: string): Promise<boolean>;
  /** Sets the day to be reminded of a loop (null clears it). */
  remindForward(id: string, remindAt: number | null): Promise<boolean>;
  loadHistory(id: string): Promise<void>;
  exportLedger(): Promise<FollowFile | null>;
  clearFollowError(): void;
  /** The forward dialog's calls: they report problems through followError and return null. */
  suggestOwners(conversationId: string): Promise<OwnerSuggestion[]>;
  composeForward(conversationId: string, personId: string | null, note: string): Promise<ForwardMessage | null>;
  recordForward(conversationId: string, personId: string, note: string): Promise<Forward | null>;
  forwardFile(forwardId: string, kind: 'eml' | 'markdown'): Promise<FollowFile | null>;
}

export const createFollowSlice =
  (api: Api): StateCreator<AppState, [], [], FollowSlice> =>
  (set, get) => {
    const fail = (err: unknown, fallback: string) => set({ followError: plainError(err, fallback), followNotice: null });
    const done = (notice: string | null) => set({ followError: null, followNotice: notice });
    const failLoad = (err: unknown, fallback: string) => set({ followLoadError: plainError(err, fallback) });

    async function loadKeptNotes(): Promise<void> {
      const all = await api['bookmarks.list']({});
      set({ keptNotes: Object.fromEntries(all.map((b) => [b.conversationId, b.note])) });
    }

    return {
      keptNotes: {},
      bookmarks: [],
      bookmarkFilter: { query: '', sourceId: '' },
      bookmarksLoaded: false,
      people: [],
      peopleLoaded: false,
      forwards: [],
      forwardsLoaded: false,
      proposals: [],
      histories: {},
      followError: null,
      followLoadError: null,
      followNotice: null,
      forwardingId: null,

      async loadFollow() {
        await Promise.all([get().loadBookmarks(), get().loadPeople(), get().loadForwards()]);
      },

      async loadBookmarks() {
        const { query, sourceId } = get().bookmarkFilter;
        try {
          const [list] = await Promise.all([
            api['bookmarks.list']({ query: query.trim() || undefined, sourceId: sourceId || undefined }),
            loadKeptNotes(),
          ]);
          set({ bookmarks: list, bookmarksLoaded: true, followLoadError: null });
        } catch (err) {
          set({ bookmarksLoaded: true });
          failLoad(err, "The kept conversations couldn't be loaded.");
        }
      },

      async loadPeople() {
        try {
          set({ people: await api['people.list']({}), peopleLoaded: true, followLoadError: null });
        } catch (err) {
          set({ peopleLoaded: true });
          failLoad(err, "The list of people couldn't be loaded.");
        }
      },

      async loadForwards() {
        try {
          const [forwards, proposals] = await Promise.all([api['forwards.list']({}), api['forwards.proposals']({})]);
          set({ forwards, proposals, forwardsLoaded: true, followLoadError: null });
          // Histories shown on screen follow the ledger.
          for (const id of Object.keys(get().histories)) void get().loadHistory(id);
        } catch (err) {
          set({ forwardsLoaded: true });
          failLoad(err, "The follow-ups couldn't be loaded.");
        }
      },

      setBookmarkFilter(filter) {
        set({ bookmarkFilter: { ...get().bookmarkFilter, ...filter } });
        void get().loadBookmarks();
      },

      toggleBookmark(id) {
        if (id in get().keptNotes) void get().unkeep(id);
        else void get().keep(id);
      },

      async keep(id, note) {
        try {
          const bookmark = await api['bookmarks.add']({ conversationId: id, note });
          set({ keptNotes: { ...get().keptNotes, [id]: bookmark.note } });
          done('Kept.');
          return true;
        } catch (err) {
          fail(err, "This conversation couldn't be kept.");
          return false;
        }
      },

      async unkeep(id) {
        try {
          await api['bookmarks.remove']({ conversationId: id });
          const { [id]: _gone, ...rest } = get().keptNotes;
          set({ keptNotes: rest, bookmarks: get().bookmarks.filter((b) => b.conversationId !== id) });
          done('No longer kept.');
          return true;
        } catch (err) {
          fail(err, "This conversation couldn't be let go.");
          return false;
        }
      },

      async setKeptNote(id, note) {
        try {
          const bookmark = await api['bookmarks.update']({ conversationId: id, note });
          set({
            keptNotes: { ...get().keptNotes, [id]: bookmark.note },
            bookmarks: get().bookmarks.map((b) => (b.conversationId === id ? bookmark : b)),
          });
          done('Note saved.');
          return true;
        } catch (err) {
          fail(err, "The note couldn't be saved.");
          return false;
        }
      },

      async addPerson(input) {
        try {
          const person = await api['people.add'](input);
          set({ people: [...get().people.filter((p) => p.id !== person.id), person] });
          done(`${person.name} added.`);
          return person;
        } catch (err) {
          fail(err, "This person couldn't be added.");
          return null;
        }
      },

      async updatePerson(id, input) {
        try {
          const person = await api['people.update']({ id, ...input });
          set({ people: get().people.map((p) => (p.id === id ? person : p)) });
          done('Saved.');
          return true;
        } catch (err) {
          fail(err, "The changes couldn't be saved.");
          return false;
        }
      },

      async removePerson(id) {
        try {
          await api['people.remove']({ id });
          set({ people: get().people.filter((p) => p.id !== id) });
          done('Removed. Their follow-ups stay where they are.');
          return true;
        } catch (err) {
          fail(err, "This person couldn't be removed.");
          return false;
        }
      },

      forward(id) {
        set({ forwardingId: id, followError: null });
        if (!get().peopleLoaded) void get().loadPeople();
      },

      closeForward() {
        set({ forwardingId: null });
      },

      async moveForward(id, status, note, replyLink) {
        try {
          const forward = await api['forwards.update']({ id, status, note: note.trim() || undefined, replyLink });
          set({ forwards: get().forwards.map((f) => (f.id === id ? forward : f)) });
          done(null);
          await Promise.all([get().loadForwards(), id in get().histories ? get().loadHistory(id) : undefined]);
          return true;
        } catch (err) {
          fail(err, "This follow-up couldn't be moved.");
          return false;
        }
      },

      async remindForward(id, remindAt) {
        try {
          const forward = await api['forwards.update'](remindAt === null ? { id, clearReminder: true } : { id, remindAt });
          set({ forwards: get().forwards.map((f) => (f.id === id ? forward : f)) });
          done(remindAt === null ? 'Reminder cleared.' : 'Reminder set.');
          return true;
        } catch (err) {
          fail(err, "The reminder couldn't be set.");
          return false;
        }
      },

      async loadHistory(id) {
        try {
          const events = await api['forwards.history']({ id });
          set({ histories: { ...get().histories, [id]: events } });
        } catch (err) {
          fail(err, "This follow-up's history couldn't be loaded.");
        }
      },

      async exportLedger() {
        try {
          const file = await api['forwards.exportCsv']({});
          done(null);
          return file;
        } catch (err) {
          fail(err, "The follow-ups couldn't be exported.");
          return null;
        }
      },

      clearFollowError() {
        set({ followError: null });
      },

      async suggestOwners(conversationId) {
        try {
          return await api['forwards.suggest']({ conversationId });
        } catch {
          // A suggestion is a nicety: without one the executive simply picks.
          return [];
        }
      },

      async composeForward(conversationId, personId, note) {
        try {
          const message = await api['forwards.compose']({ conversationId, personId: personId ?? undefined, note });
          set({ followError: null });
          return message;
        } catch (err) {
          fail(err, "The message couldn't be written.");
          return null;
        }
      },

      async recordForward(conversationId, personId, note) {
        try {
          const forward = await api['forwards.create']({ conversationId, personId, note });
          set({ forwards: [forward, ...get().forwards.filter((f) => f.id !== forward.id)] });
          done(`Recorded in Follow-ups: forwarded to ${forward.personName}.`);
          return forward;
        } catch (err) {
          fail(err, "This forward couldn't be recorded.");
          return null;
        }
      },

      async forwardFile(forwardId, kind) {
        try {
          return kind === 'eml' ? await api['forwards.eml']({ forwardId }) : await api['forwards.markdown']({ forwardId });
        } catch (err) {
          fail(err, "The file couldn't be made.");
          return null;
        }
      },
    };
  };

/** First load and the engine's change events; returns the undo. */
export function startFollow(store: AppStore, client: Client): () => void {
  const offs = [
    client.on('follow.changed', () => void store.getState().loadFollow()),
    // A sync may bring a reply from the company's own account: proposals follow the conversations.
    client.on('conversations.changed', () => void store.getState().loadForwards()),
  ];
  void store.getState().loadFollow();
  return () => {
    for (const off of offs) off();
  };
}
