import { type ErrorKind, isRetryable, SimklError } from '../errors';

export interface BackoffOptions {
  baseMs: number;
  maxMs: number;
}
export const DEFAULT_BACKOFF: BackoffOptions = { baseMs: 2_000, maxMs: 15 * 60_000 };

/** The kinds worth retrying by themselves; app-limit is Simkl's temporary block of the app (412, daily cap). */
export function isRetryableKind(kind: ErrorKind): boolean {
  return isRetryable(kind) || kind === 'app-limit';
}

/**
 * Whether a failed send may still have reached Simkl: no answer at all (offline), or the client
 * marked it so (a timeout after the body left).
 */
export function isUncertain(error: unknown): boolean {
  if (!(error instanceof SimklError)) return false;
  return error.kind === 'offline' || error.uncertain === true;
}

/** Exponential backoff; a Retry-After from Simkl wins when it is longer. */
export function retryDelay(
  error: unknown,
  attempts: number,
  options: BackoffOptions = DEFAULT_BACKOFF,
): number {
  const exponential = Math.min(options.maxMs, options.baseMs * 2 ** Math.max(0, attempts - 1));
  const retryAfter = error instanceof SimklError && error.retryAfter ? error.retryAfter * 1000 : 0;
  return Math.max(1, exponential, retryAfter);
}
