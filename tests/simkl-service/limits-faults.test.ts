// Per-second limits, the POST block, the per-user write lock, and injected faults.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, DEV_CLIENT_ID_V1, type RunningSimklService, startSimklService } from './index';
import { api, call, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, writeLockMs: 20_000 });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(5_000);
});

const addMatrix = (to = 'plantowatch') =>
  api(svc, '/sync/add-to-list', {
    token,
    method: 'POST',
    body: { movies: [{ to, ids: { imdb: 'tt0133093' } }] },
  });

describe('rate limits', () => {
  it('allows 10 GET per second per token, then 429 rate_limit until the second has passed', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 11; i++) statuses.push((await api(svc, '/sync/activities', { token })).status);
    expect(statuses.slice(0, 10).every((s) => s === 200)).toBe(true);
    const limited = await api(svc, '/sync/activities', { token });
    expect(limited.status).toBe(429);
    expect(limited.json()).toEqual({ error: 'rate_limit', code: 429 });
    const other = svc.control.createUser('Other').token;
    expect((await api(svc, '/sync/activities', { token: other })).status).toBe(200);
    clock.advance(1000);
    expect((await api(svc, '/sync/activities', { token })).status).toBe(200);
  });

  it('allows one POST per second, and keys anonymous calls by client id', async () => {
    expect((await addMatrix()).status).toBe(201);
    expect((await addMatrix()).status).toBe(429);
    clock.advance(1000);
    expect((await addMatrix()).status).toBe(201);
    for (let i = 0; i < 10; i++) await api(svc, '/search/id?imdb=tt0133093', { clientId: DEV_CLIENT_ID_V1 });
    expect((await api(svc, '/search/id?imdb=tt0133093', { clientId: DEV_CLIENT_ID_V1 })).status).toBe(429);
  });

  it('exempts catalogue details and can be switched off', async () => {
    for (let i = 0; i < 15; i++) expect((await api(svc, '/movies/603')).status).toBe(200);
    svc.control.setRateLimits(false);
    for (let i = 0; i < 3; i++) expect((await addMatrix()).status).toBe(201);
  });

  it('blocks a token that keeps posting too fast with 412 client_id_failed', async () => {
    await addMatrix();
    for (let i = 0; i < 5; i++) expect((await addMatrix()).status).toBe(429);
    clock.advance(1500);
    const blocked = await addMatrix();
    expect(blocked.status).toBe(412);
    expect(blocked.json()).toMatchObject({ error: 'client_id_failed' });
    clock.advance(10_000);
    expect((await addMatrix()).status).toBe(201);
  });
});

describe('write lock and faults', () => {
  it('answers 400 RATE_LIMIT to a second write of the same user while the first is in flight', async () => {
    svc.control.setRateLimits(false);
    svc.control.injectFault({
      method: 'POST',
      host: 'api.simkl.com',
      path: '/sync/add-to-list',
      times: 1,
      action: { delayMs: 300 },
    });
    const slow = addMatrix('plantowatch');
    await new Promise((resolve) => setTimeout(resolve, 80));
    const second = await api(svc, '/sync/history', {
      token,
      method: 'POST',
      body: { movies: [{ ids: { tmdb: 603 } }] },
    });
    expect(second.status).toBe(400);
    expect(second.json()).toEqual({ error: 'RATE_LIMIT' });
    const other = svc.control.createUser('Other').token;
    const otherWrite = await api(svc, '/sync/add-to-list', {
      token: other,
      method: 'POST',
      body: { movies: [{ to: 'plantowatch', ids: { tmdb: 603 } }] },
    });
    expect(otherWrite.status).toBe(201);
    expect((await slow).status).toBe(201);
    expect((await addMatrix('dropped')).status).toBe(201);
  });

  it('answers an injected status (with CORS) before auth, for the given number of times', async () => {
    svc.control.injectFault({
      path: /^\/sync\/activities$/,
      times: 2,
      action: { status: 503, body: { error: 'maintenance' } },
    });
    for (let i = 0; i < 2; i++) {
      const res = await api(svc, '/sync/activities', { token: 'not-even-valid' });
      expect(res.status).toBe(503);
      expect(res.json()).toEqual({ error: 'maintenance' });
      expect(res.headers['access-control-allow-origin']).toBe('*');
    }
    expect((await api(svc, '/sync/activities', { token })).status).toBe(200);
  });

  it('drops the connection', async () => {
    svc.control.injectFault({ host: 'data.simkl.in', path: '/calendar/', times: 1, action: { drop: true } });
    await expect(call(svc.port, 'data.simkl.in', '/calendar/tv.json')).rejects.toThrow();
    expect((await call(svc.port, 'data.simkl.in', '/calendar/tv.json')).status).toBe(200);
    expect(
      svc.control
        .requestLog()
        .filter((e) => e.host === 'data.simkl.in')
        .map((e) => e.status),
    ).toEqual([0, 200]);
  });

  it('delays the answer', async () => {
    svc.control.injectFault({ method: 'GET', path: '/sync/activities', times: 1, action: { delayMs: 250 } });
    const started = Date.now();
    expect((await api(svc, '/sync/activities', { token })).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(240);
  });

  it('logs requests with their status, user and body', async () => {
    svc.control.clearLog();
    await addMatrix();
    expect(svc.control.requestLog()).toEqual([
      expect.objectContaining({
        method: 'POST',
        host: 'api.simkl.com',
        path: '/sync/add-to-list',
        status: 201,
        userId: DEMO_USER.id,
        body: { movies: [{ to: 'plantowatch', ids: { imdb: 'tt0133093' } }] },
      }),
    ]);
  });
});
