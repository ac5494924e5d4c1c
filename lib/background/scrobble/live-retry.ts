/**
 * When a start or a pause that Simkl refused for its per-second limit (429) is sent again
 * (docs/architecture.md, A playback). Several players at once share one token's one POST a second, so a
 * refused start would leave Simkl thinking nothing plays. A start or a pause is a state ("this plays, at
 * 43 %"), not an addition: sending it again can never count anything twice, even where the 429 answered
 * a copy the browser resent by itself. Only the per-second refusal is retried: a daily cap, a signed-out
 * user or a malformed answer will not pass by waiting, and a playback's next event says more anyway.
 */
import { SimklError } from '../../errors';
import { DEFAULT_BACKOFF, retryDelay } from '../../outbox/backoff';

/** Tries after the first: 2 s, 4 s, 8 s (or Simkl's Retry-After when longer), then it is given up. */
export const LIVE_RETRIES = 3;

/** The wait before attempt `attempt + 1` of a refused start or pause, or null when it is not sent again. */
export function liveRetryDelay(error: unknown, attempt: number): number | null {
  if (!(error instanceof SimklError) || error.kind !== 'rate-limit' || attempt > LIVE_RETRIES) return null;
  return retryDelay(error, attempt, DEFAULT_BACKOFF);
}

/** Runs `wake` after `delayMs`; a test passes its own clock. */
export type LiveSchedule = (delayMs: number, wake: () => void) => void;

export const timerSchedule: LiveSchedule = (delayMs, wake) => {
  setTimeout(wake, delayMs);
};
