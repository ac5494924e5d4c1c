/**
 * Shared pieces of the sign-in tests: PKCE pairs, consent-page calls and redirect parsing.
 */
import { createHash, randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { DEV_CLIENT_ID, DEV_REDIRECT_URIS, type RunningSimklService } from './index';
import { call, type Res } from './test-client';

export const REDIRECT = DEV_REDIRECT_URIS[0] ?? '';

export function pkce() {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

export function authorize(
  svc: RunningSimklService,
  path: string,
  params: Record<string, string>,
): Promise<Res> {
  return call(svc.port, 'simkl.com', `${path}?${new URLSearchParams(params)}`);
}

export function redirectParams(res: Res): URLSearchParams {
  expect(res.status).toBe(302);
  return new URL(String(res.headers.location)).searchParams;
}

/** A V2 consent request for the dev client; `extra` overrides any parameter. */
export const v2Params = (challenge: string, extra: Record<string, string> = {}) => ({
  response_type: 'code',
  client_id: DEV_CLIENT_ID,
  redirect_uri: REDIRECT,
  scope: 'media:read media:write',
  state: 'st-1',
  code_challenge: challenge,
  code_challenge_method: 'S256',
  ...extra,
});
