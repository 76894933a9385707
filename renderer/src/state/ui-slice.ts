import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';

/**
 * Lines that answer something just done on one screen ("Jo Park added.", "Copied", "Type the address…"). They
 * belong to that screen: going elsewhere leaves them behind, so the next screen never shows a stale one.
 * Screens that load on arrival say again what could not be loaded.
 */
const LEFT_BEHIND: Partial<AppState> = {
  followNotice: null,
  followError: null,
  watchNotice: null,
  watchError: null,
  briefNotice: null,
  sourcesError: null,
  justAdded: null,
  settingsNotice: null,
  settingsErrors: {},
};

/** Farther apart than this, the engine runs on a clock of its own (--now). */
const CLOCKS_APART_MS = 60_000;

export const createUiSlice =
  (now: number): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    // The brief is the home screen.
    screen: 'brief',
    now,
    dismissedNotice: null,
    narrowReading: false,
    readingFrom: null,
    setScreen(screen) {
      if (screen === get().screen) return;
      set({ ...LEFT_BEHIND, screen, narrowReading: false, readingFrom: null });
      // What lists leave out is a look taken on purpose: the next visit shows the list again.
      if (get().showingNotListed) void get().showNotListed(false);
    },
    showList() {
      set({ narrowReading: false });
    },
    clockOffset: 0,
    tick(time) {
      set({ now: time + get().clockOffset });
    },
    setEngineClock(engineNow, at) {
      // A minute or less apart is the same clock read at two moments (the answer took time to arrive).
      const offset = Math.abs(engineNow - at) > CLOCKS_APART_MS ? engineNow - at : 0;
      set({ clockOffset: offset, now: at + offset });
    },
    // Placeholders the follow-ups area replaces; the keyboard already calls them.
    toggleBookmark() {},
    forward() {},
    dismissNotice() {
      set({ storeNotice: null, dismissedNotice: get().storeNotice });
    },
  });
