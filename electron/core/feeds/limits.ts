// Caps how many fetches run at once, overall and per host, so a sync never hammers one site nor the network.
// Small and dependency-free: a task first waits for its host's slot, then for a global one, so a task queued
// behind a busy host never sits on a global slot that another host could use.

export interface HostLimiter {
  /** Runs `task` when both its host and the whole limiter have room; settles as the task does. */
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running now. */
  readonly active: number;
  /** Tasks waiting for a slot. */
  readonly pending: number;
}

interface Gate {
  active: number;
  queue: Array<() => void>;
}

function acquire(gate: Gate, limit: number): Promise<void> {
  if (gate.active < limit) {
    gate.active += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => gate.queue.push(resolve));
}

/** Hands the slot straight to the next waiter, if any, so the count never dips and lets a newcomer jump the queue. */
function release(gate: Gate): void {
  const next = gate.queue.shift();
  if (next) next();
  else gate.active -= 1;
}

/** The key a URL is limited under: its host (with port), or the scheme for addresses without one (file:). */
export function hostKey(url: string): string {
  try {
    const u = new URL(url);
    return u.host ? u.host.toLowerCase() : u.protocol;
  } catch {
    return url;
  }
}

export function createHostLimiter(opts: { perHost?: number; global?: number } = {}): HostLimiter {
  const perHost = Math.max(1, Math.floor(opts.perHost ?? 2));
  const globalLimit = Math.max(1, Math.floor(opts.global ?? 6));
  const all: Gate = { active: 0, queue: [] };
  const hosts = new Map<string, Gate>();
  let waiting = 0;

  async function run<T>(url: string, task: () => Promise<T>): Promise<T> {
    const key = hostKey(url);
    let host = hosts.get(key);
    if (!host) {
      host = { active: 0, queue: [] };
      hosts.set(key, host);
    }
    waiting += 1;
    // Slots are only ever handed on, never withdrawn, so acquiring cannot fail.
    await acquire(host, perHost);
    await acquire(all, globalLimit);
    waiting -= 1;
    try {
      return await task();
    } finally {
      release(all);
      release(host);
      // Forget idle hosts so a long-running app doesn't keep one entry per address ever fetched.
      if (host.active === 0 && host.queue.length === 0) hosts.delete(key);
    }
  }

  return {
    run,
    get active() {
      return all.active;
    },
    get pending() {
      return waiting;
    },
  };
}
