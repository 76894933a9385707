import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { AppState, SyncSlice } from './types';
import { plainError } from './errors';

const IDLE = { running: false, done: 0, total: 0, current: null };

export const createSyncSlice =
  (api: Api, now: () => number): StateCreator<AppState, [], [], SyncSlice> =>
  (set, get) => ({
    progress: IDLE,
    syncing: false,
    lastSyncedAt: null,
    syncError: null,
    storeNotice: null,

    async loadInfo() {
      try {
        const info = await api['app.info']({});
        get().setEngineClock(info.now, now());
        // Never backwards: a sync this page just ran may be newer than what the engine had written down.
        const known = get().lastSyncedAt;
        const lastSyncedAt = known !== null && (info.lastSyncedAt ?? 0) < known ? known : info.lastSyncedAt;
        const storeNotice = info.storeNotice === get().dismissedNotice ? null : info.storeNotice;
        set({ lastSyncedAt, storeNotice });
      } catch {
        // The rest of the app says when the engine is unreachable; the header just stays quiet.
      }
    },

    async runSync() {
      if (get().syncing) return;
      set({ syncing: true, syncError: null, progress: { ...IDLE, running: true } });
      try {
        const summary = await api['sync.run']({});
        const failed = summary.failed;
        set({
          lastSyncedAt: summary.finishedAt,
          syncError:
            failed > 0 ? `${failed} source${failed === 1 ? '' : 's'} couldn't be read this time. See Sources for details.` : null,
        });
      } catch (err) {
        set({ syncError: plainError(err, "The sync couldn't finish.") });
      } finally {
        set({ syncing: false, progress: IDLE });
      }
      await Promise.all([get().loadSources(), get().loadConversations(), get().loadInfo()]);
    },

    hideSyncError() {
      set({ syncError: null });
    },

    setProgress(progress) {
      const wasRunning = get().progress.running;
      set({ progress });
      // A sync the engine started on its own (its timer) has ended: show what it brought.
      if (wasRunning && !progress.running && !get().syncing) {
        void Promise.all([get().loadSources(), get().loadConversations(), get().loadInfo()]);
      }
    },
  });
