/**
 * AUTH V2 on api.simkl.com (RFC 6749 errors, no `code` field): `/oauth2/token` with the
 * authorization_code (PKCE S256 checked), refresh_token (non-rotating, 180-day sliding) and device_code
 * grants, `/oauth2/device` (RFC 8628) and `/oauth2/revoke` (always 200). docs/simkl-api.md, AUTH V2 with PKCE.
 */
import { V2_REFRESH_SECONDS } from '../auth-store';
import { json, oauthError, type Reply, type RequestInfo, str } from '../http';
import type { ServiceState } from '../state';
import type { ClientSpec } from '../types';
import type { OAuthRoute } from './context';
import { credentials, PIN_INTERVAL_SECONDS, pkceMatches } from './oauth-v1';

const DEVICE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

function v2Client(state: ServiceState, body: Record<string, unknown>): ClientSpec | Reply {
  const client = state.auth.clients.get(str(body.client_id) ?? '');
  if (!client) return oauthError(401, 'invalid_client', 'Unknown client_id');
  if (client.mode !== 'v2') return oauthError(400, 'unauthorized_client', 'This app uses AUTH V1 (/oauth/*)');
  return client;
}

function authorizationCode(state: ServiceState, client: ClientSpec, body: Record<string, unknown>): Reply {
  const code = str(body.code);
  const verifier = str(body.code_verifier);
  if (!code || !str(body.redirect_uri) || !verifier) {
    return oauthError(400, 'invalid_request', 'code, redirect_uri and code_verifier are required');
  }
  const record = state.auth.codes.get(code);
  if (!record || record.used || record.expiresMs <= state.now() || record.clientId !== client.id) {
    return oauthError(400, 'invalid_grant', 'The code is invalid, used or expired');
  }
  record.used = true;
  if (record.redirectUri !== body.redirect_uri)
    return oauthError(400, 'invalid_grant', 'redirect_uri does not match');
  if (!record.challenge || !pkceMatches(verifier, record.challenge, 'S256')) {
    return oauthError(400, 'invalid_grant', 'code_verifier does not match the code_challenge');
  }
  return json(200, state.auth.issueV2(record.userId, client.id, record.scope), {
    'cache-control': 'no-store',
  });
}

function refresh(state: ServiceState, client: ClientSpec, body: Record<string, unknown>): Reply {
  const record = state.auth.refreshTokens.get(str(body.refresh_token) ?? '');
  const nowMs = state.now();
  if (!record || record.revoked || record.expiresMs <= nowMs || record.clientId !== client.id) {
    return oauthError(400, 'invalid_grant', 'The refresh token is invalid, revoked or expired');
  }
  record.expiresMs = nowMs + V2_REFRESH_SECONDS * 1000;
  return json(200, state.auth.issueV2(record.userId, client.id, record.scope, record), {
    'cache-control': 'no-store',
  });
}

function deviceGrant(state: ServiceState, client: ClientSpec, body: Record<string, unknown>): Reply {
  const deviceCode = str(body.device_code);
  const record = [...state.auth.pins.values()].find(
    (pin) => pin.mode === 'v2' && pin.deviceCode === deviceCode,
  );
  const nowMs = state.now();
  if (!record || record.consumed || record.clientId !== client.id)
    return oauthError(400, 'invalid_grant', 'Unknown device_code');
  if (record.expiresMs <= nowMs) return oauthError(400, 'expired_token', 'The device code expired');
  if (record.denied) return oauthError(400, 'access_denied', 'The user denied access');
  const tooFast = record.lastPollMs !== null && nowMs - record.lastPollMs < PIN_INTERVAL_SECONDS * 1000;
  record.lastPollMs = nowMs;
  if (tooFast) return oauthError(400, 'slow_down', 'Poll no faster than the interval');
  if (record.approvedUserId === null)
    return oauthError(400, 'authorization_pending', 'The user has not approved yet');
  record.consumed = true;
  return json(200, state.auth.issueV2(record.approvedUserId, client.id, record.scope), {
    'cache-control': 'no-store',
  });
}

function token(state: ServiceState, info: RequestInfo): Reply {
  const body = credentials(info);
  const client = v2Client(state, body);
  if ('status' in client) return client;
  if (body.grant_type === 'authorization_code') return authorizationCode(state, client, body);
  if (body.grant_type === 'refresh_token') return refresh(state, client, body);
  if (body.grant_type === DEVICE_GRANT) return deviceGrant(state, client, body);
  return oauthError(400, 'unsupported_grant_type', `Unsupported grant_type ${String(body.grant_type)}`);
}

/** Scopes Simkl knows; an omitted scope means read-only. */
export function parseScope(value: unknown): string | null {
  const scopes = (str(value) ?? 'media:read').split(/\s+/).filter(Boolean);
  return scopes.every((s) => s === 'media:read' || s === 'media:write') ? scopes.join(' ') : null;
}

function device(state: ServiceState, info: RequestInfo): Reply {
  const body = credentials(info);
  const client = v2Client(state, body);
  if ('status' in client) return client;
  const scope = parseScope(body.scope);
  if (!scope) return oauthError(400, 'invalid_scope', 'Unknown scope');
  const record = state.auth.newPin(client.id, 'v2', scope);
  return json(200, {
    device_code: record.deviceCode,
    user_code: record.userCode,
    verification_uri: 'https://simkl.com/pin/',
    verification_uri_complete: `https://simkl.com/pin/?code=${record.userCode}`,
    expires_in: 900,
    interval: PIN_INTERVAL_SECONDS,
  });
}

function revoke(state: ServiceState, info: RequestInfo): Reply {
  const token = str(credentials(info).token);
  if (token) state.auth.revoke(token);
  return json(200, {});
}

export const OAUTH_V2_ROUTES: OAuthRoute[] = [
  { methods: ['POST'], pattern: /^\/oauth2\/token$/, handle: token },
  { methods: ['POST'], pattern: /^\/oauth2\/device$/, handle: device },
  { methods: ['POST'], pattern: /^\/oauth2\/revoke$/, handle: revoke },
];
