import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from './types';

export const createUiSlice =
  (now: number): StateCreator<AppState, [], [], UiSlice> =>
  (set, get) => ({
    screen: 'conversations',
    now,
    dismissedNotice: null,
    setScreen(screen) {
      set({ screen });
    },
    tick(time) {
      set({ now: time });
    },
    dismissNotice() {
      set({ storeNotice: null, dismissedNotice: get().storeNotice });
    },
  });
