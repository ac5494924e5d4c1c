// Volume seeding: made-up titles that sync like real ones, and the answer sizes in the request log.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api } from './test-client';

let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
});

type Library = Record<string, Array<Record<string, unknown>>>;

describe('seedSyntheticLibrary', () => {
  it('fills the lists with the asked number of made-up titles, served by the sync endpoints', async () => {
    expect(svc.control.seedSyntheticLibrary(DEMO_USER.id, 1_000)).toEqual({
      movies: 600,
      shows: 300,
      anime: 100,
    });
    const body = (await api(svc, '/sync/all-items', { token })).json<Library>();
    expect(body.movies).toHaveLength(600);
    expect(body.shows).toHaveLength(300);
    expect(body.anime).toHaveLength(100);
    const first = body.movies?.[0] as {
      movie: { title: string; ids: Record<string, unknown> };
      status: string;
    };
    expect(first.movie.title).toBe('Synthetic movie 0');
    expect(first.movie.ids).toMatchObject({ simkl: 9_500_000, imdb: 'tt90000000' });
    const statuses = new Set(body.shows?.map((item) => item.status));
    expect(statuses).toEqual(new Set(['completed', 'watching', 'plantowatch', 'hold', 'dropped']));
    expect(body.movies?.filter((item) => item.user_rating !== null).length).toBeGreaterThan(150);
  });

  it('gives every series the asked number of episodes, most of them watched, dated per episode', async () => {
    svc.control.seedSyntheticLibrary(DEMO_USER.id, 10, { episodes: 60 });
    const query = '/sync/all-items?extended=full&episode_watched_at=yes&include_all_episodes=yes';
    const body = (await api(svc, query, { token })).json<Library>();
    const show = body.shows?.[0] as {
      status: string;
      seasons: Array<{ number: number; episodes: unknown[] }>;
    };
    expect(show.status).toBe('completed');
    expect(show.seasons.map((season) => season.episodes.length)).toEqual([25, 25, 10]);
    expect(show.seasons[0]?.episodes[0]).toMatchObject({ number: 1, watched_at: expect.any(String) });
    const anime = body.anime?.[0] as { seasons: Array<{ episodes: unknown[] }> };
    expect(anime.seasons[0]?.episodes).toHaveLength(60);
    const { shows, anime: animeRows } = svc.control.library(DEMO_USER.id);
    // Three shows and one anime in ten titles, all four completed (the first of the series lists).
    expect([...shows, ...animeRows].map((entry) => entry.watchedCount)).toEqual([60, 60, 60, 60]);
  });

  it('keeps made-up titles out of text search', async () => {
    svc.control.seedSyntheticLibrary(DEMO_USER.id, 20);
    const found = (await api(svc, '/search/movie?q=Synthetic', { token })).json<unknown[]>();
    expect(found).toEqual([]);
  });

  it('resolves a made-up title by its Simkl id', async () => {
    svc.control.seedSyntheticLibrary(DEMO_USER.id, 5);
    const found = (await api(svc, '/search/id?simkl=9500003', { token })).json<Array<{ title: string }>>();
    expect(found.map((item) => item.title)).toEqual(['Synthetic movie 3']);
  });
});

describe('the request log', () => {
  it('records the size of each answer', async () => {
    svc.control.clearLog();
    const res = await api(svc, '/sync/activities', { token });
    const [entry] = svc.control.requestLog();
    expect(entry?.bytes).toBe(Buffer.byteLength(res.text));
    expect(entry?.bytes).toBeGreaterThan(50);
    expect(entry?.ms).toBeGreaterThanOrEqual(0);
  });
});
