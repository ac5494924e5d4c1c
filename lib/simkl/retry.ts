/** Waiting rules for the transport: backoff with jitter, and reading Retry-After. */
import type { RetryPolicy } from './transport-types';

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 4,
  baseDelayMs: 1000,
  maxDelayMs: 30_000,
  rateLimitDelayMs: 1000,
  rateLimitRetries: 3,
  maxRetryAfterSeconds: 60,
  writeLockMs: 20_000,
  writeLockRetries: 2,
  timeoutMs: 30_000,
};

/**
 * The wait before retry number `retry` (0-based): exponential, capped, and jittered over its
 * upper half so that many clients failing together do not come back together.
 */
export function backoffDelay(retry: number, policy: RetryPolicy, random: () => number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** Retry-After in seconds: delta-seconds (what Simkl sends) or an HTTP date. */
export function parseRetryAfter(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const value = header.trim();
  if (/^\d+$/.test(value)) return Number(value);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

export function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
