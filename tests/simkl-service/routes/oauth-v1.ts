/**
 * AUTH V1 on api.simkl.com: `/oauth/token` (JSON or form; code + secret or PKCE verifier; single-use
 * codes even when the exchange fails) and the PIN flow `/oauth/pin` + `/oauth/pin/{user_code}`
 * (pending / "Slow down" / OK + token; a fresh init object after success or for an unknown code).
 * An AUTH V2 client on these endpoints gets `400 unauthorized_client`. docs/simkl-api.md, AUTH V1.
 */
import { createHash } from 'node:crypto';
import type { PinRecord } from '../auth-store';
import { apiError, json, type Reply, type RequestInfo, str } from '../http';
import type { ServiceState } from '../state';
import type { ClientSpec } from '../types';
import type { OAuthRoute } from './context';
import { bodyObject } from './write-helpers';

export const PIN_INTERVAL_SECONDS = 5;
const VERIFICATION_URL = 'https://simkl.com/pin/';

/** `client_id`/`client_secret` may come in the body or as HTTP Basic credentials. */
export function credentials(info: RequestInfo): Record<string, unknown> {
  const body: Record<string, unknown> = { ...bodyObject(info.body) };
  const basic = /^basic\s+(\S+)/i.exec(String(info.headers.authorization ?? ''))?.[1];
  if (basic) {
    const [id, secret] = Buffer.from(basic, 'base64').toString('utf8').split(':');
    body.client_id ??= id;
    body.client_secret ??= secret;
  }
  return body;
}

/** Client gate for V1 endpoints: unknown → 412, a V2 client → 400 unauthorized_client. */
function v1Client(state: ServiceState, clientId: string | undefined): ClientSpec | Reply {
  const client = clientId ? state.auth.clients.get(clientId) : undefined;
  if (!client) return apiError(412, 'client_id_failed', 'Your client_id is wrong. Try another one');
  if (client.mode !== 'v1') return apiError(400, 'unauthorized_client', 'This app uses AUTH V2 (/oauth2/*)');
  return client;
}

export function pkceMatches(verifier: string, challenge: string, method = 'S256'): boolean {
  if (method === 'plain') return verifier === challenge;
  return createHash('sha256').update(verifier).digest('base64url') === challenge;
}

function token(state: ServiceState, info: RequestInfo): Reply {
  const body = credentials(info);
  const client = v1Client(state, str(body.client_id));
  if ('status' in client) return client;
  const code = str(body.code);
  const redirectUri = str(body.redirect_uri);
  if (!code || !redirectUri || !str(body.grant_type))
    return apiError(403, 'empty_field', 'A required field is empty');
  if (body.grant_type !== 'authorization_code')
    return apiError(400, 'wrong_parameter', 'grant_type must be authorization_code');
  const record = state.auth.codes.get(code);
  if (!record || record.used || record.expiresMs <= state.now() || record.clientId !== client.id) {
    return apiError(401, 'grant_error', 'The code is invalid, used or expired');
  }
  // Single use even when the rest of the exchange fails.
  record.used = true;
  if (record.redirectUri !== redirectUri)
    return apiError(403, 'redirect_failed', 'redirect_uri does not match');
  const verifier = str(body.code_verifier);
  const proven = record.challenge
    ? Boolean(verifier && pkceMatches(verifier, record.challenge, record.method))
    : Boolean(client.secret) && body.client_secret === client.secret;
  if (!proven) return apiError(401, 'secret_error', 'Wrong client_secret or code_verifier');
  return json(200, state.auth.issueV1(record.userId, client.id));
}

function pinInit(record: PinRecord): Record<string, unknown> {
  return {
    result: 'OK',
    device_code: record.deviceCode,
    user_code: record.userCode,
    verification_url: VERIFICATION_URL,
    verification_uri: VERIFICATION_URL,
    expires_in: 900,
    interval: PIN_INTERVAL_SECONDS,
  };
}

function pinStart(state: ServiceState, info: RequestInfo): Reply {
  const params = { ...bodyObject(info.body), ...info.query };
  const client = v1Client(state, str(params.client_id) ?? str(info.headers['simkl-api-key']));
  if ('status' in client) return client;
  const redirect = str(params.redirect);
  if (redirect && !client.redirectUris.includes(redirect)) {
    return apiError(403, 'redirect_failed', 'redirect is not registered for this app');
  }
  return json(200, pinInit(state.auth.newPin(client.id, 'v1', 'public', redirect)));
}

function pinPoll(state: ServiceState, info: RequestInfo): Reply {
  const client = v1Client(state, str(info.query.client_id) ?? str(info.headers['simkl-api-key']));
  if ('status' in client) return client;
  const userCode = decodeURIComponent(info.path.split('/').pop() ?? '');
  const record = state.auth.findPin(userCode);
  const nowMs = state.now();
  if (
    record?.mode !== 'v1' ||
    record.clientId !== client.id ||
    record.consumed ||
    record.expiresMs <= nowMs
  ) {
    // Simkl answers a finished or unknown code with a fresh init object: clients stop on `device_code`.
    return json(200, pinInit(state.auth.newPin(client.id, 'v1', 'public')));
  }
  const tooFast = record.lastPollMs !== null && nowMs - record.lastPollMs < PIN_INTERVAL_SECONDS * 1000;
  record.lastPollMs = nowMs;
  if (tooFast) return json(200, { result: 'KO', message: 'Slow down' });
  if (record.approvedUserId === null) return json(200, { result: 'KO', message: 'Authorization pending' });
  record.consumed = true;
  return json(200, {
    result: 'OK',
    access_token: state.auth.issueV1(record.approvedUserId, client.id).access_token,
  });
}

export const OAUTH_V1_ROUTES: OAuthRoute[] = [
  { methods: ['POST'], pattern: /^\/oauth\/token$/, handle: token },
  { methods: ['GET', 'POST'], pattern: /^\/oauth\/pin$/, handle: pinStart },
  { methods: ['GET'], pattern: /^\/oauth\/pin\/[^/]+$/, handle: pinPoll },
];
