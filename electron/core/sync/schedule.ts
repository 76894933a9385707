// When the app syncs by itself: every few minutes while open, and shortly before the user's brief time so the
// morning brief is ready when they sit down. Pure time arithmetic, tested without timers.

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** How long before the brief time the morning sync starts. */
export const MORNING_LEAD_MS = 20 * MINUTE;

/**
 * The next moment the morning routine should run: `lead` before today's brief time if that is still ahead,
 * otherwise tomorrow's. `offsetMinutes` is the local time zone's Date#getTimezoneOffset().
 */
export function nextMorningRun(now: number, briefTime: string, offsetMinutes: number, lead = MORNING_LEAD_MS): number {
  const [h, m] = briefTime.split(':').map(Number) as [number, number];
  const localNow = now - offsetMinutes * MINUTE;
  const localMidnight = localNow - (((localNow % DAY) + DAY) % DAY);
  let run = localMidnight + (h * 60 + m) * MINUTE - lead + offsetMinutes * MINUTE;
  if (run <= now) run += DAY;
  return run;
}

/** The next periodic sync, or null when syncing only by hand (interval 0). */
export function nextPeriodicRun(lastSyncedAt: number | null, now: number, intervalMinutes: number): number | null {
  if (intervalMinutes <= 0) return null;
  if (lastSyncedAt === null) return now;
  return Math.max(now, lastSyncedAt + intervalMinutes * MINUTE);
}
