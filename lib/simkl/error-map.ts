/**
 * One SimklError kind for every status Simkl documents (docs/simkl-api.md, Status codes and errors). The
 * transport decides what to retry; this only names what an answer means.
 */
import { type ErrorKind, SimklError } from '../errors';
import { isRecord, optionalString } from './parse-guards';

export interface ErrorBody {
  /** Simkl's `error` id (`user_token_failed`, `RATE_LIMIT`, `authorization_pending`…). */
  code?: string;
  message?: string;
}

/** Reads `{error, message}` or the OAuth `{error, error_description}` envelope from any body. */
export function readErrorBody(data: unknown): ErrorBody {
  if (!isRecord(data)) return {};
  return {
    code: optionalString(data.error),
    message: optionalString(data.message) ?? optionalString(data.error_description),
  };
}

/** The per-user write lock: another write for this user is still being applied. */
export function isWriteLock(status: number, body: ErrorBody): boolean {
  return status === 400 && body.code?.toUpperCase() === 'RATE_LIMIT';
}

export function kindForStatus(status: number, body: ErrorBody = {}): ErrorKind {
  if (isWriteLock(status, body)) return 'rate-limit';
  if (status === 401) return 'auth';
  if (status === 404) return 'not-found';
  // 412 client_id_failed: a wrong client id, or Simkl blocking the app after repeated overage.
  if (status === 412) return 'app-limit';
  if (status === 429) return body.code === 'app_limit_exceeded' ? 'app-limit' : 'rate-limit';
  if (status >= 500 && status <= 599) return 'server';
  if (status >= 400 && status <= 499) return 'bad-request';
  return 'invalid-response';
}

/** Simkl's own words where a refusal has no kind of its own to say it (a 400's wrong parameter). */
export function errorForStatus(
  status: number,
  body: ErrorBody = {},
  details: { retryAfter?: number; uncertain?: boolean } = {},
): SimklError {
  const kind = kindForStatus(status, body);
  const message =
    kind === 'bad-request'
      ? `Simkl refused the request (${body.message ?? body.code ?? `HTTP ${status}`}).`
      : kind;
  return new SimklError(kind, message, { status, code: body.code, ...details });
}
