import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';

export const createUiSlice =
  (now: number): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    // The brief is the home screen.
    screen: 'brief',
    now,
    dismissedNotice: null,
    setScreen(screen) {
      set({ screen });
    },
    tick(time) {
      set({ now: time });
    },
    // Placeholders the follow-ups area replaces; the keyboard already calls them.
    toggleBookmark() {},
    forward() {},
    dismissNotice() {
      set({ storeNotice: null, dismissedNotice: get().storeNotice });
    },
  });
