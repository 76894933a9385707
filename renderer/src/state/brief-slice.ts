// The morning brief: today's brief (the home screen), past briefs as they were shown, and the read mark.
// The engine builds and keeps briefs; this slice mirrors them and refreshes quietly on 'brief.ready'.
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { Brief, BriefListItem } from '../../../shared/brief';
import type { Client } from '../api/client';
import { focusReadingTitle } from '../lib/focus-after';
import { plainError } from './errors';
import type { AppStore } from './store';
import type { AppState } from './types';

export interface BriefSlice {
  /** Today's brief (the latest one). */
  brief: Brief | null;
  briefLoaded: boolean;
  briefError: string | null;
  /** Earlier briefs, newest first. */
  pastBriefs: BriefListItem[];
  pastBriefsLoaded: boolean;
  /** A past brief being read, as it was shown; null shows today's. */
  pastBrief: Brief | null;
  /** A calm line after an action ("Copied") for a polite live region. */
  briefNotice: string | null;
  /** Titles of the conversations themes point to, fetched when the brief does not carry them. */
  briefTitles: Record<string, string>;

  loadBrief(): Promise<void>;
  loadPastBriefs(): Promise<void>;
  openPastBrief(id: string): Promise<void>;
  closePastBrief(): void;
  markBriefRead(id: string): Promise<void>;
  copyBriefMarkdown(id: string): Promise<void>;
  /** Opens a conversation the brief points to on the conversations screen. */
  openBriefItem(conversationId: string): void;
  loadBriefTitles(ids: string[]): Promise<void>;
  clearBriefNotice(): void;
}

/** Writes text to the clipboard; a seam so tests and browsers without the async clipboard both work. */
async function writeClipboard(text: string): Promise<void> {
  const clipboard = typeof navigator === 'undefined' ? undefined : navigator.clipboard;
  if (!clipboard?.writeText) throw new Error('clipboard unavailable');
  await clipboard.writeText(text);
}

export const createBriefSlice =
  (api: Api): StateCreator<AppState, [], [], BriefSlice> =>
  (set, get) => ({
    brief: null,
    briefLoaded: false,
    briefError: null,
    pastBriefs: [],
    pastBriefsLoaded: false,
    pastBrief: null,
    briefNotice: null,
    briefTitles: {},

    async loadBrief() {
      try {
        const brief = await api['brief.today']({});
        set({ brief, briefLoaded: true, briefError: null });
      } catch (err) {
        set({ briefLoaded: true, briefError: plainError(err, "Today's brief couldn't be put together.") });
      }
    },

    async loadPastBriefs() {
      try {
        const list = await api['brief.list']({ limit: 60 });
        set({ pastBriefs: list, pastBriefsLoaded: true });
      } catch {
        // The list is a quiet extra under the brief: without it, today's brief still reads fine.
        set({ pastBriefsLoaded: true });
      }
    },

    async openPastBrief(id) {
      if (get().brief?.id === id) {
        set({ pastBrief: null, briefNotice: null });
        return;
      }
      try {
        const brief = await api['brief.get']({ id });
        if (!brief) set({ briefError: 'That brief is no longer in Earshot.' });
        else set({ pastBrief: brief, briefError: null, briefNotice: null });
      } catch (err) {
        set({ briefError: plainError(err, "That brief couldn't be opened.") });
      }
    },

    closePastBrief() {
      set({ pastBrief: null, briefNotice: null });
    },

    async markBriefRead(id) {
      try {
        const read = await api['brief.markRead']({ id });
        if (get().brief?.id === id) set({ brief: read });
        set({ pastBriefs: get().pastBriefs.map((b) => (b.id === id ? { ...b, readAt: read.readAt } : b)) });
      } catch {
        // Marking read only moves the next brief's window; a failure here is not worth interrupting the reader.
      }
    },

    async copyBriefMarkdown(id) {
      try {
        const { markdown } = await api['brief.markdown']({ id });
        await writeClipboard(markdown);
        set({ briefNotice: 'Copied' });
      } catch {
        set({ briefNotice: "The brief couldn't be copied." });
      }
    },

    openBriefItem(conversationId) {
      get().setScreen('conversations');
      // conversations.get fetches it even when it is not in the loaded page of the list.
      void get().openConversation(conversationId);
      set({ readingFrom: 'brief' });
      // The brief's button is gone with the brief: the focus goes to the title of what opened, not the page's top.
      focusReadingTitle(conversationId);
    },

    clearBriefNotice() {
      set({ briefNotice: null });
    },

    async loadBriefTitles(ids) {
      const known = get().briefTitles;
      const missing = ids.filter((id) => !(id in known));
      if (missing.length === 0) return;
      const found = await Promise.all(
        missing.map(async (id) => {
          try {
            return [id, (await api['conversations.get']({ id }))?.title ?? ''] as const;
          } catch {
            return [id, ''] as const; // without a title the theme still says how many it has
          }
        }),
      );
      set({ briefTitles: { ...get().briefTitles, ...Object.fromEntries(found) } });
    },
  });

/** First load and the engine's events; returns the undo. */
export function startBrief(store: AppStore, client: Client): () => void {
  const refresh = () => {
    void store.getState().loadBrief();
    void store.getState().loadPastBriefs();
  };
  const offs = [
    // Quietly: the brief on screen is replaced, nothing blinks or counts.
    client.on('brief.ready', refresh),
    client.on('conversations.changed', () => {
      // A brief made before anything came in (first start) is rebuilt by the engine once there is something.
      const brief = store.getState().brief;
      if (brief && brief.totals.all === 0 && brief.readAt === null) refresh();
    }),
  ];
  refresh();
  return () => {
    for (const off of offs) off();
  };
}
