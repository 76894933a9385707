// The host limiter: never more than perHost per host nor global overall, and everything queued gets run.
import { describe, expect, it } from 'vitest';
import { createHostLimiter, hostKey } from '../../../electron/core/feeds/limits';

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve = (): void => {};
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('createHostLimiter', () => {
  it('keeps to the per-host and global caps and runs every task', async () => {
    const limiter = createHostLimiter({ perHost: 2, global: 3 });
    const running = new Map<string, number>();
    let total = 0;
    let maxTotal = 0;
    const maxPerHost = new Map<string, number>();
    const gates: Array<() => void> = [];
    const urls = [
      ...Array.from({ length: 5 }, (_, i) => `https://a.example/${i}`),
      ...Array.from({ length: 5 }, (_, i) => `https://b.example/${i}`),
      ...Array.from({ length: 2 }, (_, i) => `https://c.example/${i}`),
    ];
    const done = urls.map((url) =>
      limiter.run(url, async () => {
        const h = hostKey(url);
        running.set(h, (running.get(h) ?? 0) + 1);
        maxPerHost.set(h, Math.max(maxPerHost.get(h) ?? 0, running.get(h)!));
        total += 1;
        maxTotal = Math.max(maxTotal, total);
        const d = deferred();
        gates.push(d.resolve);
        await d.promise;
        running.set(h, running.get(h)! - 1);
        total -= 1;
        return url;
      }),
    );
    // Release tasks one at a time until all have finished.
    let finished = 0;
    void Promise.all(done).then(() => (finished = urls.length));
    for (let i = 0; i < 100 && finished === 0; i++) {
      await tick();
      expect(limiter.active).toBeLessThanOrEqual(3);
      gates.shift()?.();
    }
    expect(await Promise.all(done)).toEqual(urls);
    expect(maxTotal).toBe(3);
    for (const [, n] of maxPerHost) expect(n).toBeLessThanOrEqual(2);
    expect(maxPerHost.get('a.example')).toBe(2);
    expect(limiter.active).toBe(0);
    expect(limiter.pending).toBe(0);
  });

  it('a busy host does not block other hosts', async () => {
    const limiter = createHostLimiter({ perHost: 1, global: 2 });
    const hold = deferred();
    const slow = limiter.run('https://slow.example/1', () => hold.promise);
    const queued = limiter.run('https://slow.example/2', async () => 'second');
    const other = await limiter.run('https://fast.example/', async () => 'fast');
    expect(other).toBe('fast');
    expect(limiter.pending).toBe(1);
    hold.resolve();
    await slow;
    expect(await queued).toBe('second');
  });

  it('a failing task frees its slot and passes its error on', async () => {
    const limiter = createHostLimiter({ perHost: 1, global: 1 });
    await expect(limiter.run('https://x.example/', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await limiter.run('https://x.example/', async () => 1)).toBe(1);
    expect(limiter.active).toBe(0);
  });

  it('keys by host and port, case-insensitively; file addresses share one key', () => {
    expect(hostKey('https://EXAMPLE.com/a')).toBe(hostKey('https://example.com/b'));
    expect(hostKey('http://127.0.0.1:8080/')).not.toBe(hostKey('http://127.0.0.1:8081/'));
    expect(hostKey('file:///tmp/a.xml')).toBe('file:');
  });
});
