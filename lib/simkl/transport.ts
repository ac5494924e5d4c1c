/**
 * Every request to Simkl goes through here: identification (API key header, app-name/app-version),
 * the user's token, the client-side rate limiter, and the retry rules. It answers parsed JSON or
 * throws one SimklError; it never caches.
 *
 * Retrying: reads (and POSTs marked idempotent) retry network failures and 5xx with backoff, and
 * wait out 429 and the write lock (`400 RATE_LIMIT`). Any other POST is sent once: one that got a
 * 5xx or lost its answer may have been applied all the same (a gateway error after the origin
 * committed), and a 429 or lock may answer a copy the browser resent by itself, so it fails with
 * `uncertain: true` and the outbox checks Simkl's state before it is ever sent again.
 */
import { SimklError } from '../errors';
import { SIMKL_API_ORIGIN } from '../hosts';
import { type ErrorBody, errorForStatus, isWriteLock, readErrorBody } from './error-map';
import { sendExchange } from './http-send';
import { createRateLimiter, type RequestClass, SIMKL_RATE_LIMITS } from './rate-limiter';
import { backoffDelay, DEFAULT_RETRY_POLICY, defaultSleep, parseRetryAfter } from './retry';
import type { Transport, TransportDeps, TransportRequest, TransportResponse } from './transport-types';

export const APP_NAME = 'simkl-extension';

/** 429s that are a daily quota, not the per-second window: waiting seconds will not help. */
const DAILY_LIMIT_CODES = new Set(['app_limit_exceeded', 'user_limit_exceeded']);

function parseJsonBody(text: string): unknown {
  if (text.trim() === '') return null;
  try {
    return JSON.parse(text);
  } catch {
    throw new SimklError('invalid-response', 'not JSON');
  }
}

function parseErrorBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * A POST that got a 5xx or no (whole) answer: it may have been applied, so it must not be resent
 * blindly. The status says which: a server error keeps its kind, a lost answer is 'offline'.
 */
function uncertainFailure(status: number, text: string): SimklError {
  if (status >= 500 && status <= 599) {
    return errorForStatus(status, readErrorBody(parseErrorBody(text)), { uncertain: true });
  }
  return new SimklError('offline', undefined, {
    status: status || undefined,
    uncertain: true,
  });
}

/**
 * A POST refused for its timing (429, the write lock) is not sent again here either. The browser
 * itself resends a request whose reused keep-alive connection closed before any answer (Chromium
 * does, POSTs included), and such a refusal may be the answer to that hidden second copy while
 * the first was applied. So it is uncertain: the outbox checks Simkl's state, after the wait.
 */
function refusalOfMaybeResent(status: number, body: ErrorBody, retryAfter: number): SimklError {
  return errorForStatus(status, body, { retryAfter, uncertain: true });
}

