// Gatekeeping of api.simkl.com: client id, tokens, anonymous AUTH V2, CORS, unknown routes.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  DEMO_USER,
  DEV_CLIENT_ID,
  DEV_CLIENT_ID_V1,
  type RunningSimklService,
  startSimklService,
} from './index';
import { api, call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id, { mode: 'v2' }).access_token;
});

describe('client id', () => {
  it('answers 412 client_id_failed without a key, with CORS headers', async () => {
    const res = await api(svc, '/sync/activities', {
      token,
      clientId: null,
      headers: { origin: 'https://example.org' },
    });
    expect(res.status).toBe(412);
    expect(res.json()).toMatchObject({ error: 'client_id_failed', code: 412 });
    expect(res.headers['access-control-allow-origin']).toBe('https://example.org');
  });

  it('answers 412 for an unknown key and accepts the key as a client_id query parameter', async () => {
    expect((await api(svc, '/search/id?imdb=tt0133093', { token, clientId: 'nope' })).status).toBe(412);
    const res = await api(svc, `/search/id?imdb=tt0133093&client_id=${DEV_CLIENT_ID}`, {
      token,
      clientId: null,
    });
    expect(res.status).toBe(200);
  });
});

describe('tokens', () => {
  it('answers 401 user_token_failed with WWW-Authenticate for a missing or unknown token', async () => {
    for (const res of [
      await api(svc, '/sync/activities'),
      await api(svc, '/sync/activities', { token: 'bogus' }),
    ]) {
      expect(res.status).toBe(401);
      expect(res.json()).toMatchObject({ error: 'user_token_failed' });
      expect(String(res.headers['www-authenticate'])).toContain('error="user_token_failed"');
    }
  });

  it('accepts the scheme name in any case', async () => {
    const res = await api(svc, '/sync/activities', { headers: { authorization: `bEaReR ${token}` } });
    expect(res.status).toBe(200);
  });

  it('answers 401 invalid_token once a V2 token expired (7 days), and user_token_failed once revoked', async () => {
    clock.advance(7 * 24 * 3600 * 1000 + 1000);
    const expired = await api(svc, '/sync/activities', { token });
    expect(expired.status).toBe(401);
    expect(expired.json()).toMatchObject({ error: 'invalid_token' });
    const fresh = svc.control.issueToken(DEMO_USER.id).access_token;
    svc.control.revokeToken(fresh);
    expect((await api(svc, '/sync/activities', { token: fresh })).json()).toMatchObject({
      error: 'user_token_failed',
    });
  });

  it('rejects a token presented with another app key', async () => {
    const v1 = svc.control.issueToken(DEMO_USER.id, { mode: 'v1' });
    expect((await api(svc, '/sync/activities', { token: v1.access_token })).status).toBe(401);
    expect(
      (await api(svc, '/sync/activities', { token: v1.access_token, clientId: DEV_CLIENT_ID_V1 })).status,
    ).toBe(200);
  });

  it('never expires V1 tokens and gives the same user and app the same token', () => {
    const a = svc.control.issueToken(DEMO_USER.id, { mode: 'v1' });
    const b = svc.control.issueToken(DEMO_USER.id, { mode: 'v1' });
    expect(a.access_token).toBe(b.access_token);
    expect(a).toMatchObject({ token_type: 'bearer', scope: 'public', expires_in: 157680000 });
  });

  it('refuses writes with a read-only V2 token (403 insufficient_scope)', async () => {
    const readOnly = svc.control.issueToken(DEMO_USER.id, { mode: 'v2', scope: 'media:read' }).access_token;
    const res = await api(svc, '/sync/add-to-list', {
      token: readOnly,
      method: 'POST',
      body: { movies: [] },
    });
    expect(res.status).toBe(403);
    expect(res.json()).toMatchObject({ error: 'insufficient_scope' });
  });
});

describe('anonymous access', () => {
  it('lets an anonymous V2 app read catalogue details but not search (401 user_token_required)', async () => {
    expect((await api(svc, '/movies/tt0133093')).status).toBe(200);
    const search = await api(svc, '/search/id?imdb=tt0133093');
    expect(search.status).toBe(401);
    expect(search.json()).toMatchObject({ error: 'user_token_required' });
  });

  it('lets an anonymous V1 app search', async () => {
    const res = await api(svc, '/search/id?imdb=tt0133093', { clientId: DEV_CLIENT_ID_V1 });
    expect(res.status).toBe(200);
    expect(res.json<unknown[]>()).toHaveLength(1);
  });
});

describe('CORS and routing', () => {
  it('answers a preflight with 204, the allowed headers and a one-day max age', async () => {
    const res = await call(svc.port, 'api.simkl.com', '/sync/history', {
      method: 'OPTIONS',
      headers: {
        origin: 'chrome-extension://abc',
        'access-control-request-headers': 'authorization,simkl-api-key',
      },
    });
    expect(res.status).toBe(204);
    expect(res.text).toBe('');
    expect(res.headers['access-control-max-age']).toBe('86400');
    expect(String(res.headers['access-control-allow-headers'])).toMatch(/Authorization/);
    expect(String(res.headers['access-control-expose-headers'])).toMatch(/X-Pagination-Page-Count/);
  });

  it('answers unknown paths with 404 url_failed (and CORS)', async () => {
    const res = await api(svc, '/sync/checkin', { token, method: 'POST', body: {} });
    expect(res.status).toBe(404);
    expect(res.json()).toMatchObject({ error: 'url_failed' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('escapes slashes like Simkl does, and the JSON still parses', async () => {
    const res = await api(svc, '/search/id?imdb=tt0133093', { token });
    expect(res.text).toContain('\\/');
    expect(res.json<Array<{ poster: string }>>()[0]?.poster).toMatch(/^\d\d\/\d\d[0-9a-f]+$/);
  });

  it('answers the daily-limit test hook with 429 and Retry-After', async () => {
    const res = await api(svc, '/sync/activities?debug_limit=user', { token });
    expect(res.status).toBe(429);
    expect(res.json()).toMatchObject({ error: 'user_limit_exceeded' });
    expect(res.headers['retry-after']).toBe('3600');
  });

  it('serves users/settings by GET and POST', async () => {
    for (const method of ['GET', 'POST']) {
      const res = await api(svc, '/users/settings', { token, method });
      expect(res.status).toBe(200);
      expect(res.json()).toMatchObject({ user: { name: 'Demo Watcher' }, account: { id: DEMO_USER.id } });
    }
  });
});
