// The listen area's operations: watch words, muting, duplicates' other places, ranking signals, and set-up
// from a company name. Method names are 'area.verb'.
import { idField, noArgs, type ShapesOf } from './api-shape';
import type { ConversationSummary, SourceStatus } from './model';

type None = Record<string, never>;

export type WatchKind = 'company' | 'product' | 'competitor' | 'person' | 'topic';

/** A name Earshot listens for. */
export interface WatchWord {
  id: string;
  kind: WatchKind;
  word: string;
  /** Other spellings that count as the same name (an @handle, a #tag, a nickname). */
  aliases: string[];
  /** Phrases in which the word means something else ("apple pie"); a match inside one doesn't count. */
  exclusions: string[];
  addedAt: number;
}

export interface Muted {
  words: string[];
  sourceIds: string[];
}

/** What may help rank a conversation later. */
export interface ConversationSignals {
  id: string;
  /** Replies the source reports, when it does. */
  replies: number | null;
  /** The source is marked as widely read. */
  widelyRead: boolean;
  /** How many other places carry the same story. */
  otherPlaces: number;
  /** 1 when nothing like it was heard in the days before, towards 0 when it repeats what many said. */
  novelty: number;
}

export type SetupTemplate =
  | 'google-news'
  | 'reddit'
  | 'hn-posts'
  | 'hn-comments'
  | 'mastodon-tag'
  | 'mastodon-profile'
  | 'youtube'
  | 'app-store'
  | 'bluesky'
  | 'lemmy'
  | 'google-alerts';

/** A source proposed from a company name, for the person to keep or not. */
export interface ProposedSource {
  url: string;
  /** A plain title: "News about Kestrel", "Reddit posts mentioning Kestrel One". */
  title: string;
  kind: 'search';
  template: SetupTemplate;
  /** A plain sentence when there is something to know (e.g. Earshot can't read it yet), else null. */
  note: string | null;
}

export interface ProposedWatchWord {
  word: string;
  kind: WatchKind;
  aliases: string[];
}

export interface SetupProposal {
  sources: ProposedSource[];
  watchWords: ProposedWatchWord[];
}

export interface SetupPreview {
  url: string;
  status: SourceStatus;
  /** One plain sentence: "Found 20 conversations." or why it couldn't be read. */
  message: string;
  /** Up to five sample titles. */
  titles: string[];
  count: number;
}

export interface SetupArgs {
  company: string;
  products?: string[];
  competitors?: string[];
  /** The company's own accounts: "@kestrel", "kestrel.bsky.social", "@kestrel@mastodon.social", "#kestrelbikes". */
  handles?: string[];
  /** Where to follow tags, e.g. "mastodon.social" (default). */
  mastodonServer?: string;
  /** App Store app ids (digits). */
  appIds?: string[];
  /** YouTube channel ids ("UC…"). */
  youtubeChannels?: string[];
  /** Lemmy communities: "ebikes" (on lemmy.world) or "ebikes@lemmy.ml". */
  lemmyCommunities?: string[];
  /** A Google Alerts address the person pasted. */
  alertsUrl?: string;
}

export interface ListenMethods {
  'watch.list': { args: None; result: WatchWord[] };
  'watch.add': { args: { word: string; kind?: WatchKind; aliases?: string[]; exclusions?: string[] }; result: WatchWord };
  'watch.update': {
    args: { id: string; word?: string; kind?: WatchKind; aliases?: string[]; exclusions?: string[] };
    result: WatchWord;
  };
  'watch.remove': { args: { id: string }; result: { removed: boolean } };
  /** Hides conversations containing a word, or everything from a source. */
  'listen.mute': { args: { word?: string; sourceId?: string }; result: Muted };
  'listen.unmute': { args: { word?: string; sourceId?: string }; result: Muted };
  'listen.muted': { args: None; result: Muted };
  /** Marks a source as widely read (a ranking signal). */
  'listen.widelyRead': { args: { sourceId: string; widelyRead: boolean }; result: { sourceId: string; widelyRead: boolean } };
  'listen.signals': { args: { ids: string[] }; result: ConversationSignals[] };
  /** The other places the same story was heard (lists show it once). */
  'conversations.places': { args: { id: string }; result: ConversationSummary[] };
  'setup.propose': { args: SetupArgs; result: SetupProposal };
  /** Reads a proposed address (bounded) and says what it finds. */
  'setup.preview': { args: { url: string }; result: SetupPreview };
  /**
   * Adds the chosen proposals (by address; any other address is added as a listening source too) and the
   * watch words for the company, its products, competitors and handles.
   */
  'setup.apply': { args: SetupArgs & { sources: string[] }; result: { sources: number; watchWords: number } };
}

const kind = { type: 'enum', values: ['company', 'product', 'competitor', 'person', 'topic'], optional: true } as const;
const names = { type: 'string[]', optional: true, max: 50 } as const;
const word = { type: 'string', max: 200 } as const;
const setupShape = {
  company: word,
  products: names,
  competitors: names,
  handles: names,
  mastodonServer: { type: 'string', optional: true, max: 200 },
  appIds: names,
  youtubeChannels: names,
  lemmyCommunities: names,
  alertsUrl: { type: 'string', optional: true, max: 4000 },
} as const;

export const LISTEN_SHAPES = {
  'watch.list': noArgs,
  'watch.add': { word, kind, aliases: names, exclusions: names },
  'watch.update': { id: idField, word: { ...word, optional: true }, kind, aliases: names, exclusions: names },
  'watch.remove': { id: idField },
  'listen.mute': { word: { ...word, optional: true }, sourceId: { ...idField, optional: true } },
  'listen.unmute': { word: { ...word, optional: true }, sourceId: { ...idField, optional: true } },
  'listen.muted': noArgs,
  'listen.widelyRead': { sourceId: idField, widelyRead: { type: 'boolean' } },
  'listen.signals': { ids: { type: 'string[]', max: 1000 } },
  'conversations.places': { id: idField },
  'setup.propose': setupShape,
  'setup.preview': { url: { type: 'string', max: 4000 } },
  'setup.apply': { ...setupShape, sources: { type: 'string[]', max: 200 } },
} as const satisfies ShapesOf<ListenMethods>;
