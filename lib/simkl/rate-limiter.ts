/**
 * Keeps to Simkl's per-second limits (docs/simkl-api.md, Rate limits and the write lock: 10 GET/s and 1
 * POST/s per token) on our side, so the user does not meet a 429 in normal use. A sliding log per bucket: a
 * request may start when fewer than `limit` requests started in the last window. Callers of one bucket are
 * served in order.
 */
import type { RateLimits } from './transport-types';

export type RequestClass = 'read' | 'write';

/** A little over a second, so clock skew and network jitter do not push two requests into one. */
export const SIMKL_RATE_LIMITS: Readonly<RateLimits> = { reads: 10, writes: 1, windowMs: 1050 };

export interface RateLimiter {
  /** Resolves when a request of this class may start for this key (a token, or the client id). */
  acquire(key: string, kind: RequestClass): Promise<void>;
  /** Holds the bucket until the given instant (after a 429). */
  pauseUntil(key: string, kind: RequestClass, until: number): void;
}

interface Bucket {
  starts: number[];
  queue: Promise<void>;
  blockedUntil: number;
}

export function createRateLimiter(
  limits: RateLimits,
  clock: () => number,
  sleep: (ms: number) => Promise<void>,
): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const bucketOf = (key: string, kind: RequestClass): Bucket => {
    const id = `${kind}:${key}`;
    let bucket = buckets.get(id);
    if (!bucket) {
      bucket = { starts: [], queue: Promise.resolve(), blockedUntil: 0 };
      buckets.set(id, bucket);
    }
    return bucket;
  };

  async function waitForSlot(bucket: Bucket, limit: number): Promise<void> {
    for (;;) {
      const now = clock();
      if (bucket.blockedUntil > now) {
        await sleep(bucket.blockedUntil - now);
        continue;
      }
      while (bucket.starts.length > 0 && (bucket.starts[0] ?? 0) <= now - limits.windowMs)
        bucket.starts.shift();
      const oldest = bucket.starts[0];
      if (bucket.starts.length < limit || oldest === undefined) {
        bucket.starts.push(now);
        return;
      }
      await sleep(oldest + limits.windowMs - now);
    }
  }

  return {
    acquire(key, kind) {
      const bucket = bucketOf(key, kind);
      const turn = bucket.queue.then(() =>
        waitForSlot(bucket, kind === 'read' ? limits.reads : limits.writes),
      );
      bucket.queue = turn.catch(() => undefined);
      return turn;
    },
    pauseUntil(key, kind, until) {
      const bucket = bucketOf(key, kind);
      bucket.blockedUntil = Math.max(bucket.blockedUntil, until);
    },
  };
}
