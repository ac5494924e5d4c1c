// Activity stamps like Simkl's (whole seconds, shared within a second) and date_from read strictly after.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

type Activities = { all: string; movies: Record<string, string | null> };
type Library = Record<string, Array<Record<string, unknown>>> | null;

const WHOLE_SECONDS = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  // Start each test 250 ms into a second, so "the same second" and "milliseconds" both show.
  clock.advance(60_000 - (clock.now() % 1000) + 250);
});

const post = (path: string, body: unknown) => api(svc, path, { token, method: 'POST', body });
const get = (path: string) => api(svc, path, { token });
const activities = async () => (await get('/sync/activities')).json<Activities>();
const titles = (library: Library) =>
  Object.values(library ?? {})
    .flat()
    .map((item) => ((item.movie ?? item.show) as { title: string }).title);
const planMovie = (tmdb: number) =>
  post('/sync/add-to-list', { movies: [{ to: 'plantowatch', ids: { tmdb } }] });

describe('activity stamps', () => {
  it('are whole seconds everywhere a user stamp shows, client dates included', async () => {
    await post('/sync/history', {
      movies: [{ ids: { tmdb: 603 }, watched_at: '2020-01-02T03:04:05.678Z' }],
      shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 1, episodes: [{ number: 1 }] }] }],
    });
    clock.advance(400);
    await post('/sync/ratings', {
      movies: [{ ids: { tmdb: 603 }, rating: 8, rated_at: '2021-06-23T13:19:05.5Z' }],
    });
    const act = await activities();
    const stamps = [act.all, ...Object.values(act.movies).filter((v): v is string => v !== null)];
    for (const stamp of stamps) expect(stamp).toMatch(WHOLE_SECONDS);
    const library = (await get('/sync/all-items?extended=full&episode_watched_at=yes')).json<Library>();
    const [movie] = library?.movies ?? [];
    expect(movie).toMatchObject({
      last_watched_at: '2020-01-02T03:04:05Z',
      user_rated_at: '2021-06-23T13:19:05Z',
    });
    expect(movie?.added_to_watchlist_at).toMatch(WHOLE_SECONDS);
    const [show] = library?.shows ?? [];
    expect(show?.seasons).toEqual([{ number: 1, episodes: [{ number: 1, watched_at: act.all }] }]);
    const settings = (await get('/users/settings')).json<{ user: { joined_at: string } }>();
    expect(settings.user.joined_at).toMatch(WHOLE_SECONDS);
  });

  it('are shared by two writes in the same second: the later one does not move them', async () => {
    await planMovie(27205);
    const first = await activities();
    clock.advance(600);
    await planMovie(603);
    const second = await activities();
    expect(second).toEqual(first);
    expect(svc.control.library(DEMO_USER.id).movies.map((m) => m.changedAt)).toEqual([first.all, first.all]);
    clock.advance(200);
    await planMovie(13);
    const third = await activities();
    expect(Date.parse(third.all) - Date.parse(first.all)).toBe(1000);
    expect(third.movies.plantowatch).toBe(third.all);
  });

  it('stamp an expired check-in in whole seconds even when its runtime does not end on one', async () => {
    await post('/scrobble/checkin', { movie: { ids: { tmdb: 603 } }, progress: 33.3 });
    clock.advance(136 * 60_000);
    await get('/sync/activities');
    const [movie] = svc.control.library(DEMO_USER.id).movies;
    expect(movie?.lastWatchedAt).toMatch(WHOLE_SECONDS);
    expect(movie?.changedAt).toMatch(WHOLE_SECONDS);
  });
});

describe('date_from', () => {
  it('is strictly after: a write later in the same second as the saved stamp is not returned', async () => {
    await planMovie(27205);
    const saved = (await activities()).all;
    clock.advance(500);
    await planMovie(603); // same second as `saved`: Simkl stamps it `saved` too
    expect(await (await get(`/sync/all-items?date_from=${saved}`)).json()).toBeNull();
    const secondBefore = new Date(Date.parse(saved) - 1000).toISOString().replace('.000Z', 'Z');
    expect(titles((await get(`/sync/all-items?date_from=${secondBefore}`)).json<Library>())).toEqual([
      'Inception',
      'The Matrix',
    ]);
    clock.advance(1000);
    await planMovie(13);
    expect(titles((await get(`/sync/all-items?date_from=${saved}`)).json<Library>())).toEqual([
      'Forrest Gump',
    ]);
  });

  it('compares to the instant given, milliseconds and offsets included', async () => {
    await planMovie(27205);
    const saved = (await activities()).all;
    const movies = async (from: string) =>
      titles((await get(`/sync/all-items/movies?date_from=${encodeURIComponent(from)}`)).json<Library>());
    expect(await movies(saved.replace('Z', '.500Z'))).toEqual([]);
    expect(await movies(new Date(Date.parse(saved) - 1).toISOString())).toEqual(['Inception']);
    // The same wall time two hours east is two hours earlier.
    expect(await movies(saved.replace('Z', '+02:00'))).toEqual(['Inception']);
    expect(await movies(saved.replace('Z', '-02:00'))).toEqual([]);
    expect(await movies('2020-01-01')).toEqual(['Inception']);
  });

  it('reads the ratings delta the same way', async () => {
    await post('/sync/ratings', { movies: [{ ids: { tmdb: 27205 }, rating: 9 }] });
    const saved = (await activities()).all;
    clock.advance(300);
    await post('/sync/ratings', { movies: [{ ids: { tmdb: 603 }, rating: 6 }] });
    expect((await get(`/sync/ratings?date_from=${saved}`)).text).toBe('null');
    clock.advance(1000);
    await post('/sync/ratings/remove', { movies: [{ ids: { tmdb: 27205 } }] });
    const delta = (await get(`/sync/ratings/movies?date_from=${saved}`)).json<Library>();
    expect(delta?.movies).toEqual([
      expect.objectContaining({ user_rating: null, movie: expect.objectContaining({ title: 'Inception' }) }),
    ]);
  });

  it('answers 400 wrong_parameter when it is not an ISO-8601 date', async () => {
    await planMovie(27205);
    for (const bad of [
      '',
      'yesterday',
      '1700000000',
      '2020-13-45T00:00:00Z',
      '2020-01-01T25:00:00Z',
      '12/06/2024',
    ]) {
      for (const path of ['/sync/all-items', '/sync/all-items/movies/plantowatch', '/sync/ratings/movies']) {
        const res = await get(`${path}?date_from=${encodeURIComponent(bad)}`);
        expect(res.status, `${path} date_from=${bad}`).toBe(400);
        expect(res.json()).toEqual({
          error: 'wrong_parameter',
          code: 400,
          message: 'Wrong "date_from" parameter',
        });
      }
    }
  });
});
