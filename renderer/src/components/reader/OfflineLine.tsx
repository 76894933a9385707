import { useApp } from '../../state/context';

const clock = (at: number) => new Date(at).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });

/** One calm line while the network is away; everything synced stays readable, and sync resumes by itself. */
export function OfflineLine() {
  const network = useApp((s) => s.network);
  if (network.online) return null;
  return (
    <p className="offline-line" role="status">
      {network.since ? `Offline since ${clock(network.since)}` : 'Offline'} — everything synced is here.
    </p>
  );
}
