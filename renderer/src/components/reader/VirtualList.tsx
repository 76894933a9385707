// A small windowing list: only the rows in view (plus a margin) are in the DOM, so tens of thousands of
// conversations scroll as smoothly as fifty. Rows are as tall as their words: each drawn row is measured and
// remembered by its key; rows not drawn yet count at the estimate until they are.
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface VirtualListProps {
  count: number;
  /** A first guess at a row's height, px, used until the row has been drawn and measured. */
  estimatedRowHeight: number;
  /** A stable key for a row, so its measured height follows it when newer rows arrive above. */
  rowKey(index: number): string;
  /** The row's content; the list wraps it in its list item. */
  renderRow(index: number): ReactNode;
  /** Scrolls so this row is visible (keyboard navigation). */
  activeIndex?: number;
  /**
   * Arrow keys, Home and End on a row: the row to go to (the list then focuses it once it is drawn). The list is
   * one Tab stop: only the active row (or the first drawn) can be reached with Tab. Not called in a narrow window,
   * where opening a row hides the list: there the keys only move the focus, and Enter opens.
   */
  onArrow?: (index: number) => void;
  /** How many rows the whole list has when not all are loaded (screen readers say "3 of 208"), -1 if not known; count by default. */
  size?: number;
  /** Called when the last rows come into view (to load more). */
  onEndReached?: () => void;
  /** Shown after the last row, inside the scrolling area (so it never covers a row). */
  footer?: ReactNode;
  className?: string;
  label: string;
}

const OVERSCAN = 8;
/** Below this width the list and the reading pane take turns (styles.css, `.split`), so opening hides the list. */
const TAKING_TURNS = '(max-width: 899px)';
const takingTurns = () => typeof window.matchMedia === 'function' && window.matchMedia(TAKING_TURNS).matches;
/** Used before the list has been laid out (and in tests, where nothing is). */
const FALLBACK_HEIGHT = 900;

