/**
 * Errors cross every boundary (Simkl → background → message → page) as tagged data.
 * One kind per thing the user can understand or the code can act on.
 */
export type ErrorKind =
  /** The token was refused (revoked, expired beyond refresh): the user must sign in again. */
  | 'auth'
  /** Not signed in at all. */
  | 'signed-out'
  /** Too many requests (429, the write lock); retried by the outbox. */
  | 'rate-limit'
  /** Simkl refused the app itself (412 client_id_failed, daily app limit). */
  | 'app-limit'
  | 'not-found'
  /** No network, or the request never got an answer. */
  | 'offline'
  /** 5xx. */
  | 'server'
  /** 400/403/409: the request was wrong and will not get better by retrying. */
  | 'bad-request'
  /** Simkl answered something that does not match the contract. */
  | 'invalid-response'
  /** The user closed the sign-in window or said no. */
  | 'cancelled'
  /** A bug on our side, or a message that failed validation. */
  | 'internal';

export interface ErrorData {
  kind: ErrorKind;
  message: string;
}

export class SimklError extends Error {
  readonly kind: ErrorKind;
  readonly status?: number;
  /** Seconds to wait before trying again, when the server said so. */
  readonly retryAfter?: number;
  /** The `error` id from Simkl's body, such as `user_token_failed` or `RATE_LIMIT`. */
  readonly code?: string;
  /**
   * A write whose outcome is unknown (the connection dropped or timed out after it was sent):
   * Simkl may or may not have applied it, so it must not be blindly sent again.
   */
  readonly uncertain?: boolean;

  /**
   * The message is for whoever reads a log: the user reads `errorText(kind)`, never this, so a
   * message that would only restate the kind is left out (it defaults to the kind).
   */
  constructor(
    kind: ErrorKind,
    message: string = kind,
    details: { status?: number; retryAfter?: number; code?: string; uncertain?: boolean } = {},
  ) {
    super(message);
    this.name = 'SimklError';
    this.kind = kind;
    this.status = details.status;
    this.retryAfter = details.retryAfter;
    this.code = details.code;
    if (details.uncertain) this.uncertain = true;
  }
}

export function toErrorData(error: unknown): ErrorData {
  if (error instanceof SimklError) return { kind: error.kind, message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'internal', message };
}

/** Whether trying the same request again later can succeed. */
export function isRetryable(kind: ErrorKind): boolean {
  return kind === 'rate-limit' || kind === 'offline' || kind === 'server';
}
