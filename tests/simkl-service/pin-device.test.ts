// Sign-in by code: the V1 PIN state machine and the V2 device flow, on a controllable clock.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_USER,
  DEV_CLIENT_ID,
  DEV_CLIENT_ID_V1,
  type RunningSimklService,
  startSimklService,
} from './index';
import { call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => svc.control.reset());

type Pin = {
  result: string;
  device_code?: string;
  user_code?: string;
  message?: string;
  access_token?: string;
};
const apiGet = async (path: string) => (await call(svc.port, 'api.simkl.com', path)).json<Pin>();

describe('V1 PIN', () => {
  it('goes pending → Slow down → pending → OK with a token → a fresh init object', async () => {
    const init = await apiGet(`/oauth/pin?client_id=${DEV_CLIENT_ID_V1}`);
    expect(init).toMatchObject({
      result: 'OK',
      device_code: 'DEVICE_CODE',
      verification_url: 'https://simkl.com/pin/',
      expires_in: 900,
      interval: 5,
    });
    expect(init.user_code).toMatch(/^[A-Z0-9]{5}$/);
    const poll = () => apiGet(`/oauth/pin/${init.user_code}?client_id=${DEV_CLIENT_ID_V1}`);
    expect(await poll()).toEqual({ result: 'KO', message: 'Authorization pending' });
    clock.advance(2000);
    expect(await poll()).toEqual({ result: 'KO', message: 'Slow down' });
    clock.advance(5000);
    expect(await poll()).toEqual({ result: 'KO', message: 'Authorization pending' });

    // The user types the code on simkl.com/pin while signed in there.
    const page = await call(svc.port, 'simkl.com', '/pin/');
    expect(page.text).toContain('id="code"');
    const approved = await call(svc.port, 'simkl.com', '/pin/', {
      method: 'POST',
      form: { code: init.user_code ?? '', decision: 'approve' },
    });
    expect(approved.text).toContain('Device connected');

    clock.advance(5000);
    const ok = await poll();
    expect(ok.result).toBe('OK');
    expect(ok.access_token).toBe(svc.control.issueToken(DEMO_USER.id, { mode: 'v1' }).access_token);
    clock.advance(5000);
    const after = await poll();
    expect(after.device_code).toBe('DEVICE_CODE');
    expect(after.user_code).not.toBe(init.user_code);
  });

  it('answers an unknown or expired code with a fresh init object', async () => {
    expect(await apiGet(`/oauth/pin/ZZZZZ?client_id=${DEV_CLIENT_ID_V1}`)).toMatchObject({
      result: 'OK',
      device_code: 'DEVICE_CODE',
    });
    const init = await apiGet(`/oauth/pin?client_id=${DEV_CLIENT_ID_V1}`);
    clock.advance(901_000);
    expect((await apiGet(`/oauth/pin/${init.user_code}?client_id=${DEV_CLIENT_ID_V1}`)).user_code).not.toBe(
      init.user_code,
    );
  });

  it('approves for another user through the control API', async () => {
    const other = svc.control.createUser('Second Watcher');
    const init = await apiGet(`/oauth/pin?client_id=${DEV_CLIENT_ID_V1}`);
    svc.control.approvePin(init.user_code ?? '', other.id);
    const ok = await apiGet(`/oauth/pin/${init.user_code}?client_id=${DEV_CLIENT_ID_V1}`);
    expect(ok.access_token).toBe(svc.control.issueToken(other.id, { mode: 'v1' }).access_token);
  });

  it('refuses unregistered redirects (403) and V2 apps (400 unauthorized_client)', async () => {
    const redirect = await call(
      svc.port,
      'api.simkl.com',
      `/oauth/pin?client_id=${DEV_CLIENT_ID_V1}&redirect=https://evil.example/`,
    );
    expect(redirect.status).toBe(403);
    expect(redirect.json()).toMatchObject({ error: 'redirect_failed' });
    const v2 = await call(svc.port, 'api.simkl.com', `/oauth/pin?client_id=${DEV_CLIENT_ID}`);
    expect(v2.status).toBe(400);
    expect(v2.json()).toMatchObject({ error: 'unauthorized_client' });
    expect((await call(svc.port, 'api.simkl.com', '/oauth/pin?client_id=nope')).status).toBe(412);
  });
});

describe('V2 device flow', () => {
  const post = (path: string, form: Record<string, string>) =>
    call(svc.port, 'api.simkl.com', path, { method: 'POST', form });

  it('goes authorization_pending → slow_down → token, then the device code is spent', async () => {
    const start = await post('/oauth2/device', { client_id: DEV_CLIENT_ID, scope: 'media:read media:write' });
    const device = start.json<{
      device_code: string;
      user_code: string;
      verification_uri_complete: string;
      interval: number;
    }>();
    expect(device.user_code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(device.verification_uri_complete).toBe(`https://simkl.com/pin/?code=${device.user_code}`);
    const grant = {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: device.device_code,
      client_id: DEV_CLIENT_ID,
    };
    expect((await post('/oauth2/token', grant)).json()).toMatchObject({ error: 'authorization_pending' });
    clock.advance(1000);
    expect((await post('/oauth2/token', grant)).json()).toMatchObject({ error: 'slow_down' });
    svc.control.approvePin(device.user_code);
    clock.advance(5000);
    const ok = await post('/oauth2/token', grant);
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ token_type: 'Bearer', scope: 'media:read media:write' });
    clock.advance(5000);
    expect((await post('/oauth2/token', grant)).json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('reports a denied code and an expired one', async () => {
    const first = (await post('/oauth2/device', { client_id: DEV_CLIENT_ID })).json<{
      device_code: string;
      user_code: string;
    }>();
    await call(svc.port, 'simkl.com', '/pin/', {
      method: 'POST',
      form: { code: first.user_code, decision: 'deny' },
    });
    const grant = { grant_type: 'urn:ietf:params:oauth:grant-type:device_code', client_id: DEV_CLIENT_ID };
    expect((await post('/oauth2/token', { ...grant, device_code: first.device_code })).json()).toMatchObject({
      error: 'access_denied',
    });
    const second = (await post('/oauth2/device', { client_id: DEV_CLIENT_ID })).json<{
      device_code: string;
    }>();
    clock.advance(901_000);
    expect((await post('/oauth2/token', { ...grant, device_code: second.device_code })).json()).toMatchObject(
      { error: 'expired_token' },
    );
  });
});
