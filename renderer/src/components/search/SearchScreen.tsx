import { useCallback, useEffect, useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { SEARCH_COUNT_CAP } from '../../../../shared/api-read';
import { useApp } from '../../state/context';
import { ROW_HEIGHT } from '../reader/row-height';
import { SplitView } from '../reader/SplitView';
import { VirtualList } from '../reader/VirtualList';
import { SearchFilters } from './SearchFilters';
import { SearchResult } from './SearchResult';

/** Results follow the typing after this pause, ms. */
export const SEARCH_DEBOUNCE_MS = 150;

/** "12 found", "340 found, the newest 50 shown", or past the counting cap "More than 1,000 found, …". */
export function foundLine(total: number, shown: number): string {
  if (total === 0) return 'Nothing found. Fewer or shorter words find more, and so do any tone, every source and any time.';
  const found = total > SEARCH_COUNT_CAP ? `More than ${SEARCH_COUNT_CAP.toLocaleString('en')} found` : `${total.toLocaleString('en')} found`;
  return total > shown ? `${found}, the newest ${shown} shown` : found;
}

export function SearchScreen() {
  const text = useApp((s) => s.searchText);
  const setText = useApp((s) => s.setSearchText);
  const runSearch = useApp((s) => s.runSearch);
  const searchMore = useApp((s) => s.searchMore);
  const ids = useApp(useShallow((s) => s.searchResults.map((r) => r.id)));
  const count = ids.length;
  const total = useApp((s) => s.searchTotal);
  const searched = useApp((s) => s.searched);
  const error = useApp((s) => s.searchError);
  const selectedIndex = useApp((s) => s.searchResults.findIndex((r) => r.id === s.selectedId));
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const later = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void runSearch(), SEARCH_DEBOUNCE_MS);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  const rowKey = useCallback((i: number) => ids[i] ?? `row-${i}`, [ids]);
  const renderRow = useCallback((i: number) => <SearchResult index={i} />, []);
  const open = useApp((s) => s.openConversation);
  const onArrow = useCallback((i: number) => ids[i] && void open(ids[i]), [ids, open]);

  const panel = (
    <div className="search-panel">
      <form className="search-form" role="search" onSubmit={(e) => (e.preventDefault(), void runSearch())}>
        <label htmlFor="search-input" className="visually-hidden">
          Search every conversation
        </label>
        <input
          id="search-input"
          type="search"
          placeholder="Search every conversation"
          autoComplete="off"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            later();
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') (e.target as HTMLInputElement).blur();
          }}
        />
        <SearchFilters onChange={() => void runSearch()} />
      </form>
      {error ? (
        <p className="problem" role="alert">
          {error}
        </p>
      ) : null}
      <p className="quiet list-count" role="status">
        {searched ? foundLine(total, count) : 'Type a word or two, or choose a tone, a source or a time. Everything Earshot keeps is searched, offline too.'}
      </p>
      <VirtualList
        count={count}
        size={total > SEARCH_COUNT_CAP ? -1 : total}
        estimatedRowHeight={ROW_HEIGHT}
        rowKey={rowKey}
        activeIndex={selectedIndex}
        onArrow={onArrow}
        label="Search results, newest first"
        onEndReached={searchMore}
        renderRow={renderRow}
      />
    </div>
  );

  return (
    <section className="screen search-screen" aria-labelledby="search-heading">
      <h1 id="search-heading" className="visually-hidden">
        Search
      </h1>
      <SplitView list={panel} backLabel="Back to the results" />
    </section>
  );
}
