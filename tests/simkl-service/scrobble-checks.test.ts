// Scrobble gatekeeping: strict 400s that change nothing, 401/403/404, the write lock, limits, faults, the log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, writeLockMs: 20_000 });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  svc.control.setRateLimits(false);
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(60_000);
});

const post = (path: string, body?: unknown) => api(svc, path, { token, method: 'POST', body });
const library = () => svc.control.library(DEMO_USER.id);
const matrix = (progress: number) => ({ progress, movie: { ids: { imdb: 'tt0133093' } } });
const bad = (id: string, message: string) => ({ error: id, code: 400, message });

describe('malformed bodies', () => {
  const show = { ids: { simkl: 11121 } };
  const CASES: Array<[string, unknown, ReturnType<typeof bad>]> = [
    ['no body', undefined, bad('empty_field', 'Empty request body')],
    ['an array', [matrix(10)], bad('wrong_parameter', 'The body must be a JSON object')],
    ['no media object', { progress: 10 }, bad('empty_field', 'Missed "movie", "show" or "anime" parameter')],
    [
      'a media string',
      { progress: 10, movie: 'The Matrix' },
      bad('wrong_parameter', 'Wrong "movie" parameter'),
    ],
    [
      'a title without ids',
      { progress: 10, movie: { ids: {} } },
      bad('empty_field', 'Missed "ids" parameter'),
    ],
    [
      'no progress',
      { movie: { ids: { imdb: 'tt0133093' } } },
      bad('empty_field', 'Missed "progress" parameter'),
    ],
    ['progress above 100', matrix(100.5), bad('wrong_parameter', 'Wrong "progress" parameter')],
    ['negative progress', matrix(-1), bad('wrong_parameter', 'Wrong "progress" parameter')],
    [
      'progress not a number',
      { ...matrix(0), progress: 'half' },
      bad('wrong_parameter', 'Wrong "progress" parameter'),
    ],
    ['a show without episode', { progress: 10, show }, bad('empty_field', 'Missed "episode" parameter')],
    [
      'episode not an object',
      { progress: 10, show, episode: 3 },
      bad('wrong_parameter', 'Wrong "episode" parameter'),
    ],
    [
      'episode number 0',
      { progress: 10, show, episode: { season: 1, number: 0 } },
      bad('wrong_parameter', 'Wrong "number" parameter'),
    ],
    [
      'a fractional season',
      { progress: 10, show, episode: { season: 1.5, number: 2 } },
      bad('wrong_parameter', 'Wrong "season" parameter'),
    ],
  ];

  for (const [name, body, error] of CASES) {
    it(`answers 400 to ${name} on start, pause and stop, changing nothing`, async () => {
      const before = library();
      for (const path of ['/scrobble/start', '/scrobble/pause', '/scrobble/stop']) {
        const res = await post(path, body);
        expect(res.status).toBe(400);
        expect(res.json()).toEqual(error);
      }
      expect(library()).toEqual(before);
    });
  }

  it('accepts progress as a numeric string and keeps two decimals', async () => {
    const res = await post('/scrobble/start', { ...matrix(0), progress: '33.3333' });
    expect(res.json()).toMatchObject({ action: 'start', progress: 33.33 });
  });
});

describe('who may scrobble, and what Simkl cannot find', () => {
  it('answers 401 without a token and 403 to a read-only V2 token', async () => {
    const anonymous = await api(svc, '/scrobble/start', { method: 'POST', body: matrix(10) });
    expect(anonymous.status).toBe(401);
    expect(anonymous.json()).toMatchObject({ error: 'user_token_failed' });
    const readOnly = svc.control.issueToken(DEMO_USER.id, { scope: 'media:read' }).access_token;
    const res = await api(svc, '/scrobble/stop', { token: readOnly, method: 'POST', body: matrix(90) });
    expect(res.status).toBe(403);
    expect(library().movies).toEqual([]);
  });

  it('answers 404 id_err for an unknown title or episode', async () => {
    const unknown = await post('/scrobble/start', { progress: 10, movie: { ids: { simkl: 999999999 } } });
    expect(unknown.status).toBe(404);
    expect(unknown.json()).toEqual({ error: 'id_err', code: 404, message: 'Item not found' });
    const episode = await post('/scrobble/stop', {
      progress: 90,
      show: { ids: { simkl: 11121 } },
      episode: { season: 9, number: 1 },
    });
    expect(episode.status).toBe(404);
    expect(episode.json()).toMatchObject({ error: 'id_err' });
    expect(library()).toMatchObject({ shows: [], playbacks: [], playing: null });
  });
});

describe('write lock, limits, faults and the log', () => {
  it('refuses a scrobble while another write of the user is in flight (400 RATE_LIMIT)', async () => {
    svc.control.injectFault({ method: 'POST', path: '/scrobble/pause', times: 1, action: { delayMs: 300 } });
    const slow = post('/scrobble/pause', matrix(40));
    await new Promise((resolve) => setTimeout(resolve, 80));
    const stop = await post('/scrobble/stop', matrix(90));
    const history = await post('/sync/history', { movies: [{ ids: { imdb: 'tt0133093' } }] });
    expect([stop.status, history.status]).toEqual([400, 400]);
    expect(stop.json()).toEqual({ error: 'RATE_LIMIT' });
    expect((await slow).status).toBe(201);
    expect(library()).toMatchObject({ movies: [], playbacks: [{ progress: 40 }] });
  });

  it('counts scrobbles against one POST per second', async () => {
    svc.control.setRateLimits(true);
    expect((await post('/scrobble/start', matrix(1))).status).toBe(201);
    const limited = await post('/scrobble/pause', matrix(2));
    expect(limited.status).toBe(429);
    expect(library().playbacks).toEqual([]);
    clock.advance(1000);
    expect((await post('/scrobble/pause', matrix(2))).status).toBe(201);
  });

  it('lands a stop behind a 503 after the write, so the retry meets the 409 guard', async () => {
    svc.control.injectFault({ path: '/scrobble/stop', times: 1, action: { statusAfterWrite: 503 } });
    const failed = await post('/scrobble/stop', matrix(90));
    expect(failed.status).toBe(503);
    expect(library().movies).toEqual([expect.objectContaining({ title: 'The Matrix', status: 'completed' })]);
    clock.advance(1000);
    const retry = await post('/scrobble/stop', matrix(90));
    expect(retry.status).toBe(409);
    svc.control.injectFault({ path: '/scrobble/pause', times: 1, action: { dropAfterWrite: true } });
    await expect(
      post('/scrobble/pause', { ...matrix(10), movie: { ids: { imdb: 'tt1375666' } } }),
    ).rejects.toThrow();
    expect(library().playbacks).toEqual([expect.objectContaining({ title: 'Inception' })]);
  });

  it('logs each scrobble like any other write', async () => {
    svc.control.clearLog();
    await post('/scrobble/start', matrix(5));
    await post('/scrobble/stop', { progress: 'x' });
    expect(svc.control.requestLog()).toEqual([
      expect.objectContaining({
        method: 'POST',
        path: '/scrobble/start',
        status: 201,
        userId: DEMO_USER.id,
        body: matrix(5),
      }),
      expect.objectContaining({
        method: 'POST',
        path: '/scrobble/stop',
        status: 400,
        userId: DEMO_USER.id,
        body: { progress: 'x' },
      }),
    ]);
  });
});
