// Sign-in by redirect with AUTH V1: code with optional PKCE or the client secret, single-use codes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEV_CLIENT_ID,
  DEV_CLIENT_ID_V1,
  DEV_CLIENT_SECRET_V1,
  DEV_REDIRECT_URIS,
  type RunningSimklService,
  startSimklService,
} from './index';
import { authorize as authorizeOn, pkce, REDIRECT, redirectParams, v2Params } from './oauth-helpers';
import { call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => svc.control.reset());

const authorize = (path: string, params: Record<string, string>) => authorizeOn(svc, path, params);

describe('AUTH V1', () => {
  const v1Params = (extra: Record<string, string> = {}) => ({
    response_type: 'code',
    client_id: DEV_CLIENT_ID_V1,
    redirect_uri: REDIRECT,
    state: 'v1-state',
    ...extra,
  });
  const exchange = (body: Record<string, unknown>) =>
    call(svc.port, 'api.simkl.com', '/oauth/token', { method: 'POST', body });

  it('exchanges a PKCE code once (JSON body) and answers grant_error the second time', async () => {
    const { verifier, challenge } = pkce();
    const params = redirectParams(
      await authorize(
        '/oauth/authorize',
        v1Params({ code_challenge: challenge, code_challenge_method: 'S256' }),
      ),
    );
    expect(params.get('state')).toBe('v1-state');
    expect(params.has('iss')).toBe(false);
    const body = {
      code: params.get('code'),
      client_id: DEV_CLIENT_ID_V1,
      code_verifier: verifier,
      redirect_uri: REDIRECT,
      grant_type: 'authorization_code',
    };
    const first = await exchange(body);
    expect(first.json()).toMatchObject({ token_type: 'bearer', scope: 'public', expires_in: 157680000 });
    const second = await exchange(body);
    expect(second.status).toBe(401);
    expect(second.json()).toMatchObject({ error: 'grant_error' });
  });

  it('accepts a form body with the client secret, and burns the code even on a redirect mismatch', async () => {
    const code = redirectParams(await authorize('/oauth/authorize', v1Params())).get('code') ?? '';
    const mismatch = await exchange({
      code,
      client_id: DEV_CLIENT_ID_V1,
      client_secret: DEV_CLIENT_SECRET_V1,
      redirect_uri: DEV_REDIRECT_URIS[1],
      grant_type: 'authorization_code',
    });
    expect(mismatch.status).toBe(403);
    expect(mismatch.json()).toMatchObject({ error: 'redirect_failed' });
    const again = await call(svc.port, 'api.simkl.com', '/oauth/token', {
      method: 'POST',
      form: {
        code,
        client_id: DEV_CLIENT_ID_V1,
        client_secret: DEV_CLIENT_SECRET_V1,
        redirect_uri: REDIRECT,
        grant_type: 'authorization_code',
      },
    });
    expect(again.json()).toMatchObject({ error: 'grant_error' });
    const fresh = redirectParams(await authorize('/oauth/authorize', v1Params())).get('code') ?? '';
    const ok = await call(svc.port, 'api.simkl.com', '/oauth/token', {
      method: 'POST',
      form: {
        code: fresh,
        client_id: DEV_CLIENT_ID_V1,
        client_secret: DEV_CLIENT_SECRET_V1,
        redirect_uri: REDIRECT,
        grant_type: 'authorization_code',
      },
    });
    expect(ok.status).toBe(200);
  });

  it('answers empty_field, secret_error for a wrong verifier, and unauthorized_client for a V2 app', async () => {
    expect(
      (await exchange({ client_id: DEV_CLIENT_ID_V1, grant_type: 'authorization_code' })).json(),
    ).toMatchObject({ error: 'empty_field' });
    const { challenge } = pkce();
    const code = redirectParams(
      await authorize('/oauth/authorize', v1Params({ code_challenge: challenge })),
    ).get('code');
    const wrong = await exchange({
      code,
      client_id: DEV_CLIENT_ID_V1,
      code_verifier: 'nope',
      redirect_uri: REDIRECT,
      grant_type: 'authorization_code',
    });
    expect(wrong.status).toBe(401);
    expect(wrong.json()).toMatchObject({ error: 'secret_error' });
    const v2 = await exchange({
      code: 'x',
      client_id: DEV_CLIENT_ID,
      redirect_uri: REDIRECT,
      grant_type: 'authorization_code',
    });
    expect(v2.status).toBe(400);
    expect(v2.json()).toMatchObject({ error: 'unauthorized_client' });
    expect((await authorize('/oauth/authorize', { ...v1Params(), client_id: DEV_CLIENT_ID })).status).toBe(
      400,
    );
  });

  it('sends a denying user to simkl.com/ without an error parameter', async () => {
    svc.control.setConsent('click');
    const page = await authorize('/oauth/authorize', v1Params());
    const request = /name="request" value="([^"]+)"/.exec(page.text)?.[1] ?? '';
    const denied = await call(svc.port, 'simkl.com', '/oauth/decision', {
      method: 'POST',
      form: { request, decision: 'deny' },
    });
    expect(denied.headers.location).toBe('https://simkl.com/');
  });

  it('lets the control API register another client and redirect', async () => {
    svc.control.addClient({ id: 'other-app', mode: 'v2', redirectUris: [] });
    svc.control.addRedirectUri('other-app', 'https://other.example/cb');
    const res = await authorize(
      '/oauth2/authorize',
      v2Params(pkce().challenge, { client_id: 'other-app', redirect_uri: 'https://other.example/cb' }),
    );
    expect(String(res.headers.location)).toMatch(/^https:\/\/other\.example\/cb\?code=/);
  });
});
