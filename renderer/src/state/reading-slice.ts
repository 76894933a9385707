// Reading: the open thread (conversation, replies, kept full text), the network state, the reader's text size
// and the help overlay. The thread is read from the store first (instant, works offline), then refreshed.
import type { StateCreator } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Api } from '../../../shared/api';
import type { NetworkState, ReadThread } from '../../../shared/api-read';
import type { AppState } from './types';
import { plainError } from './errors';

export type FontSize = 'small' | 'normal' | 'large' | 'larger';
export const FONT_SIZES: readonly FontSize[] = ['small', 'normal', 'large', 'larger'];
const FONT_KEY = 'earshot.fontSize';

export interface ReadingSlice {
  thread: ReadThread | null;
  threadError: string | null;
  /** A plain sentence about keeping the whole article (while working, or its outcome). */
  fullTextMessage: string | null;
  keepingFullText: boolean;
  network: NetworkState;
  fontSize: FontSize;
  helpOpen: boolean;
  openThread(id: string): Promise<void>;
  keepFullText(id: string): Promise<void>;
  checkNetwork(): Promise<void>;
  setFontSize(size: FontSize): void;
  setHelpOpen(open: boolean): void;
  /** The whole state now, for handlers that act on it outside React's render (the keyboard). */
  current(): AppState;
}

function storedFontSize(): FontSize {
  try {
    const value = globalThis.localStorage?.getItem(FONT_KEY);
    return FONT_SIZES.includes(value as FontSize) ? (value as FontSize) : 'normal';
  } catch {
    return 'normal'; // storage refused (private window): the default is fine
  }
}

const online = (): boolean => (typeof navigator === 'undefined' ? true : navigator.onLine !== false);

export const createReadingSlice =
  (api: Api): StateCreator<AppState, [], [], ReadingSlice> =>
  (set, get) => ({
    thread: null,
    threadError: null,
    fullTextMessage: null,
    keepingFullText: false,
    network: { online: true, since: null },
    fontSize: storedFontSize(),
    helpOpen: false,

    async openThread(id) {
      if (get().thread?.conversation.id !== id) set({ thread: null, fullTextMessage: null });
      set({ threadError: null });
      try {
        const thread = await api['read.thread']({ id });
        if (get().selectedId !== id) return;
        // Not kept: the conversations slice (conversations.get) says so in its own words.
        if (!thread) {
          set({ thread: null });
          return;
        }
        set({ thread });
        // Replies are fetched again only when there is a network to ask; the engine limits how often.
        if (thread.conversation.commentsUrl && online() && get().network.online) {
          const fresh = await api['read.thread']({ id, refresh: true });
          if (get().selectedId === id && fresh) set({ thread: fresh });
          if (!fresh?.refreshed) void get().checkNetwork();
        }
      } catch (err) {
        if (get().selectedId === id) set({ threadError: plainError(err, "This conversation couldn't be opened.") });
      }
    },

    async keepFullText(id) {
      set({ keepingFullText: true, fullTextMessage: 'Fetching the whole article…' });
      try {
        const result = await api['read.fullText']({ id });
        set({ fullTextMessage: result.message });
        if (result.kept && get().selectedId === id) {
          const thread = await api['read.thread']({ id });
          if (thread && get().selectedId === id) set({ thread });
        }
      } catch (err) {
        set({ fullTextMessage: plainError(err, "The whole article couldn't be fetched.") });
      } finally {
        set({ keepingFullText: false });
        void get().checkNetwork();
      }
    },

    async checkNetwork() {
      try {
        const network = await api['app.network']({});
        const was = get().network;
        if (was.online !== network.online || was.since !== network.since) set({ network });
      } catch {
        // The engine itself is unreachable: other parts of the app say so.
      }
    },

    setFontSize(fontSize) {
      set({ fontSize });
      try {
        globalThis.localStorage?.setItem(FONT_KEY, fontSize);
      } catch {
        // not persisted; the size still applies for this session
      }
    },

    setHelpOpen(helpOpen) {
      set({ helpOpen });
    },

    current() {
      return get();
    },
  });

/** How often a sync is tried again while offline, so reading resumes by itself when the network returns. */
export const OFFLINE_RETRY_MS = 2 * 60_000;

/**
 * Keeps the network state fresh and resumes syncing by itself: after every sync, when the browser says the
 * network is back, and every few minutes while offline. Returns a function that stops it.
 */
export function startReading(store: StoreApi<AppState>, win: Window | undefined = globalThis.window): () => void {
  const s = () => store.getState();
  void s().checkNetwork();
  // A sync just ended (started here or by the engine's timer): what it met says whether we are online.
  const unsubscribe = store.subscribe((state, prev) => {
    if ((prev.syncing && !state.syncing) || (prev.progress.running && !state.progress.running)) void s().checkNetwork();
  });
  const resume = () => {
    if (!s().network.online && !s().syncing) void s().runSync();
  };
  const timer = setInterval(resume, OFFLINE_RETRY_MS);
  win?.addEventListener('online', resume);
  return () => {
    clearInterval(timer);
    unsubscribe();
    win?.removeEventListener('online', resume);
  };
}
