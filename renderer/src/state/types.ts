// The store's shape: one zustand store built from slices. Each slice's actions live beside it and call the Api.
import type { Conversation, ConversationSummary, NotListed, Source, SyncProgress } from '../../../shared/model';
import type { ReadingSlice } from './reading-slice';
import type { SearchSlice } from './search-slice';
import type { FollowSlice } from './follow-slice';
import type { BriefSlice } from './brief-slice';
import type { ListenSlice } from './listen-slice';
import type { SettingsSlice } from './settings-slice';

export type Screen =
  | 'conversations'
  | 'sources'
  | 'search'
  | 'brief'
  | 'kept'
  | 'people'
  | 'followups'
  | 'watch'
  | 'setup'
  | 'settings';

export interface JustAdded {
  id: string;
  state: 'reading' | 'ok' | 'failed';
  words: string;
}

export interface SourcesSlice {
  sources: Source[];
  sourcesLoaded: boolean;
  sourcesError: string | null;
  /** The source whose removal is waiting for confirmation. */
  confirmingRemoveId: string | null;
  /** The source just added by address, while it is read and then what came of it, said beside the form. */
  justAdded: JustAdded | null;
  clearSourcesMessage(): void;
  loadSources(): Promise<void>;
  addSource(url: string): Promise<boolean>;
  askRemoveSource(id: string | null): void;
  removeSource(id: string): Promise<void>;
  /** Marks a source as the company's own channel (listed, left out of the brief), or not. */
  setSourceOwn(id: string, own: boolean): Promise<void>;
  addSamples(): Promise<void>;
}

export interface ConversationsSlice {
  conversations: ConversationSummary[];
  conversationsTotal: number;
  /** What the list leaves out (repeats, replies, …); null before the first page. */
  conversationsNotListed: NotListed | null;
  /** The list shows what lists leave out (each with why) instead of what they show. */
  showingNotListed: boolean;
  showNotListed(show: boolean): Promise<void>;
  nextCursor: string | null;
  conversationsLoaded: boolean;
  conversationsError: string | null;
  selectedId: string | null;
  selected: Conversation | null;
  readingError: string | null;
  loadConversations(): Promise<void>;
  loadMoreConversations(): Promise<void>;
  openConversation(id: string): Promise<void>;
}

export interface SyncSlice {
  progress: SyncProgress;
  syncing: boolean;
  lastSyncedAt: number | null;
  syncError: string | null;
  storeNotice: string | null;
  loadInfo(): Promise<void>;
  runSync(): Promise<void>;
  setProgress(progress: SyncProgress): void;
  /** Puts the sync's warning away until the next sync. */
  hideSyncError(): void;
}

export interface UiSlice {
  screen: Screen;
  /** The time words are computed against; ticks every minute so "5 minutes ago" stays true. */
  now: number;
  /** The notice the user has read, so a later app.info does not bring it back. */
  dismissedNotice: string | null;
  /** In a narrow window the list and the reading pane take turns: true while the reading pane is shown. */
  narrowReading: boolean;
  /** The brief, when the open conversation was opened from it: the way back leads there, not to the list. */
  readingFrom: 'brief' | null;
  /** Goes to another screen; messages about what was just done there are left behind. */
  setScreen(screen: Screen): void;
  /** In a narrow window: back from the reading pane to the list. */
  showList(): void;
  /** Moves `now` to the computer's time `time`, read on the engine's clock. */
  tick(time: number): void;
  /**
   * How far the engine's clock is from this computer's: 0 unless the engine was started with --now (the web
   * host in tests and screenshots), so "3 hours ago" is said against the same clock the engine synced by.
   */
  clockOffset: number;
  /** Sets clockOffset from the engine's clock read at the computer's time `at`. */
  setEngineClock(engineNow: number, at: number): void;
  dismissNotice(): void;
  /** Keyboard b: bookmark or unbookmark a conversation (implemented by the follow-ups area). */
  toggleBookmark(id: string): void;
  /** Keyboard f: forward a conversation to someone (implemented by the follow-ups area). */
  forward(id: string): void;
}

export type AppState = SourcesSlice & ConversationsSlice & SyncSlice & UiSlice & ReadingSlice & SearchSlice & FollowSlice & BriefSlice & ListenSlice & SettingsSlice;
