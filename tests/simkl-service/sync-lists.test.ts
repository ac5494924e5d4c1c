// The library over the sync endpoints: lists, silent rewrites, activities, date_from deltas, extended forms.
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

describe('empty library', () => {
  it('answers null by default and {} when switched, without the unused keys', async () => {
    expect((await get('/sync/all-items')).text).toBe('null');
    svc.control.setEmptyLibraryAs('{}');
    expect((await get('/sync/all-items/movies/completed')).json()).toEqual({});
  });

  it('refuses an unknown type or status', async () => {
    expect((await get('/sync/all-items/films')).status).toBe(400);
    expect((await get('/sync/all-items/movies/seen')).status).toBe(400);
  });
});

describe('add-to-list', () => {
  it('stores per-item lists, rewrites a movie "watching" to completed and moves the clocks', async () => {
    const before = await activities();
    const res = await post('/sync/add-to-list', {
      movies: [
        { to: 'watching', ids: { imdb: 'tt0133093' } },
        { to: 'plantowatch', ids: { imdb: 'tt0000001' } },
      ],
      shows: [{ to: 'plantowatch', ids: { imdb: 'tt4574334' } }],
    });
    expect(res.status).toBe(201);
    expect(res.json()).toEqual({
      added: {
        movies: [{ to: 'completed', ids: { imdb: 'tt0133093' }, type: 'movie' }],
        shows: [{ to: 'plantowatch', ids: { imdb: 'tt4574334' }, type: 'show' }],
      },
      not_found: { movies: [{ to: 'plantowatch', ids: { imdb: 'tt0000001' } }], shows: [] },
    });
    const after = await activities();
    expect(after.all > before.all).toBe(true);
    expect(after.movies.completed).toBe(after.all);
    expect(after.tv_shows.plantowatch).toBe(after.all);
    expect(after.tv_shows.completed).toBeNull();
    const library = await items();
    expect(library?.movies?.[0]).toMatchObject({
      status: 'completed',
      movie: { title: 'The Matrix', ids: { simkl: 9100001, tmdb: '603' } },
    });
    expect(library?.shows?.[0]).toMatchObject({
      status: 'plantowatch',
      next_to_watch: 'S01E01',
      watched_episodes_count: 0,
      total_episodes_count: 34,
    });
  });

  it('keeps an airing show in watching when it is "completed", with every aired episode marked', async () => {
    await post('/sync/add-to-list', { shows: [{ to: 'completed', ids: { imdb: 'tt1190634' } }] });
    const [show] = (await items('/sync/all-items/shows'))?.shows ?? [];
    expect(show).toMatchObject({
      status: 'watching',
      watched_episodes_count: 35,
      not_aired_episodes_count: 5,
      next_to_watch: 'S05E04',
    });
  });

  it('answers 400 empty_field without "to" and 400 wrong_parameter for an unknown list', async () => {
    const missing = await post('/sync/add-to-list', { movies: [{ ids: { imdb: 'tt0133093' } }] });
    expect(missing.status).toBe(400);
    expect(missing.json()).toMatchObject({ error: 'empty_field' });
    expect(
      (await post('/sync/add-to-list', { movies: [{ to: 'seen', ids: { imdb: 'tt0133093' } }] })).json(),
    ).toMatchObject({
      error: 'wrong_parameter',
    });
  });
});

describe('date_from deltas and extended forms', () => {
  it('returns only items changed strictly after date_from', async () => {
    await post('/sync/add-to-list', { movies: [{ to: 'plantowatch', ids: { tmdb: '27205' } }] });
    const saved = (await activities()).all;
    clock.advance(1000);
    await post('/sync/add-to-list', { shows: [{ to: 'hold', ids: { mal: '1535' } }] });
    const delta = await items(`/sync/all-items?date_from=${saved}`);
    expect(Object.keys(delta ?? {})).toEqual(['anime']);
    expect(delta?.anime?.[0]).toMatchObject({
      status: 'hold',
      anime_type: 'tv',
      show: { title: 'Death Note' },
    });
    expect(await items(`/sync/all-items?date_from=${(await activities()).all}`)).toBeNull();
  });

  it('adds watched seasons with extended=full and strips to ids with simkl_ids_only', async () => {
    await post('/sync/history', {
      shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 1, episodes: [{ number: 1 }, { number: 2 }] }] }],
    });
    const full = await items('/sync/all-items/shows/watching?extended=full&episode_watched_at=yes');
    expect(full?.shows?.[0]?.seasons).toEqual([
      {
        number: 1,
        episodes: [
          { number: 1, watched_at: expect.any(String) },
          { number: 2, watched_at: expect.any(String) },
        ],
      },
    ]);
    expect(await items('/sync/all-items?extended=simkl_ids_only')).toEqual({
      shows: [{ show: { ids: { simkl: 11121, slug: 'breaking-bad' } } }],
    });
  });
});
