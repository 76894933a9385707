import type { Tone } from '../../../../shared/model';
import { useApp } from '../../state/context';
import type { DateRange } from '../../state/search-slice';

const TONES: Array<{ value: Tone | ''; label: string }> = [
  { value: '', label: 'Any tone' },
  { value: 'unhappy', label: 'Unhappy' },
  { value: 'asking', label: 'Asking' },
  { value: 'pleased', label: 'Pleased' },
  { value: 'neutral', label: 'Neutral' },
];

const RANGES: Array<{ value: DateRange; label: string }> = [
  { value: 'any', label: 'Any time' },
  { value: 'day', label: 'Past day' },
  { value: 'week', label: 'Past week' },
  { value: 'month', label: 'Past month' },
];

export function SearchFilters({ onChange }: { onChange: () => void }) {
  const filters = useApp((s) => s.searchFilters);
  const sources = useApp((s) => s.sources);
  const setFilters = useApp((s) => s.setSearchFilters);
  const change = (f: Parameters<typeof setFilters>[0]) => {
    setFilters(f);
    onChange();
  };
  return (
    <div className="search-filters">
      <label>
        <span className="visually-hidden">Tone</span>
        <select value={filters.tone ?? ''} onChange={(e) => change({ tone: (e.target.value || null) as Tone | null })}>
          {TONES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">Source</span>
        <select value={filters.sourceId ?? ''} onChange={(e) => change({ sourceId: e.target.value || null })}>
          <option value="">Every source</option>
          {sources.map((s) => (
            <option key={s.id} value={s.id}>
              {s.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="visually-hidden">When</span>
        <select value={filters.range} onChange={(e) => change({ range: e.target.value as DateRange })}>
          {RANGES.map((r) => (
            <option key={r.value} value={r.value}>
              {r.label}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filters.bookmarked} onChange={(e) => change({ bookmarked: e.target.checked })} /> Kept
      </label>
    </div>
  );
}
