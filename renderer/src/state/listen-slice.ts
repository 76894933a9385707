// Listening: the names Earshot listens for, what is muted, sources marked widely read, the duplicates' other places,
// and set-up from a company name (propose → check each proposal → keep the chosen ones).
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { Muted, SetupArgs, SetupPreview, SetupProposal, WatchKind, WatchWord } from '../../../shared/api-listen';
import type { ConversationSummary } from '../../../shared/model';
import { count, importedWords } from '../../../shared/words';
import { plainError } from './errors';
import type { AppState } from './types';

export interface WatchInput {
  word: string;
  kind: WatchKind;
  aliases: string[];
  exclusions: string[];
}

/** A proposal's check: under way, or what it found. */
export type PreviewState = { state: 'checking' } | ({ state: 'done' } & SetupPreview);

/** A plain outcome for a component's own line: a sentence, and whether it is a problem. */
export interface Outcome {
  text: string;
  problem: boolean;
}

export interface Found {
  url: string;
  title: string;
}

/** Previews read the network; a few at a time keeps a slow server from holding up the rest. */
const PREVIEW_CONCURRENCY = 3;

export interface ListenSlice {
  watchWords: WatchWord[];
  watchLoaded: boolean;
  /** What could not be loaded or done on the names screen, as a plain sentence. */
  watchError: string | null;
  /** A calm line after an action ("Kestrel added."), for a polite live region. */
  watchNotice: string | null;
  muted: Muted;
  /** Sources marked widely read in this session (the source list does not carry the mark yet). */
  widelyRead: Record<string, boolean>;
  /** The other places the open conversation's story was heard. */
  places: { id: string; items: ConversationSummary[] } | null;

  setupArgs: SetupArgs | null;
  setupProposal: SetupProposal | null;
  setupBusy: boolean;
  setupError: string | null;
  previews: Record<string, PreviewState>;
  /** Proposals the person keeps, by address; `touched` ones are never re-ticked by a preview arriving. */
  chosen: Record<string, boolean>;
  touched: Record<string, boolean>;
  setupResult: { sources: number; watchWords: number } | null;

  loadWatch(): Promise<void>;
  addWatchWord(input: WatchInput): Promise<boolean>;
  updateWatchWord(id: string, input: Partial<WatchInput>): Promise<boolean>;
  removeWatchWord(id: string): Promise<boolean>;
  mute(what: { word?: string; sourceId?: string }): Promise<boolean>;
  unmute(what: { word?: string; sourceId?: string }): Promise<boolean>;
  setWidelyRead(sourceId: string, widelyRead: boolean): Promise<boolean>;
  loadPlaces(id: string): Promise<void>;

  /** The sources a website offers, or a plain problem. */
  discover(url: string): Promise<{ found: Found[] } | Outcome>;
  addFound(found: Found[]): Promise<Outcome>;
  importList(text: string): Promise<Outcome>;
  /** The source list as a file to save, or a plain problem. */
  exportList(): Promise<{ filename: string; type: string; text: string } | Outcome>;

  proposeSetup(args: SetupArgs): Promise<boolean>;
  choose(url: string, keep: boolean): void;
  chooseAll(keep: boolean): void;
  applySetup(): Promise<boolean>;
  resetSetup(): void;
}

const EMPTY_MUTED: Muted = { words: [], sourceIds: [] };

