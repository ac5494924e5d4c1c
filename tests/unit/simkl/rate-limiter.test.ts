import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../../lib/simkl/rate-limiter';
import { createTransport } from '../../../lib/simkl/transport';
import { createClock, createFetch, createVirtualClock, json } from './fakes';

/** The most starts inside any window of `windowMs` (a sliding count, not a timing). */
function maxInWindow(starts: number[], windowMs: number): number {
  const sorted = [...starts].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i] ?? 0;
    best = Math.max(best, sorted.filter((at) => at >= first && at < first + windowMs).length);
  }
  return best;
}

describe('the client-side rate limiter', () => {
  it('lets at most 10 reads start in any second', async () => {
    const clock = createClock();
    const limiter = createRateLimiter({ reads: 10, writes: 1, windowMs: 1000 }, clock.now, clock.sleep);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 35 }, () => limiter.acquire('token', 'read').then(() => starts.push(clock.now()))),
    );
    expect(starts).toHaveLength(35);
    expect(maxInWindow(starts, 1000)).toBe(10);
    // And it does not dawdle: 35 reads need just over three windows.
    expect(Math.max(...starts) - Math.min(...starts)).toBeLessThan(3100);
  });

  it('lets at most 1 write start in any second', async () => {
    const clock = createClock();
    const limiter = createRateLimiter({ reads: 10, writes: 1, windowMs: 1000 }, clock.now, clock.sleep);
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 5 }, () => limiter.acquire('token', 'write').then(() => starts.push(clock.now()))),
    );
    expect(maxInWindow(starts, 1000)).toBe(1);
  });

  it('keeps reads and writes, and each token, in separate buckets', async () => {
    const clock = createClock();
    const limiter = createRateLimiter({ reads: 10, writes: 1, windowMs: 1000 }, clock.now, clock.sleep);
    const start = clock.now();
    await limiter.acquire('a', 'write');
    await limiter.acquire('a', 'read');
    await limiter.acquire('b', 'write');
    expect(clock.now()).toBe(start);
  });

  it('holds a bucket paused after a 429 until the given instant', async () => {
    const clock = createClock();
    const limiter = createRateLimiter({ reads: 10, writes: 1, windowMs: 1000 }, clock.now, clock.sleep);
    limiter.pauseUntil('a', 'read', clock.now() + 2500);
    const start = clock.now();
    await limiter.acquire('a', 'read');
    expect(clock.now() - start).toBe(2500);
  });

  it('keeps the transport within 10 reads/s and 1 write/s with the default limits', async () => {
    const clock = createVirtualClock();
    const fake = createFetch(clock, json(200, {}));
    const transport = createTransport({
      clientId: () => 'client',
      appVersion: '1',
      fetch: fake.fetch,
      clock: clock.now,
      sleep: clock.sleep,
      tokens: {
        getAccessToken: async () => 't',
        refreshAfterUnauthorized: async () => null,
        revoked: async () => {},
      },
    });
    await clock.run(
      Promise.all([
        ...Array.from({ length: 25 }, () => transport.request({ path: '/sync/activities' })),
        ...Array.from({ length: 4 }, () =>
          transport.request({ method: 'POST', path: '/sync/history', body: {} }),
        ),
      ]),
    );
    const reads = fake.calls.filter((call) => call.method === 'GET').map((call) => call.at);
    const writes = fake.calls.filter((call) => call.method === 'POST').map((call) => call.at);
    expect(reads).toHaveLength(25);
    expect(writes).toHaveLength(4);
    expect(maxInWindow(reads, 1000)).toBeLessThanOrEqual(10);
    expect(maxInWindow(writes, 1000)).toBe(1);
  });
});