/** The last row whose top is at or above y. */
function rowAt(offsets: Float64Array, count: number, y: number): number {
  let lo = 0;
  let hi = count - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid]! <= y) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function VirtualList(props: VirtualListProps) {
  const { count, estimatedRowHeight, rowKey, renderRow, activeIndex, onArrow, onEndReached, footer, className, label, size } = props;
  const focusWanted = useRef<number | null>(null);
  // The row the arrows moved to without opening it (narrow window); forgotten once another row is opened.
  const [moved, setMoved] = useState<{ to: number; from: number | undefined } | null>(null);
  const current = moved && moved.from === activeIndex ? moved.to : activeIndex;
  const ref = useRef<HTMLDivElement>(null);
  const heights = useRef(new Map<string, number>());
  const [measured, setMeasured] = useState(0);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  // offsets[i] is row i's top; offsets[count] the whole height.
  const offsets = useMemo(() => {
    const o = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) o[i + 1] = o[i]! + (heights.current.get(rowKey(i)) ?? estimatedRowHeight);
    return o;
    // `measured` stands for the heights map, which changes in place.
  }, [count, rowKey, estimatedRowHeight, measured]);
  const offsetsRef = useRef(offsets);
  offsetsRef.current = offsets;

  /** Remembers drawn rows' heights; a row above the view that changed moves the view with it, so nothing jumps. */
  const measure = useCallback((rows: Iterable<Element>) => {
    const el = ref.current;
    let changed = false;
    let shift = 0;
    for (const row of rows) {
      const key = (row as HTMLElement).dataset.key;
      const h = row.getBoundingClientRect().height;
      // Nothing laid out (jsdom, a hidden pane): keep what we knew.
      if (!key || !(h > 0)) continue;
      const before = heights.current.get(key);
      if (before !== undefined && Math.abs(before - h) < 0.5) continue;
      heights.current.set(key, h);
      changed = true;
      const index = Number((row as HTMLElement).dataset.index);
      if (el && offsetsRef.current[index]! < el.scrollTop) shift += h - (before ?? estimatedRowHeight);
    }
    if (!changed) return;
    if (el && shift !== 0) el.scrollTop += shift;
    setMeasured((n) => n + 1);
  }, [estimatedRowHeight]);

  const observer = useMemo(
    () => (typeof ResizeObserver === 'undefined' ? null : new ResizeObserver((entries) => measure(entries.map((e) => e.target)))),
    [measure],
  );
  useEffect(() => () => observer?.disconnect(), [observer]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const fit = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    fit();
    if (typeof ResizeObserver === 'undefined') return;
    const sizes = new ResizeObserver(fit);
    sizes.observe(el);
    return () => sizes.disconnect();
  }, []);

  // Before paint: rows just drawn take their real height at once.
  useLayoutEffect(() => {
    const ul = ref.current?.firstElementChild;
    if (ul) measure(ul.children);
  });

  // Only when the current row changes: more rows arriving must not pull the view back to it.
  useEffect(() => {
    const el = ref.current;
    const o = offsetsRef.current;
    if (!el || current === undefined || current < 0 || current + 1 >= o.length) return;
    const rowTop = o[current]!;
    const rowBottom = o[current + 1]!;
    if (rowTop < el.scrollTop) el.scrollTop = rowTop;
    else if (rowBottom > el.scrollTop + el.clientHeight) el.scrollTop = rowBottom - el.clientHeight;
  }, [current]);

  const first = count === 0 ? 0 : Math.max(0, rowAt(offsets, count, top) - OVERSCAN);
  const last = count === 0 ? 0 : Math.min(count, rowAt(offsets, count, top + height) + 1 + OVERSCAN);

  useEffect(() => {
    if (onEndReached && count > 0 && last >= count - 2) onEndReached();
  }, [last, count, onEndReached]);

  // One Tab stop for the whole list, and the focus follows the arrow keys to rows drawn after they were pressed.
  useLayoutEffect(() => {
    const ul = ref.current?.firstElementChild;
    if (!ul) return;
    const stop = current !== undefined && current >= first && current < last ? current : first;
    for (const li of ul.children) {
      const control = li.firstElementChild as HTMLElement | null;
      const index = Number((li as HTMLElement).dataset.index);
      if (control) control.tabIndex = index === stop ? 0 : -1;
      if (control && index === focusWanted.current) {
        focusWanted.current = null;
        control.focus({ preventScroll: true });
      }
    }
  });

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      if (!onArrow || count === 0) return;
      const li = (event.target as HTMLElement).closest('li[data-index]') as HTMLElement | null;
      if (!li) return;
      const at = Number(li.dataset.index);
      const to =
        event.key === 'ArrowDown' ? Math.min(count - 1, at + 1)
        : event.key === 'ArrowUp' ? Math.max(0, at - 1)
        : event.key === 'Home' ? 0
        : event.key === 'End' ? count - 1
        : null;
      if (to === null) return;
      event.preventDefault();
      event.stopPropagation();
      focusWanted.current = to;
      if (takingTurns()) setMoved({ to, from: activeIndex });
      else onArrow(to);
    },
    [onArrow, count, activeIndex],
  );

  const onScroll = useCallback(() => setTop(ref.current?.scrollTop ?? 0), []);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    const key = rowKey(i);
    rows.push(
      <li
        key={key}
        data-key={key}
        data-index={i}
        // Only the rows in view are in the page: say where each is in the whole list.
        aria-setsize={size !== undefined && size < 0 ? -1 : Math.max(count, size ?? count)}
        aria-posinset={i + 1}
        style={{ position: 'absolute', top: offsets[i], left: 0, right: 0 }}
        ref={(li) => {
          if (!li || !observer) return;
          observer.observe(li);
          return () => observer.unobserve(li);
        }}
      >
        {renderRow(i)}
      </li>,
    );
  }
  return (
    <div ref={ref} className={`virtual-list ${className ?? ''}`} onScroll={onScroll} onKeyDown={onKeyDown}>
      <ul aria-label={label} style={{ position: 'relative', height: offsets[count], margin: 0, padding: 0, listStyle: 'none' }}>
        {rows}
      </ul>
      {footer}
    </div>
  );
}
