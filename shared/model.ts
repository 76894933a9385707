// The domain model, shared by every layer. Plain serializable data only: these cross IPC and HTTP.
// Times are epoch milliseconds (numbers) so they survive structured clone and JSON alike.

/** A source's health, in the words the UI shows. */
export type SourceStatus =
  | 'new' // added, never synced
  | 'ok' // last sync worked
  | 'unreachable' // network or server trouble; backing off
  | 'not-a-feed' // the address answers, but not with something we can read
  | 'gone' // the server said 410, or the address is permanently wrong
  | 'offline'; // this computer had no network at the last attempt

/** Where a source came from: a listening search (all of it counts) or a general site (only matches count). */
export type SourceKind = 'search' | 'general';

export interface Source {
  id: string;
  url: string;
  title: string;
  /** The site the source belongs to (the feed's own link), when known. */
  siteUrl: string | null;
  kind: SourceKind;
  /** A folder the user keeps it in (from an imported list), or null. */
  group?: string | null;
  /** Read by many people: its conversations weigh more in the brief. */
  widelyRead?: boolean;
  /** Still read, but its conversations are kept out of lists and the brief. */
  muted?: boolean;
  /** The company's own channel (its blog, its status page): listed, but left out of the brief's customers. */
  own?: boolean;
  paused: boolean;
  status: SourceStatus;
  /** One plain sentence about the last sync, e.g. "Couldn't be reached since Tuesday." Empty when all is well. */
  statusMessage: string;
  lastSyncedAt: number | null;
  lastOkAt: number | null;
  /** Not tried again before this time (back-off, Retry-After). */
  nextAttemptAt: number | null;
  consecutiveFailures: number;
  conversationCount: number;
  addedAt: number;
}

export interface Enclosure {
  url: string;
  type: string | null;
  length: number | null;
}

/** How a conversation sounds, in plain words. */
export type Tone = 'pleased' | 'unhappy' | 'asking' | 'neutral';
export const TONES: readonly Tone[] = ['pleased', 'unhappy', 'asking', 'neutral'];

export function isTone(value: unknown): value is Tone {
  return typeof value === 'string' && (TONES as readonly string[]).includes(value);
}

/**
 * The one tone a conversation is shown and counted with: its own, except that a question put to the company makes
 * it asking unless it is unhappy ("Solid app. Will there be a watch app?" is a question for you, not praise).
 */
export function shownTone(tone: Tone, asks: boolean): Tone {
  return asks && tone !== 'unhappy' ? 'asking' : tone;
}

/** A watch word found in a conversation, with where (character ranges in title and excerpt), for highlighting. */
export interface WatchMatch {
  word: string;
  field: 'title' | 'excerpt';
  ranges: Array<[start: number, end: number]>;
}

/** One post, comment, review or article from a source, as listed. */
export interface ConversationSummary {
  id: string;
  sourceId: string;
  sourceTitle: string;
  title: string;
  link: string | null;
  author: string | null;
  /** When it was published (or first seen, if the source gives no date). */
  publishedAt: number;
  /** Plain-text excerpt, a few sentences at most. */
  excerpt: string;
  /** Number of replies the source reports, when it does. */
  replyCount: number | null;
  /** How it sounds (null until listened to). */
  tone?: Tone | null;
  /** The words that tipped the tone, shown on hover. */
  toneWords?: string[];
  /** Watch words found in it. */
  matches?: WatchMatch[];
  /** Only in a list of what is not listed: why it is left out. */
  notListedBecause?: NotListedReason;
}

/** Why a conversation is left out of lists: its source is muted, it is about something else, a repeat, a reply. */
export type NotListedReason = 'muted' | 'elsewhere' | 'repeat' | 'reply';

/** A conversation opened for reading. */
export interface Conversation extends ConversationSummary {
  /** Sanitized HTML (sanitized again by the renderer before display). */
  contentHtml: string;
  enclosures: Enclosure[];
  /** Comment feed or comments page, when the source names one. */
  commentsUrl: string | null;
  fetchedAt: number;
}

export interface ConversationPage {
  items: ConversationSummary[];
  /** Pass back as `before` to read the next page; null at the end. */
  nextCursor: string | null;
  total: number;
  /** Stored under the same filters but not listed, each counted once under its first reason (in this order). */
  notListed: NotListed;
}

export interface NotListed {
  /** From a source that is muted. */
  muted: number;
  /** About something else (a general source's post without the names listened for, or an excluded word). */
  elsewhere: number;
  /** The same story as one listed from another source. */
  repeats: number;
  /** Replies, read in their threads. */
  replies: number;
}

export interface Settings {
  /** Days to keep conversations that are neither bookmarked nor forwarded. */
  retentionDays: number;
  /** Minutes between automatic syncs while the app is open; 0 = only by hand. */
  syncIntervalMinutes: number;
  /** The user's morning brief time, "HH:MM" local. */
  briefTime: string;
  /** Largest number of sources fetched at once. */
  syncConcurrency: number;
}

export const DEFAULT_SETTINGS: Settings = {
  retentionDays: 90,
  syncIntervalMinutes: 60,
  briefTime: '07:30',
  syncConcurrency: 6,
};

export interface AppInfo {
  name: string;
  version: string;
  dataDir: string;
  /** Plain sentence shown once when the store had to be recovered (e.g. from a backup); null when all is well. */
  storeNotice: string | null;
  conversationCount: number;
  sourceCount: number;
  lastSyncedAt: number | null;
  /** The engine's clock (differs from the computer's when started with --now). */
  now: number;
}

/** What came of importing a list of sources. */
export interface ImportedSources {
  added: number;
  alreadyHere: number;
  /** Entries whose address is not a web address (javascript:, ftp:, file:…). */
  notOnTheWeb: number;
  /** Entries listed twice. */
  repeated: number;
}

export interface SyncSourceResult {
  sourceId: string;
  title: string;
  status: SourceStatus;
  message: string;
  added: number;
  updated: number;
  notModified: boolean;
  skipped: boolean;
}

export interface SyncSummary {
  startedAt: number;
  finishedAt: number;
  sources: SyncSourceResult[];
  added: number;
  updated: number;
  failed: number;
}

/** Pushed while a sync runs. */
export interface SyncProgress {
  running: boolean;
  done: number;
  total: number;
  /** The source just finished, if any. */
  current: SyncSourceResult | null;
}
