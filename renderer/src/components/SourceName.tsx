// A conversation's source, as a row names it: its title, and "(ours)" for the company's own channel, which speaks
// for the company rather than its customers.
import { useApp } from '../state/context';

export function SourceName({ sourceId, title }: { sourceId: string; title: string }) {
  const ours = useApp((s) => s.sources.some((src) => src.id === sourceId && src.own));
  return (
    <>
      {title}
      {ours ? ' (ours)' : ''}
    </>
  );
}
