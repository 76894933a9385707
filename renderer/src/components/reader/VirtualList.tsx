// A small windowing list: rows of one fixed height, only those in view (plus a margin) are in the DOM, so
// tens of thousands of conversations scroll as smoothly as fifty.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';

export interface VirtualListProps {
  count: number;
  rowHeight: number;
  renderRow(index: number, style: CSSProperties): ReactNode;
  /** Scrolls so this row is visible (keyboard navigation). */
  activeIndex?: number;
  /** Called when the last rows come into view (to load more). */
  onEndReached?: () => void;
  className?: string;
  label: string;
}

const OVERSCAN = 8;
/** Used before the list has been laid out (and in tests, where nothing is). */
const FALLBACK_HEIGHT = 900;

export function VirtualList({ count, rowHeight, renderRow, activeIndex, onEndReached, className, label }: VirtualListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(FALLBACK_HEIGHT);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setHeight(el.clientHeight || FALLBACK_HEIGHT);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    const el = ref.current;
    if (!el || activeIndex === undefined || activeIndex < 0) return;
    const rowTop = activeIndex * rowHeight;
    if (rowTop < el.scrollTop) el.scrollTop = rowTop;
    else if (rowTop + rowHeight > el.scrollTop + el.clientHeight) el.scrollTop = rowTop + rowHeight - el.clientHeight;
  }, [activeIndex, rowHeight]);

  const first = Math.max(0, Math.floor(top / rowHeight) - OVERSCAN);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + OVERSCAN);

  useEffect(() => {
    if (onEndReached && count > 0 && last >= count - 2) onEndReached();
  }, [last, count, onEndReached]);

  const onScroll = useCallback(() => setTop(ref.current?.scrollTop ?? 0), []);
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(renderRow(i, { position: 'absolute', top: i * rowHeight, left: 0, right: 0, height: rowHeight }));
  }
  return (
    <div ref={ref} className={`virtual-list ${className ?? ''}`} onScroll={onScroll}>
      <ul aria-label={label} style={{ position: 'relative', height: count * rowHeight, margin: 0, padding: 0, listStyle: 'none' }}>
        {rows}
      </ul>
    </div>
  );
}