export const createListenSlice =
  (api: Api): StateCreator<AppState, [], [], ListenSlice> =>
  (set, get) => {
    // Each proposal run has a number so a late preview from an earlier run can't land in a newer one.
    let run = 0;

    async function act(work: () => Promise<void>, fallback: string): Promise<boolean> {
      try {
        await work();
        return true;
      } catch (err) {
        set({ watchError: plainError(err, fallback), watchNotice: null });
        return false;
      }
    }

    async function checkAll(urls: string[], mine: number) {
      let next = 0;
      const worker = async () => {
        while (next < urls.length && run === mine) {
          const url = urls[next++]!;
          let result: PreviewState;
          try {
            result = { state: 'done', ...(await api['setup.preview']({ url })) };
          } catch (err) {
            result = {
              state: 'done',
              url,
              status: 'unreachable',
              message: plainError(err, "This source couldn't be checked just now."),
              titles: [],
              count: 0,
            };
          }
          if (run !== mine) return;
          const s = get();
          const works = result.status === 'ok' && result.count > 0;
          set({
            previews: { ...s.previews, [url]: result },
            // A proposal that shows conversations is kept unless the person already decided about it.
            chosen: s.touched[url] ? s.chosen : { ...s.chosen, [url]: works },
          });
        }
      };
      await Promise.all(Array.from({ length: Math.min(PREVIEW_CONCURRENCY, urls.length) }, worker));
    }

    return {
      watchWords: [],
      watchLoaded: false,
      watchError: null,
      watchNotice: null,
      muted: EMPTY_MUTED,
      widelyRead: {},
      places: null,
      setupArgs: null,
      setupProposal: null,
      setupBusy: false,
      setupError: null,
      previews: {},
      chosen: {},
      touched: {},
      setupResult: null,

      async loadWatch() {
        try {
          const [words, muted] = await Promise.all([api['watch.list']({}), api['listen.muted']({})]);
          set({ watchWords: words, muted, watchLoaded: true, watchError: null });
        } catch (err) {
          set({ watchLoaded: true, watchError: plainError(err, "The names couldn't be loaded. Please try again.") });
        }
      },

      async addWatchWord(input) {
        const word = input.word.trim();
        if (!word) {
          set({ watchError: 'Please type a name to listen for.', watchNotice: null });
          return false;
        }
        return act(async () => {
          const saved = await api['watch.add']({ ...input, word });
          const others = get().watchWords.filter((w) => w.id !== saved.id);
          set({ watchWords: [...others, saved], watchError: null, watchNotice: `Earshot now listens for “${saved.word}”.` });
        }, "That name couldn't be added. Please try again.");
      },

      async updateWatchWord(id, input) {
        return act(async () => {
          const saved = await api['watch.update']({ id, ...input });
          set({
            watchWords: get().watchWords.map((w) => (w.id === id ? saved : w)),
            watchError: null,
            watchNotice: `“${saved.word}” saved.`,
          });
        }, "That name couldn't be saved. Please try again.");
      },

      async removeWatchWord(id) {
        const word = get().watchWords.find((w) => w.id === id)?.word ?? 'That name';
        return act(async () => {
          await api['watch.remove']({ id });
          set({
            watchWords: get().watchWords.filter((w) => w.id !== id),
            watchError: null,
            watchNotice: `Earshot no longer listens for “${word}”.`,
          });
        }, "That name couldn't be removed. Please try again.");
      },

      async mute(what) {
        if (what.word !== undefined && !what.word.trim()) {
          set({ watchError: 'Please type a word to mute.', watchNotice: null });
          return false;
        }
        const args = what.word !== undefined ? { word: what.word.trim() } : what;
        return act(async () => {
          set({ muted: await api['listen.mute'](args), watchError: null, watchNotice: 'Muted.' });
        }, "That couldn't be muted. Please try again.");
      },

      async unmute(what) {
        return act(async () => {
          set({ muted: await api['listen.unmute'](what), watchError: null, watchNotice: 'Heard again.' });
        }, "That couldn't be unmuted. Please try again.");
      },

      async setWidelyRead(sourceId, widelyRead) {
        return act(async () => {
          const done = await api['listen.widelyRead']({ sourceId, widelyRead });
          set({ widelyRead: { ...get().widelyRead, [done.sourceId]: done.widelyRead }, watchError: null });
        }, "That source couldn't be marked. Please try again.");
      },

      async loadPlaces(id) {
        if (get().places?.id !== id) set({ places: null });
        try {
          const items = await api['conversations.places']({ id });
          // Only if the reader is still on the same conversation.
          if (get().selectedId === id) set({ places: { id, items } });
        } catch {
          // The other places are a nicety; the conversation itself reads fine without them.
          set({ places: { id, items: [] } });
        }
      },

      async discover(url) {
        try {
          return { found: await api['sources.discover']({ url: url.trim() }) };
        } catch (err) {
          return { text: plainError(err, "That site couldn't be reached. Please check the address."), problem: true };
        }
      },

      async addFound(found) {
        let added = 0;
        let problem: string | null = null;
        for (const f of found) {
          try {
            await api['sources.add']({ url: f.url, ...(f.title ? { title: f.title } : {}) });
            added++;
          } catch (err) {
            problem = plainError(err, `“${f.title || f.url}” couldn't be added.`);
          }
        }
        void get().loadSources();
        if (problem) return { text: added ? `Added ${count(added, 'source')}. ${problem}` : problem, problem: true };
        return { text: `Added ${count(added, 'source')}.`, problem: false };
      },

      async importList(text) {
        try {
          const imported = await api['sources.importOpml']({ text });
          void get().loadSources();
          return { text: importedWords(imported), problem: false };
        } catch (err) {
          return { text: plainError(err, "That file couldn't be read as a list of sources."), problem: true };
        }
      },

      async exportList() {
        try {
          return await api['sources.exportOpml']({});
        } catch (err) {
          return { text: plainError(err, "The list couldn't be made just now. Please try again."), problem: true };
        }
      },

      async proposeSetup(args) {
        const mine = ++run;
        set({ setupBusy: true, setupError: null, setupResult: null, setupArgs: args });
        try {
          const proposal = await api['setup.propose'](args);
          if (run !== mine) return false;
          set({
            setupProposal: proposal,
            setupBusy: false,
            previews: Object.fromEntries(proposal.sources.map((p) => [p.url, { state: 'checking' } as PreviewState])),
            chosen: {},
            touched: {},
          });
          void checkAll(
            proposal.sources.map((p) => p.url),
            mine,
          );
          return true;
        } catch (err) {
          if (run === mine) set({ setupBusy: false, setupError: plainError(err, "Earshot couldn't suggest sources just now. Please try again.") });
          return false;
        }
      },

      choose(url, keep) {
        const s = get();
        set({ chosen: { ...s.chosen, [url]: keep }, touched: { ...s.touched, [url]: true } });
      },

      chooseAll(keep) {
        const urls = get().setupProposal?.sources.map((p) => p.url) ?? [];
        set({
          chosen: Object.fromEntries(urls.map((u) => [u, keep])),
          touched: Object.fromEntries(urls.map((u) => [u, true])),
        });
      },

      async applySetup() {
        const { setupArgs, setupProposal, chosen } = get();
        if (!setupArgs || !setupProposal) return false;
        const sources = setupProposal.sources.map((p) => p.url).filter((u) => chosen[u]);
        set({ setupBusy: true, setupError: null });
        try {
          const result = await api['setup.apply']({ ...setupArgs, sources });
          run++; // previews still under way no longer matter
          set({ setupBusy: false, setupResult: result });
          void get().loadSources();
          void get().loadWatch();
          return true;
        } catch (err) {
          set({ setupBusy: false, setupError: plainError(err, "Earshot couldn't keep those just now. Please try again.") });
          return false;
        }
      },

      resetSetup() {
        run++;
        set({ setupArgs: null, setupProposal: null, setupBusy: false, setupError: null, previews: {}, chosen: {}, touched: {}, setupResult: null });
      },
    };
  };
