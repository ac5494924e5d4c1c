/**
 * api.simkl.com: finds the route, then applies Simkl's gatekeeping in its order — client id (412),
 * debug limits, bearer token (401), anonymous V2 (401 user_token_required), per-second limits (429 /
 * 412 block), write scope (403) and the per-user write lock (400 RATE_LIMIT) — before the handler runs.
 * An injected delay holds the response (and, for writes, the lock) for its duration.
 */
import type { TokenRecord } from '../auth-store';
import { apiError, json, type Reply, type RequestInfo } from '../http';
import type { ServiceState } from '../state';
import type { UserState } from '../users';
import { CATALOGUE_ROUTES } from './catalogue';
import { CHECKIN_ROUTES, settleCheckin } from './checkin';
import type { ApiRoute, OAuthRoute } from './context';
import { OAUTH_V1_ROUTES } from './oauth-v1';
import { OAUTH_V2_ROUTES } from './oauth-v2';
import { PLAYBACK_ROUTES } from './playback';
import { SCROBBLE_ROUTES } from './scrobble';
import { SEARCH_ROUTES } from './search';
import { SYNC_LIST_ROUTES } from './sync-lists';
import { SYNC_READ_ROUTES } from './sync-read';
import { SYNC_WATCHED_ROUTES } from './sync-watched';
import { SYNC_WRITE_ROUTES } from './sync-write';
import { USER_ROUTES } from './users';

const OAUTH_ROUTES: OAuthRoute[] = [...OAUTH_V1_ROUTES, ...OAUTH_V2_ROUTES];
const ROUTES: ApiRoute[] = [
  ...SEARCH_ROUTES,
  ...CATALOGUE_ROUTES,
  ...SYNC_READ_ROUTES,
  ...SYNC_WRITE_ROUTES,
  ...SYNC_LIST_ROUTES,
  ...CHECKIN_ROUTES,
  ...SCROBBLE_ROUTES,
  ...PLAYBACK_ROUTES,
  ...USER_ROUTES,
  ...SYNC_WATCHED_ROUTES,
];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const TOKEN_FAILED = { 'www-authenticate': 'Bearer realm="api.simkl.com", error="user_token_failed"' };

export async function handleApi(
  state: ServiceState,
  info: RequestInfo,
  delayMs: number,
  meta: { userId?: number },
): Promise<Reply> {
  const path = info.path.length > 1 ? info.path.replace(/\/+$/, '') : info.path;
  const oauth = OAUTH_ROUTES.find((r) => r.pattern.test(path) && r.methods.includes(info.method));
  if (oauth) {
    await sleep(delayMs);
    return oauth.handle(state, { ...info, path });
  }
  const found = findRoute(info.method, path);
  if (!found) return apiError(404, 'url_failed', 'The requested url was not found');
  const { route, match } = found;

  const nowMs = state.now();
  const clientId = String(info.headers['simkl-api-key'] ?? info.query.client_id ?? '');
  const client = state.auth.clients.get(clientId);
  if (!client) return apiError(412, 'client_id_failed', 'Your client_id is wrong. Try another one');
  if (info.query.debug_limit === 'user' || info.query.debug_limit === 'app') {
    const error = info.query.debug_limit === 'user' ? 'user_limit_exceeded' : 'app_limit_exceeded';
    return apiError(429, error, 'Daily limit reached', { 'retry-after': '3600' });
  }

  const auth = authenticate(state, info, client.id, nowMs);
  if ('status' in auth) return auth;
  const { token, user } = auth;
  if (user) meta.userId = user.id;
  if (route.access === 'user' && !user) return apiError(401, 'user_token_failed', undefined, TOKEN_FAILED);
  if (route.access === 'public' && !user && client.mode === 'v2') {
    return apiError(401, 'user_token_required', 'This endpoint needs a user token for AUTH V2 apps');
  }

  if (state.settings.rateLimits && route.access !== 'catalog') {
    const verdict = state.limits.check(token ? `t:${token.token}` : `c:${client.id}`, info.method, nowMs);
    if (verdict === 'rate_limit') return apiError(429, 'rate_limit');
    if (verdict === 'blocked')
      return apiError(412, 'client_id_failed', 'Your client_id is wrong. Try another one');
  }
  const rateHeaders = token?.mode === 'v2' ? state.limits.dailyHeaders(token.token) : {};
  const run = async () => {
    const reply = route.handle({ state, info: { ...info, path }, nowMs, client, user, token }, match);
    await sleep(delayMs);
    return { ...reply, headers: { ...reply.headers, ...rateHeaders } };
  };
  if (user) settleCheckin(user, nowMs);
  if (!route.write || !user) return run();
  if (token?.mode === 'v2' && !token.scope.split(' ').includes('media:write')) {
    return apiError(403, 'insufficient_scope', 'This token can only read');
  }
  if (!state.limits.tryLock(user.id, nowMs, state.settings.writeLockMs))
    return json(400, { error: 'RATE_LIMIT' });
  try {
    return await run();
  } finally {
    state.limits.unlock(user.id);
  }
}

function findRoute(method: string, path: string): { route: ApiRoute; match: RegExpExecArray } | undefined {
  for (const route of ROUTES) {
    const match = route.methods.includes(method) ? route.pattern.exec(path) : null;
    if (match) return { route, match };
  }
  return undefined;
}

function authenticate(
  state: ServiceState,
  info: RequestInfo,
  clientId: string,
  nowMs: number,
): Reply | { token?: TokenRecord; user?: UserState } {
  const header = String(info.headers.authorization ?? '');
  const bearer = /^bearer\s+(\S+)/i.exec(header)?.[1];
  if (!bearer) return {};
  const token = state.auth.tokens.get(bearer);
  const user = token && state.users.get(token.userId);
  if (!token || !user || token.revoked || token.clientId !== clientId) {
    return apiError(401, 'user_token_failed', undefined, TOKEN_FAILED);
  }
  if (token.expiresMs !== null && token.expiresMs <= nowMs) {
    return apiError(401, 'invalid_token', 'The access token expired', {
      'www-authenticate': 'Bearer realm="api.simkl.com", error="invalid_token"',
    });
  }
  return { token, user };
}
