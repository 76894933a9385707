// Whether Earshot can reach the network, learnt from what its fetches meet (sources at sync, pages, pictures,
// replies). Nothing probes the network just to ask: the next sync or opened conversation tells us again.
import type { NetworkState } from '../../../shared/api-read';
import type { EngineContext } from '../context';

interface Tracker {
  /** When one of the read area's own fetches first met no network. */
  since: number | null;
  /** When a sync was first seen to have met no network. */
  syncSince: number | null;
}

// One tracker per engine (keyed by its store), so two engines in one process (tests) never share a state.
const trackers = new WeakMap<object, Tracker>();

function tracker(ctx: Pick<EngineContext, 'store'>): Tracker {
  let t = trackers.get(ctx.store);
  if (!t) {
    t = { since: null, syncSince: null };
    trackers.set(ctx.store, t);
  }
  return t;
}

/** Records what one fetch met: 'offline' marks the start of an offline spell, anything that answered ends it. */
export function noteFetch(ctx: Pick<EngineContext, 'store' | 'clock'>, outcome: 'ok' | 'offline' | 'other'): void {
  const t = tracker(ctx);
  if (outcome === 'offline') t.since ??= ctx.clock();
  else if (outcome === 'ok') t.since = null;
}

/**
 * The network as the last attempts saw it. A sync in which every source attempted after the last success
 * failed with 'offline' counts as offline too, so the state survives a restart.
 */
export async function networkState(ctx: Pick<EngineContext, 'store' | 'clock'>): Promise<NetworkState> {
  const t = tracker(ctx);
  const row = await ctx.store.get<{ ok: number | null; offline: number; first: number | null; answered: number }>(
    `SELECT MAX(last_ok_at) AS ok,
       SUM(CASE WHEN status = 'offline' THEN 1 ELSE 0 END) AS offline,
       MIN(CASE WHEN status = 'offline' THEN last_synced_at END) AS first,
       SUM(CASE WHEN status != 'offline' AND status != 'new' AND last_synced_at >= COALESCE(
         (SELECT MAX(last_synced_at) FROM sources WHERE status = 'offline'), 0) THEN 1 ELSE 0 END) AS answered
     FROM sources WHERE paused = 0`,
  );
  const syncOffline = !!row && row.offline > 0 && row.answered === 0;
  // Something answered after our own fetch failed: the spell is over.
  if (t.since !== null && (row?.ok ?? 0) > t.since) t.since = null;
  if (t.since !== null) return { online: false, since: t.since };
  if (syncOffline) {
    // Kept while the spell lasts, so repeated attempts do not move "since" forward.
    t.syncSince ??= Math.max(row.first ?? ctx.clock(), row.ok ?? 0);
    return { online: false, since: t.syncSince };
  }
  t.syncSince = null;
  return { online: true, since: null };
}
