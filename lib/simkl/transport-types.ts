/** The transport's contract: what the endpoints ask of it and what it needs to be built. */

export type HttpMethod = 'GET' | 'POST' | 'DELETE';

export interface TransportRequest {
  method?: HttpMethod;
  /** A path on the API origin (`/sync/activities`), or an absolute URL when `bare`. */
  path: string;
  query?: Record<string, string | number | boolean | undefined>;
  /** Sent as JSON. */
  body?: unknown;
  /**
   * `required`: fail with 'signed-out' without a token; `optional`: send it when there is one;
   * `none`: never (catalog reads, whose edge cache breaks on Authorization, and the OAuth endpoints).
   */
  auth?: 'required' | 'optional' | 'none';
  /** A POST that can be repeated safely (token polling, revoke), so it is retried like a read. */
  idempotent?: boolean;
  /** A CDN file: no API key, no app params, no token, no rate limiter. */
  bare?: boolean;
  /** Whether the body is JSON to parse (default) or ignored. */
  expect?: 'json' | 'none';
  signal?: AbortSignal;
}

export interface TransportResponse {
  status: number;
  headers: Headers;
  /** The parsed JSON body; null for an empty body. */
  data: unknown;
}

export interface Transport {
  request(request: TransportRequest): Promise<TransportResponse>;
}

/** Where the transport gets the user's token; the auth session implements it. */
export interface TokenProvider {
  getAccessToken(): Promise<string | null>;
  /**
   * After a 401: a fresh token (AUTH V2 refresh), or null when there is none to be had (AUTH V1, or
   * Simkl refused the refresh token). Throws when the refresh failed for a passing reason (offline,
   * 5xx): the token is not known to be revoked then. Called at most once per request.
   */
  refreshAfterUnauthorized(rejected: string): Promise<string | null>;
  /** A 401 survived the refresh attempt: the token is revoked or expired for good. */
  revoked(rejected: string): Promise<void>;
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>;

export interface RetryPolicy {
  /** Attempts in all for a read (or an idempotent write) failing with 5xx or a network error. */
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** 429 without Retry-After: wait this long (Simkl's per-second window clears in about 1 s). */
  rateLimitDelayMs: number;
  rateLimitRetries: number;
  /** A longer Retry-After (a daily quota) is not waited out here: the error goes to the caller. */
  maxRetryAfterSeconds: number;
  /** The per-user write lock (`400 RATE_LIMIT`) lasts about 20 s. */
  writeLockMs: number;
  writeLockRetries: number;
  timeoutMs: number;
}

export interface RateLimits {
  reads: number;
  writes: number;
  windowMs: number;
}

export interface TransportDeps {
  /** The API key sent with every request (lib/account/client-id.ts). */
  clientId: () => string | Promise<string>;
  /** The manifest version, sent as `app-version`. */
  appVersion: string;
  tokens?: TokenProvider;
  fetch?: FetchLike;
  clock?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  /** navigator.onLine: when false nothing is sent, so a write is known not to have happened. */
  isOnline?: () => boolean;
  apiOrigin?: string;
  policy?: Partial<RetryPolicy>;
  limits?: Partial<RateLimits>;
}
