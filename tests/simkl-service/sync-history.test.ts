// History, ratings, /sync/watched, check-in and seeding: state changes and what the reads report.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

type Activities = {
  all: string;
  movies: Record<string, string | null>;
  tv_shows: Record<string, string | null>;
};
type Library = Record<string, Array<Record<string, unknown>>> | null;

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
const get = (path: string) => api(svc, path, { token });
const activities = async () => (await get('/sync/activities')).json<Activities>();
const items = async (path = '/sync/all-items') => (await get(path)).json<Library>();

describe('history', () => {
  it('marks films, named episodes, whole shows and episodes by their own ids', async () => {
    const res = await post('/sync/history', {
      movies: [{ ids: { imdb: 'tt0114814' }, watched_at: '2020-01-02T03:04:05Z' }],
      shows: [
        {
          title: 'Stranger Things',
          ids: { tmdb: 66732 },
          seasons: [{ number: 1, episodes: [{ number: 1 }, { number: 2 }] }],
        },
        { ids: { imdb: 'tt0903747' } },
        { ids: { imdb: 'tt0000002' } },
      ],
      episodes: [{ ids: { imdb: 'tt1205438' } }],
    });
    expect(res.status).toBe(201);
    const body = res.json<{ added: Record<string, unknown>; not_found: Record<string, unknown[]> }>();
    expect(body.added).toMatchObject({ movies: 1, shows: 2, episodes: 3 });
    expect(body.added.statuses).toEqual([
      {
        request: expect.any(Object),
        response: { status: 'completed', simkl_type: 'movie', anime_type: null },
      },
      { request: expect.any(Object), response: { status: 'watching', simkl_type: 'tv', anime_type: null } },
      { request: expect.any(Object), response: { status: 'completed', simkl_type: 'tv', anime_type: null } },
    ]);
    expect(body.not_found.shows).toEqual([{ ids: { imdb: 'tt0000002' } }]);
    const library = svc.control.library(DEMO_USER.id);
    expect(library.movies[0]).toMatchObject({ status: 'completed', lastWatchedAt: '2020-01-02T03:04:05Z' });
    const [stranger, breaking, who] = library.shows;
    expect(stranger).toMatchObject({ status: 'watching', watchedCount: 2 });
    expect(breaking).toMatchObject({ status: 'completed', watchedCount: 62 });
    expect(who).toMatchObject({
      title: 'Doctor Who',
      watchedEpisodes: [{ season: 4, episode: 13, watchedAt: expect.any(String) }],
    });
  });

  it('is a no-op when re-posting a watched item, and removes items with their rating', async () => {
    await post('/sync/history', { movies: [{ ids: { imdb: 'tt0133093' } }] });
    await post('/sync/ratings', { movies: [{ ids: { imdb: 'tt0133093' }, rating: 9 }] });
    const again = await post('/sync/history', { shows: [{ ids: { simkl: 11121 }, episodes: [] }] });
    expect(again.status).toBe(201);
    const saved = await activities();
    clock.advance(1000); // stamps are whole seconds: a removal in the same second would not be "after"
    const removed = await post('/sync/history/remove', { movies: [{ ids: { imdb: 'tt0133093' } }] });
    expect(removed.json()).toEqual({
      deleted: { movies: 1, shows: 0, episodes: 0 },
      not_found: { movies: [], shows: [] },
    });
    const after = await activities();
    expect(after.movies.removed_from_list).toBe(after.all);
    expect(after.movies.rated_at).toBe(after.all);
    expect(await items(`/sync/all-items/movies?date_from=${saved.all}`)).toBeNull();
    const ratings = (await get(`/sync/ratings/movies?date_from=${saved.all}`)).json<Library>();
    expect(ratings?.movies?.[0]).toMatchObject({ user_rating: null, movie: { title: 'The Matrix' } });
  });

  it('unmarks named episodes and moves a completed show back to watching', async () => {
    await post('/sync/history', { shows: [{ ids: { simkl: 11121 } }] });
    const res = await post('/sync/history/remove', {
      shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 5 }] }],
    });
    expect(res.json()).toMatchObject({ deleted: { episodes: 16 } });
    expect(svc.control.library(DEMO_USER.id).shows[0]).toMatchObject({
      status: 'watching',
      watchedCount: 46,
    });
  });
});

