// Sign-in by redirect with AUTH V2: PKCE S256, consent, refresh and revocation.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, DEV_CLIENT_ID, type RunningSimklService, startSimklService } from './index';
import { authorize as authorizeOn, pkce, REDIRECT, redirectParams, v2Params } from './oauth-helpers';
import { api, call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => svc.control.reset());

const authorize = (path: string, params: Record<string, string>) => authorizeOn(svc, path, params);
const token2 = (form: Record<string, string>) =>
  call(svc.port, 'api.simkl.com', '/oauth2/token', { method: 'POST', form });

describe('AUTH V2', () => {
  it('signs in with PKCE: code + state + iss, then a Bearer token pair that works', async () => {
    const { verifier, challenge } = pkce();
    const res = await authorize('/oauth2/authorize', v2Params(challenge));
    expect(String(res.headers.location).startsWith(`${REDIRECT}?`)).toBe(true);
    const params = redirectParams(res);
    expect(params.get('state')).toBe('st-1');
    expect(params.get('iss')).toBe('https://simkl.com');
    const exchange = await token2({
      grant_type: 'authorization_code',
      code: params.get('code') ?? '',
      redirect_uri: REDIRECT,
      code_verifier: verifier,
      client_id: DEV_CLIENT_ID,
    });
    expect(exchange.status).toBe(200);
    const tokens = exchange.json<{ access_token: string; refresh_token: string }>();
    expect(tokens).toMatchObject({
      token_type: 'Bearer',
      expires_in: 604800,
      scope: 'media:read media:write',
    });
    expect(tokens.access_token).toMatch(/^simkl_at_/);
    expect(tokens.refresh_token).toMatch(/^simkl_rt_/);
    const settings = await api(svc, '/users/settings', { token: tokens.access_token });
    expect(settings.json()).toMatchObject({ user: { name: DEMO_USER.name } });
  });

  it('refuses a wrong verifier and a reused code with invalid_grant (RFC envelope, no code)', async () => {
    const { verifier, challenge } = pkce();
    const code = redirectParams(await authorize('/oauth2/authorize', v2Params(challenge))).get('code') ?? '';
    const form = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT, client_id: DEV_CLIENT_ID };
    const wrong = await token2({ ...form, code_verifier: pkce().verifier });
    expect(wrong.status).toBe(400);
    expect(wrong.json()).toEqual({ error: 'invalid_grant', error_description: expect.any(String) });
    expect((await token2({ ...form, code_verifier: verifier })).json()).toMatchObject({
      error: 'invalid_grant',
    });
  });

  it('requires S256 PKCE and a registered redirect', async () => {
    const plain = redirectParams(
      await authorize('/oauth2/authorize', v2Params('abc', { code_challenge_method: 'plain' })),
    );
    expect(plain.get('error')).toBe('invalid_request');
    expect(plain.get('state')).toBe('st-1');
    const { challenge } = pkce();
    const bad = await authorize(
      '/oauth2/authorize',
      v2Params(challenge, { redirect_uri: 'https://evil.example/' }),
    );
    expect(bad.status).toBe(403);
    expect(bad.headers.location).toBeUndefined();
  });

  it('shows #approve / #deny in click mode; deny redirects with access_denied', async () => {
    svc.control.setConsent('click');
    const page = await authorize('/oauth2/authorize', v2Params(pkce().challenge));
    expect(page.status).toBe(200);
    expect(page.text).toContain('<button id="approve"');
    expect(page.text).toContain('<button id="deny"');
    const request = /name="request" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const denied = await call(svc.port, 'simkl.com', '/oauth/decision', {
      method: 'POST',
      form: { request, decision: 'deny' },
    });
    const params = redirectParams(denied);
    expect(params.get('error')).toBe('access_denied');
    expect(params.get('state')).toBe('st-1');
  });

  it('refreshes without rotating, and revocation ends both tokens', async () => {
    const issued = svc.control.issueToken(DEMO_USER.id, { mode: 'v2' });
    const refresh = issued.refresh_token ?? '';
    clock.advance(8 * 24 * 3600 * 1000);
    expect((await api(svc, '/sync/activities', { token: issued.access_token })).json()).toMatchObject({
      error: 'invalid_token',
    });
    const renewed = await token2({
      grant_type: 'refresh_token',
      refresh_token: refresh,
      client_id: DEV_CLIENT_ID,
    });
    const body = renewed.json<{ access_token: string; refresh_token: string }>();
    expect(body.refresh_token).toBe(refresh);
    expect((await api(svc, '/sync/activities', { token: body.access_token })).status).toBe(200);
    const revoked = await call(svc.port, 'api.simkl.com', '/oauth2/revoke', {
      method: 'POST',
      body: { token: refresh, client_id: DEV_CLIENT_ID },
    });
    expect(revoked.status).toBe(200);
    expect((await api(svc, '/sync/activities', { token: body.access_token })).status).toBe(401);
    expect(
      (
        await token2({ grant_type: 'refresh_token', refresh_token: refresh, client_id: DEV_CLIENT_ID })
      ).json(),
    ).toMatchObject({ error: 'invalid_grant' });
  });

  it('answers unknown clients and grants with invalid_client / unsupported_grant_type', async () => {
    expect((await token2({ grant_type: 'password', client_id: 'nope' })).status).toBe(401);
    expect((await token2({ grant_type: 'password', client_id: DEV_CLIENT_ID })).json()).toMatchObject({
      error: 'unsupported_grant_type',
    });
  });
});
