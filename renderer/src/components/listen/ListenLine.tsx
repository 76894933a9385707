// Under a conversation's title: the names it mentions, and the other places the same story was heard.
import { useEffect, useMemo } from 'react';
import type { WatchMatch } from '../../../../shared/model';
import { useApp } from '../../state/context';
import './listen.css';

/** The watch words a conversation matched, once each, in the order given. */
export function matchedNames(matches: WatchMatch[] | undefined): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const m of matches ?? []) {
    const key = m.word.toLowerCase();
    if (!seen.has(key)) {
      seen.add(key);
      out.push(m.word);
    }
  }
  return out;
}

/** "Kestrel", "Kestrel and Kestrel One", "Kestrel, Kestrel One and Brisk". */
function andList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The names matched other than the company's own (nearly every conversation names it). */
export function useNamesBesideCompany(matches: WatchMatch[] | undefined): string[] {
  const watchWords = useApp((s) => s.watchWords);
  const company = useMemo(
    () => new Set(watchWords.filter((w) => w.kind === 'company').map((w) => w.word.toLowerCase())),
    [watchWords],
  );
  return matchedNames(matches).filter((n) => !company.has(n.toLowerCase()));
}

/**
 * In a list row: the names mentioned, except the company's own (nearly every conversation names it, so saying so
 * on each row is noise; the reading pane names it when it is the only name).
 */
export function MatchedNames({ matches }: { matches?: WatchMatch[] }) {
  const names = useNamesBesideCompany(matches);
  if (!names.length) return null;
  return <span className="matched-names quiet">Mentions {andList(names.slice(0, 2))}</span>;
}

export function ListenLine({ id, matches }: { id: string; matches?: WatchMatch[] }) {
  const loadPlaces = useApp((s) => s.loadPlaces);
  const places = useApp((s) => (s.places?.id === id ? s.places.items : null));
  useEffect(() => {
    void loadPlaces(id);
  }, [id, loadPlaces]);
  const where = [...new Set((places ?? []).map((p) => p.sourceTitle).filter(Boolean))];
  // As in its row: the company's own name only when it is the only one (it says why the conversation is here).
  const others = useNamesBesideCompany(matches);
  const names = others.length ? others : matchedNames(matches);
  if (!names.length && !where.length) return null;
  return (
    <p className="listen-line quiet">
      {names.length ? <>Mentions {andList(names.slice(0, 5))}</> : null}
      {names.length && where.length ? ' · ' : null}
      {where.length ? <>Also on {andList(where.slice(0, 4))}{where.length > 4 ? ' and elsewhere' : ''}</> : null}
    </p>
  );
}