describe('ratings', () => {
  it('auto-adds unlisted items (film → completed, show → watching) and refuses out-of-range ratings', async () => {
    const res = await post('/sync/ratings', {
      movies: [
        { ids: { tmdb: 603 }, rating: 8 },
        { ids: { tmdb: 27205 }, rating: 11 },
      ],
      shows: [{ ids: { mal: 52991 }, rating: 10 }],
    });
    expect(res.json()).toMatchObject({
      added: {
        movies: 1,
        shows: 1,
        statuses: [{ response: { status: 'completed' } }, { response: { status: 'watching' } }],
      },
      not_found: { movies: [{ ids: { tmdb: 27205 }, rating: 11 }], shows: [] },
    });
    const act = await activities();
    expect(act.movies.rated_at).toBe(act.all);
    expect(act.movies.completed).toBe(act.all);
    const read = (await get('/sync/ratings')).json<Library>();
    expect(read?.anime?.[0]).toMatchObject({ user_rating: 10, status: 'watching' });
    expect((await get('/sync/ratings/movies/8,9')).json<Library>()?.movies).toHaveLength(1);
    expect((await get('/sync/ratings/movies/11')).json()).toEqual({});
  });

  it('removes ratings idempotently, keeps the item listed, and reports the removal in the delta', async () => {
    await post('/sync/ratings', { shows: [{ ids: { imdb: 'tt0903747' }, rating: 7 }] });
    const saved = (await activities()).all;
    clock.advance(1000);
    const first = await post('/sync/ratings/remove', { shows: [{ ids: { imdb: 'tt0903747' } }] });
    const second = await post('/sync/ratings/remove', { shows: [{ ids: { imdb: 'tt0903747' } }] });
    expect(first.json()).toMatchObject({ deleted: { shows: 1 } });
    expect(second.json()).toMatchObject({ deleted: { shows: 0 } });
    expect(svc.control.library(DEMO_USER.id).shows[0]).toMatchObject({ status: 'watching', rating: null });
    const delta = (await get(`/sync/ratings?date_from=${saved}`)).json<Library>();
    expect(delta?.shows?.[0]).toMatchObject({ user_rating: null, status: 'watching' });
    expect((await get('/sync/ratings')).text).toBe('null');
  });
});

describe('watched, check-in and seeding', () => {
  it('answers /sync/watched as a parallel array, and null for []', async () => {
    svc.control.seedLibrary(DEMO_USER.id, [
      { ids: { imdb: 'tt4574334' }, status: 'watching', watchedEpisodes: 3 },
    ]);
    expect((await post('/sync/watched', [])).text).toBe('null');
    const res = await post('/sync/watched?extended=counters', [
      { imdb: 'tt4574334' },
      { tmdb: 603, type: 'movie' },
      { imdb: 'tt0000003' },
    ]);
    expect(res.json()).toEqual([
      expect.objectContaining({
        imdb: 'tt4574334',
        result: true,
        list: 'watching',
        episodes_watched: 3,
        episodes_total: 34,
      }),
      { tmdb: 603, type: 'movie', simkl: 9100001, result: false, list: null, last_watched_at: null },
      { imdb: 'tt0000003', result: 'not_found' },
    ]);
  });

  it('checks in, answers 409 on the legacy endpoint meanwhile, and marks the item watched when time is up', async () => {
    const res = await post('/scrobble/checkin', {
      show: { ids: { imdb: 'tt4574334' } },
      episode: { season: 1, number: 3 },
    });
    expect(res.status).toBe(201);
    expect(res.json()).toMatchObject({
      action: 'checkin',
      progress: 0,
      show: { title: 'Stranger Things' },
      episode: { season: 1, number: 3, title: 'Chapter Three: Holly, Jolly' },
    });
    expect((await post('/checkin', { movie: { ids: { imdb: 'tt0133093' } } })).status).toBe(409);
    expect((await post('/scrobble/checkin', { movie: { ids: { imdb: 'tt0000004' } } })).status).toBe(404);
    clock.advance(51 * 60_000);
    await get('/sync/activities');
    expect(svc.control.library(DEMO_USER.id).shows[0]).toMatchObject({
      status: 'watching',
      watchedEpisodes: [{ season: 1, episode: 3, watchedAt: expect.any(String) }],
    });
  });

  it('seeds a library that the API then reports, activities included', async () => {
    svc.control.seedLibrary(DEMO_USER.id, [
      { ids: { tmdb: 603 }, type: 'movie', status: 'completed', rating: 9 },
      { ids: { mal: 1535 }, status: 'completed' },
      { ids: { imdb: 'tt0436992' }, status: 'watching', watchedEpisodes: [{ season: 1, episode: 1 }] },
    ]);
    const library = await items();
    expect(library?.movies?.[0]).toMatchObject({ user_rating: 9, status: 'completed' });
    expect(library?.anime?.[0]).toMatchObject({
      status: 'completed',
      watched_episodes_count: 37,
      last_watched: 'E37',
      next_to_watch: null,
    });
    expect(library?.shows?.[0]).toMatchObject({ last_watched: 'S01E01', next_to_watch: 'S01E02' });
    expect((await activities()).tv_shows.watching).not.toBeNull();
    expect(() =>
      svc.control.seedLibrary(DEMO_USER.id, [{ ids: { imdb: 'tt0000005' }, status: 'completed' }]),
    ).toThrow();
  });
});
