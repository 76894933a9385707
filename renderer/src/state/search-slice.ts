// Search: what is typed, the filters, and the results (newest first, words marked). Results come as you type:
// the search box debounces, and an answer to an older query never overwrites a newer one.
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import { SEARCH_PAGE, type ReadMethods, type SearchHit } from '../../../shared/api-read';
import type { Tone } from '../../../shared/model';
import type { AppState } from './types';
import { plainError } from './errors';

export type DateRange = 'any' | 'day' | 'week' | 'month';

export interface SearchFilters {
  tone: Tone | null;
  sourceId: string | null;
  range: DateRange;
  bookmarked: boolean;
}

export interface SearchSlice {
  searchText: string;
  searchFilters: SearchFilters;
  searchResults: SearchHit[];
  searchTotal: number;
  /** True once a search has answered (so "nothing found" is not shown before the first answer). */
  searched: boolean;
  searchError: string | null;
  setSearchText(text: string): void;
  setSearchFilters(filters: Partial<SearchFilters>): void;
  runSearch(): Promise<void>;
  /** The next page of the same search, added below the results shown. */
  searchMore(): Promise<void>;
}

const DAY = 86_400_000;
const RANGE_DAYS: Record<DateRange, number | null> = { any: null, day: 1, week: 7, month: 31 };

export const NO_FILTERS: SearchFilters = { tone: null, sourceId: null, range: 'any', bookmarked: false };

/** What is typed and the filters, as the engine's search arguments. */
function queryArgs(text: string, f: SearchFilters, now: number): ReadMethods['search.query']['args'] {
  const days = RANGE_DAYS[f.range];
  return {
    text,
    limit: SEARCH_PAGE,
    ...(f.tone ? { tone: f.tone } : {}),
    ...(f.sourceId ? { sourceId: f.sourceId } : {}),
    ...(days ? { from: now - days * DAY } : {}),
    ...(f.bookmarked ? { bookmarked: true } : {}),
  };
}

export const createSearchSlice =
  (api: Api): StateCreator<AppState, [], [], SearchSlice> =>
  (set, get) => {
    let latest = 0;
    /** The page being fetched by searchMore (one at a time), as `${ticket}:${offset}`. */
    let fetchingMore = '';
    return {
      searchText: '',
      searchFilters: NO_FILTERS,
      searchResults: [],
      searchTotal: 0,
      searched: false,
      searchError: null,

      setSearchText(searchText) {
        set({ searchText });
      },

      setSearchFilters(filters) {
        set({ searchFilters: { ...get().searchFilters, ...filters } });
      },

      async runSearch() {
        const { searchText, searchFilters: f, now } = get();
        const anyFilter = f.tone !== null || f.sourceId !== null || f.range !== 'any' || f.bookmarked;
        const ticket = ++latest;
        if (!searchText.trim() && !anyFilter) {
          set({ searchResults: [], searchTotal: 0, searched: false, searchError: null });
          return;
        }
        try {
          const result = await api['search.query'](queryArgs(searchText, f, now));
          if (ticket !== latest) return;
          set({ searchResults: result.items, searchTotal: result.total, searched: true, searchError: null });
        } catch (err) {
          if (ticket === latest) set({ searchError: plainError(err, "The search couldn't finish."), searched: true });
        }
      },

      async searchMore() {
        const { searchText, searchFilters, now, searchResults: shown, searchTotal } = get();
        if (shown.length === 0 || shown.length >= searchTotal) return;
        // Not a new query: a search typed meanwhile wins over this page.
        const ticket = latest;
        const key = `${ticket}:${shown.length}`;
        if (fetchingMore === key) return;
        fetchingMore = key;
        try {
          const result = await api['search.query']({ ...queryArgs(searchText, searchFilters, now), offset: shown.length });
          if (ticket !== latest) return;
          const current = get().searchResults;
          const seen = new Set(current.map((r) => r.id));
          set({ searchResults: [...current, ...result.items.filter((r) => !seen.has(r.id))], searchTotal: result.total, searchError: null });
        } catch (err) {
          if (ticket === latest) set({ searchError: plainError(err, "The next results couldn't be found.") });
        } finally {
          if (fetchingMore === key) fetchingMore = '';
        }
      },
    };
  };
