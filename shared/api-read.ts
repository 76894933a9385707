// The read area's operations: threads, full text kept for offline reading, search, and the network state.
import { idField, noArgs, type ShapesOf } from './api-shape';
import type { Conversation, ConversationSummary, Tone } from './model';

/** A conversation opened for reading, with its replies (oldest first) and what is kept for offline reading. */
export interface ReadThread {
  /** contentHtml is the kept full text when there is one; pictures kept offline are inlined as data: addresses. */
  conversation: Conversation;
  replies: Conversation[];
  /** True when contentHtml is the whole article fetched from its page (not just the source's summary). */
  fullText: boolean;
  /** True when the source gave only a summary and no full text is kept yet. */
  summaryOnly: boolean;
  /** The replies were fetched again just now (only when asked to refresh and the network answered). */
  refreshed: boolean;
}

export interface SearchHit extends ConversationSummary {
  /** Excerpt around the words found; the words are wrapped in <mark>…</mark>, everything else is escaped text. */
  snippet: string;
  /** The title with the words found wrapped in <mark>…</mark>, everything else escaped. */
  titleSnippet: string;
  bookmarked: boolean;
}

/** How many results the search screen asks for at a time (more on request). */
export const SEARCH_PAGE = 50;

/** Search counts matches up to this many; a total above it reads "more than 1,000". */
export const SEARCH_COUNT_CAP = 1000;

export interface SearchResult {
  items: SearchHit[];
  /** How many match, counted up to SEARCH_COUNT_CAP + 1 (so a total above the cap means "more than that"). */
  total: number;
}

export interface NetworkState {
  online: boolean;
  /** When Earshot first found it couldn't reach the network (epoch ms); null while online. */
  since: number | null;
}

type None = Record<string, never>;

export interface ReadMethods {
  /** The conversation with its replies; with refresh, fetches the replies again first (bounded, when online). */
  'read.thread': { args: { id: string; refresh?: boolean }; result: ReadThread | null };
  /** Fetches and keeps the whole article for a conversation whose source gave only a summary. */
  'read.fullText': { args: { id: string }; result: { kept: boolean; message: string } };
  'search.query': {
    args: { text: string; tone?: Tone; sourceId?: string; from?: number; to?: number; bookmarked?: boolean; limit?: number; offset?: number };
    result: SearchResult;
  };
  'app.network': { args: None; result: NetworkState };
}

export const READ_SHAPES = {
  'read.thread': { id: idField, refresh: { type: 'boolean', optional: true } },
  'read.fullText': { id: idField },
  'search.query': {
    text: { type: 'string', max: 500 },
    tone: { type: 'enum', values: ['pleased', 'unhappy', 'asking', 'neutral'], optional: true },
    sourceId: { ...idField, optional: true },
    from: { type: 'number', optional: true, min: 0 },
    to: { type: 'number', optional: true, min: 0 },
    bookmarked: { type: 'boolean', optional: true },
    limit: { type: 'integer', optional: true, min: 1, max: 500 },
    offset: { type: 'integer', optional: true, min: 0, max: 100_000 },
  },
  'app.network': noArgs,
} as const satisfies ShapesOf<ReadMethods>;
