import type { WatchMatch } from '../../../../shared/model';

/** Text with the ranges a watch word matched wrapped in <mark>. */
export function Highlighted({ text, matches, field }: { text: string; matches?: WatchMatch[]; field: WatchMatch['field'] }) {
  const ranges = (matches ?? [])
    .filter((m) => m.field === field)
    .flatMap((m) => m.ranges)
    .filter(([s, e]) => s >= 0 && e > s && e <= text.length)
    .sort((a, b) => a[0] - b[0]);
  if (ranges.length === 0) return <>{text}</>;
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start < at) continue; // overlapping ranges: the first one wins
    if (start > at) parts.push(text.slice(at, start));
    parts.push(<mark key={start}>{text.slice(start, end)}</mark>);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
