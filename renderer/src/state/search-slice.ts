// Search: what is typed, the filters, and the results (newest first, words marked). Results come as you type:
// the search box debounces, and an answer to an older query never overwrites a newer one.
import type { StateCreator } from 'zustand';
import type { Api } from '../../../shared/api';
import type { SearchHit } from '../../../shared/api-read';
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
}

const DAY = 86_400_000;
const RANGE_DAYS: Record<DateRange, number | null> = { any: null, day: 1, week: 7, month: 31 };
const LIMIT = 200;

export const NO_FILTERS: SearchFilters = { tone: null, sourceId: null, range: 'any', bookmarked: false };

export const createSearchSlice =
  (api: Api): StateCreator<AppState, [], [], SearchSlice> =>
  (set, get) => {
    let latest = 0;
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
        const days = RANGE_DAYS[f.range];
        try {
          const result = await api['search.query']({
            text: searchText,
            limit: LIMIT,
            ...(f.tone ? { tone: f.tone } : {}),
            ...(f.sourceId ? { sourceId: f.sourceId } : {}),
            ...(days ? { from: now - days * DAY } : {}),
            ...(f.bookmarked ? { bookmarked: true } : {}),
          });
          if (ticket !== latest) return;
          set({ searchResults: result.items, searchTotal: result.total, searched: true, searchError: null });
        } catch (err) {
          if (ticket === latest) set({ searchError: plainError(err, "The search couldn't finish."), searched: true });
        }
      },
    };
  };