export function createTransport(deps: TransportDeps): Transport {
  const fetchImpl = deps.fetch ?? ((input: string, init: RequestInit) => globalThis.fetch(input, init));
  const clock = deps.clock ?? Date.now;
  const sleep = deps.sleep ?? defaultSleep;
  const random = deps.random ?? Math.random;
  const policy = { ...DEFAULT_RETRY_POLICY, ...deps.policy };
  const limiter = createRateLimiter({ ...SIMKL_RATE_LIMITS, ...deps.limits }, clock, sleep);
  const origin = deps.apiOrigin ?? SIMKL_API_ORIGIN;

  function buildUrl(request: TransportRequest): string {
    if (request.bare) return request.path;
    const url = new URL(request.path, origin);
    url.searchParams.set('app-name', APP_NAME);
    url.searchParams.set('app-version', deps.appVersion);
    for (const [key, value] of Object.entries(request.query ?? {})) {
      if (value !== undefined) url.searchParams.set(key, String(value));
    }
    return url.href;
  }

  function buildInit(request: TransportRequest, clientId: string, token: string | null): RequestInit {
    const headers: Record<string, string> = {};
    if (!request.bare) headers['simkl-api-key'] = clientId;
    if (token) headers.Authorization = `Bearer ${token}`;
    // Only with a body: on a GET it would force a CORS preflight for nothing.
    if (request.body !== undefined) headers['Content-Type'] = 'application/json';
    const init: RequestInit = { method: request.method ?? 'GET', headers };
    if (request.body !== undefined) init.body = JSON.stringify(request.body);
    return init;
  }

  async function request(request: TransportRequest): Promise<TransportResponse> {
    const method = request.method ?? 'GET';
    const auth = request.bare ? 'none' : (request.auth ?? 'required');
    const retrySafe = method === 'GET' || request.idempotent === true;
    const kind: RequestClass = method === 'GET' ? 'read' : 'write';
    const clientId = request.bare ? '' : await deps.clientId();
    let token = auth === 'none' ? null : ((await deps.tokens?.getAccessToken()) ?? null);
    if (auth === 'required' && !token) throw new SimklError('signed-out');
    const url = buildUrl(request);
    let refreshed = false;
    let failures = 0;
    let rateLimited = 0;
    let locked = 0;

    for (;;) {
      const key = token ?? `client:${clientId}`;
      if (!request.bare) await limiter.acquire(key, kind);
      if (deps.isOnline?.() === false) throw new SimklError('offline');
      const exchange = await sendExchange(
        fetchImpl,
        url,
        buildInit(request, clientId, token),
        policy.timeoutMs,
        request.signal,
      );
      if (exchange.outcome === 'cancelled') throw new SimklError('cancelled');
      const status = exchange.outcome === 'network-error' ? 0 : exchange.status;
      const text = exchange.outcome === 'answered' ? exchange.text : '';
      const serverError = status >= 500 && status <= 599;
      const unanswered = exchange.outcome !== 'answered';
      if (!retrySafe && (unanswered || serverError)) throw uncertainFailure(status, text);

      if (unanswered || serverError) {
        failures += 1;
        if (failures >= policy.maxAttempts) {
          if (serverError) throw errorForStatus(status, readErrorBody(parseErrorBody(text)));
          throw new SimklError('offline');
        }
        await sleep(backoffDelay(failures - 1, policy, random));
        continue;
      }

      if (status >= 200 && status < 300) {
        const data = request.expect === 'none' ? null : parseJsonBody(text);
        return { status, headers: exchange.headers, data };
      }
      const body = readErrorBody(parseErrorBody(text));

      if (status === 401 && token && deps.tokens) {
        if (!refreshed) {
          refreshed = true;
          // A refresh that failed for a passing reason (offline, 5xx) throws that reason: the
          // session stays, and this request fails as something to retry, not as a revoked token.
          const next = await deps.tokens.refreshAfterUnauthorized(token);
          if (next && next !== token) {
            token = next;
            continue;
          }
        }
        await deps.tokens.revoked(token);
        throw errorForStatus(status, body);
      }

      if (status === 429) {
        const retryAfter = parseRetryAfter(exchange.headers.get('Retry-After'), clock());
        const daily = body.code !== undefined && DAILY_LIMIT_CODES.has(body.code);
        if (!retrySafe) {
          const waitMs = retryAfter !== undefined ? retryAfter * 1000 : policy.rateLimitDelayMs;
          if (!request.bare) limiter.pauseUntil(key, kind, clock() + waitMs);
          throw refusalOfMaybeResent(status, body, Math.ceil(waitMs / 1000));
        }
        if (
          daily ||
          (retryAfter ?? 0) > policy.maxRetryAfterSeconds ||
          rateLimited >= policy.rateLimitRetries
        ) {
          throw errorForStatus(status, body, { retryAfter });
        }
        rateLimited += 1;
        const waitMs = retryAfter !== undefined ? retryAfter * 1000 : policy.rateLimitDelayMs;
        // Hold the whole bucket: the other requests queued behind this one would be refused too.
        if (request.bare) await sleep(waitMs);
        else limiter.pauseUntil(key, kind, clock() + waitMs);
        continue;
      }

      if (isWriteLock(status, body)) {
        if (!retrySafe) throw refusalOfMaybeResent(status, body, Math.ceil(policy.writeLockMs / 1000));
        if (locked >= policy.writeLockRetries) {
          throw errorForStatus(status, body, { retryAfter: Math.ceil(policy.writeLockMs / 1000) });
        }
        locked += 1;
        await sleep(policy.writeLockMs + Math.round(random() * 1000));
        continue;
      }

      throw errorForStatus(status, body);
    }
  }

  return { request };
}
