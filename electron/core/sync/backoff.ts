// When to try a failing source again, and the plain words for its state.
import type { SourceStatus } from '../../../shared/model';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** Exponential back-off from 15 minutes to a day; a server's Retry-After wins when it asks for longer. */
export function nextAttempt(now: number, failures: number, status: SourceStatus, retryAfterMs: number | null): number | null {
  if (status === 'offline') return null; // not the source's fault: try again as soon as the network is back
  if (status === 'gone') return now + 7 * 24 * HOUR;
  const wait = Math.min(24 * HOUR, 15 * MINUTE * 2 ** Math.max(0, failures - 1));
  return now + Math.max(wait, Math.min(retryAfterMs ?? 0, 7 * 24 * HOUR));
}
