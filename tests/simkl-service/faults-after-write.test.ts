// Faults that let the write land and then fail: a 5xx in place of the answer, or a dropped connection.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type AfterWriteStatus, DEMO_USER, type RunningSimklService, startSimklService } from './index';
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
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(60_000);
});

const post = (path: string, body: unknown) => api(svc, path, { token, method: 'POST', body });
const library = () => svc.control.library(DEMO_USER.id);
const control = (method: string, body: unknown) =>
  call(svc.port, '127.0.0.1', `/_control/${method}`, { method: 'POST', body });
const writeLog = () => svc.control.requestLog().filter((entry) => entry.method === 'POST');

describe('a 5xx after the write', () => {
  it('stores the history write, then answers 503 (with CORS) in place of 201', async () => {
    svc.control.injectFault({
      method: 'POST',
      path: '/sync/history',
      times: 1,
      action: { statusAfterWrite: 503, body: { error: 'unavailable' } },
    });
    const before = library().activities.all;
    clock.advance(1000);
    const res = await post('/sync/history', { movies: [{ ids: { imdb: 'tt0133093' } }] });
    expect(res.status).toBe(503);
    expect(res.json()).toEqual({ error: 'unavailable' });
    expect(res.headers['access-control-allow-origin']).toBe('*');
    const after = library();
    expect(after.movies).toEqual([expect.objectContaining({ title: 'The Matrix', status: 'completed' })]);
    expect(after.activities.all).not.toBe(before);
    expect(writeLog()).toEqual([expect.objectContaining({ status: 503, userId: DEMO_USER.id })]);
  });

  it('answers whichever of 500, 502, 503 and 504 is asked, each time after the list changed', async () => {
    const lists = ['plantowatch', 'completed', 'dropped', 'plantowatch'] as const;
    const statuses: AfterWriteStatus[] = [500, 502, 503, 504];
    for (const [index, status] of statuses.entries()) {
      svc.control.injectFault({ path: '/sync/add-to-list', times: 1, action: { statusAfterWrite: status } });
      const to = lists[index];
      const res = await post('/sync/add-to-list', { movies: [{ to, ids: { tmdb: 603 } }] });
      expect(res.status).toBe(status);
      expect(res.text).toBe('');
      expect(library().movies[0]?.status).toBe(to);
    }
    const normal = await post('/sync/add-to-list', { movies: [{ to: 'completed', ids: { tmdb: 603 } }] });
    expect(normal.status).toBe(201);
  });

  it('refuses any other status', () => {
    expect(() =>
      svc.control.injectFault({
        path: '/sync/history',
        times: 1,
        action: { statusAfterWrite: 418 as AfterWriteStatus },
      }),
    ).toThrow(/500, 502, 503, 504/);
  });
});

describe('a dropped connection after the write', () => {
  it('stores the rating, then destroys the socket without an answer', async () => {
    svc.control.injectFault({ path: '/sync/ratings', times: 1, action: { dropAfterWrite: true } });
    await expect(
      post('/sync/ratings', { shows: [{ ids: { imdb: 'tt0903747' }, rating: 8 }] }),
    ).rejects.toThrow();
    expect(library().shows).toEqual([
      expect.objectContaining({ title: 'Breaking Bad', rating: 8, status: 'watching' }),
    ]);
    expect(writeLog().map((entry) => entry.status)).toEqual([0]);
    const again = await post('/sync/ratings', { shows: [{ ids: { imdb: 'tt0903747' }, rating: 8 }] });
    expect(again.status).toBe(201);
  });

  it('releases the write lock, so the next write goes through', async () => {
    svc.control.injectFault({ path: '/sync/history', times: 1, action: { dropAfterWrite: true } });
    await expect(post('/sync/history', { shows: [{ ids: { simkl: 11121 } }] })).rejects.toThrow();
    const next = await post('/sync/history/remove', {
      shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 5 }] }],
    });
    expect(next.status).toBe(201);
    expect(library().shows[0]).toMatchObject({ status: 'watching', watchedCount: 46 });
  });
});

describe('over the HTTP control API', () => {
  it('arms both kinds and answers 400 for a status it does not offer', async () => {
    const armed = await control('injectFault', {
      method: 'POST',
      host: 'api.simkl.com',
      pathRegExp: '^/sync/add-to-list$',
      times: 1,
      action: { statusAfterWrite: 502 },
    });
    expect(armed.status).toBe(200);
    const first = await post('/sync/add-to-list', { shows: [{ to: 'hold', ids: { mal: 1535 } }] });
    expect(first.status).toBe(502);
    expect(library().anime[0]).toMatchObject({ title: 'Death Note', status: 'hold' });

    await control('injectFault', { path: '/sync/add-to-list', times: 1, action: { dropAfterWrite: true } });
    await expect(
      post('/sync/add-to-list', { shows: [{ to: 'dropped', ids: { mal: 1535 } }] }),
    ).rejects.toThrow();
    expect(library().anime[0]).toMatchObject({ status: 'dropped' });

    const refused = await control('injectFault', {
      path: '/sync/history',
      times: 1,
      action: { statusAfterWrite: 501 },
    });
    expect(refused.status).toBe(400);
    expect(refused.json<{ error: string }>().error).toMatch(/statusAfterWrite/);
  });
});
