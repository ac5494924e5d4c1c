// Per-episode state: all-items seasons, /sync/watched by episode, removal by episode and season, /ratings.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, DEV_CLIENT_ID_V1, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

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

type Item = Record<string, unknown> & { seasons?: Array<{ number: number; episodes: unknown[] }> };
type Library = Record<string, Item[]>;

const post = (path: string, body: unknown) => api(svc, path, { token, method: 'POST', body });
const get = (path: string) => api(svc, path, { token });
const items = async (query: string) => (await get(`/sync/all-items${query}`)).json<Library>();
const second = () => clock.advance(1000);

/** Breaking Bad S1E1–E2 on given dates and S2E1 now; Death Note E1–E3; Stranger Things completed. */
async function watchSome() {
  await post('/sync/history', {
    shows: [
      {
        ids: { simkl: 11121 },
        seasons: [
          {
            number: 1,
            episodes: [
              { number: 1, watched_at: '2024-01-01T20:00:00Z' },
              { number: 2, watched_at: '2024-01-02T20:00:00.500Z' },
            ],
          },
          { number: 2, episodes: [{ number: 1 }] },
        ],
      },
      { ids: { imdb: 'tt4574334' } },
    ],
    anime: [{ ids: { mal: 1535 }, episodes: [{ number: 1 }, { number: 2 }, { number: 3 }] }],
  });
}

describe('all-items seasons', () => {
  it('lists only watched episodes, with watched_at, for watching items under extended=full', async () => {
    await watchSome();
    const now = new Date(clock.now()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const library = await items('?extended=full&episode_watched_at=yes');
    expect(library.shows?.find((s) => s.status === 'watching')?.seasons).toEqual([
      {
        number: 1,
        episodes: [
          { number: 1, watched_at: '2024-01-01T20:00:00Z' },
          { number: 2, watched_at: '2024-01-02T20:00:00Z' },
        ],
      },
      { number: 2, episodes: [{ number: 1, watched_at: now }] },
    ]);
    expect(library.anime?.[0]?.seasons).toEqual([
      { number: 1, episodes: [1, 2, 3].map((number) => ({ number, watched_at: now })) },
    ]);
    const completed = library.shows?.find((s) => s.status === 'completed');
    expect(completed).toMatchObject({ watched_episodes_count: 34 });
    expect(completed).not.toHaveProperty('seasons');
  });

  it('needs extended=full for seasons; include_all_episodes adds completed ones; anime seasons add tvdb', async () => {
    await watchSome();
    const plain = await items('/shows?episode_watched_at=yes');
    expect(plain.shows?.every((s) => s.seasons === undefined)).toBe(true);
    const undated = await items('/shows/watching?extended=full');
    expect(undated.shows?.[0]?.seasons?.[0]?.episodes[0]).toEqual({ number: 1 });
    const all = await items('/shows/completed?extended=full&include_all_episodes=yes');
    const seasons = all.shows?.[0]?.seasons ?? [];
    expect(seasons.map((s) => s.episodes.length)).toEqual([8, 9, 8, 9]);
    const anime = await items('/anime?extended=full_anime_seasons');
    expect(anime.anime?.[0]?.seasons?.[0]?.episodes[2]).toEqual({
      number: 3,
      tvdb: { season: 1, episode: 3 },
    });
  });
});

describe('/sync/watched per episode', () => {
  it('answers flat or nested ids, one episode, counters per season, and episode rows', async () => {
    await watchSome();
    const res = await post('/sync/watched?extended=counters', [
      { ids: { simkl: 11121 }, season: 1, episode: 2 },
      { imdb: 'tt0903747', season: 1, episode: 3 },
      { mal: 1535, episode: 3 },
      { ids: { imdb: 'tt0903747' } },
      { ids: { tmdb: 27205 }, type: 'movie' },
    ]);
    const [episode, unwatched, anime, show, film] = res.json<Item[]>();
    expect(episode).toEqual({
      ids: { simkl: 11121 },
      season: 1,
      episode: 2,
      simkl: 11121,
      result: true,
      list: 'watching',
      last_watched_at: '2024-01-02T20:00:00Z',
    });
    expect(unwatched).toMatchObject({ result: false, list: 'watching', last_watched_at: null });
    expect(anime).toMatchObject({ simkl: 9300001, result: true });
    expect(show).toMatchObject({ result: true, episodes_total: 62, episodes_watched: 3 });
    expect(show?.seasons?.[0]).toEqual({
      number: 1,
      episodes_total: 7,
      episodes_aired: 7,
      episodes_to_be_aired: 0,
      episodes_watched: 2,
    });
    expect(film).toEqual({
      ids: { tmdb: 27205 },
      type: 'movie',
      simkl: 472214,
      result: false,
      list: null,
      last_watched_at: null,
    });
    const rows = (await post('/sync/watched?extended=episodes', [{ simkl: 11121 }])).json<Item[]>();
    expect(rows[0]?.seasons?.[1]?.episodes[0]).toEqual({
      number: 1,
      watched: true,
      aired: true,
      last_watched_at: expect.any(String),
    });
  });

  it('refuses more than 100 items with extended, and answers null to []', async () => {
    const many = Array.from({ length: 101 }, () => ({ simkl: 11121 }));
    const refused = await post('/sync/watched?extended=episodes', many);
    expect(refused.status).toBe(400);
    expect(refused.json()).toMatchObject({ error: 'max_items', code: 400 });
    expect((await post('/sync/watched', many)).json()).toHaveLength(101);
    expect((await post('/sync/watched?extended=counters', [])).text).toBe('null');
  });
});

describe('/sync/history/remove by episode and season', () => {
  it('unmarks only those episodes, keeps the show, and moves its counters and list', async () => {
    svc.control.seedLibrary(DEMO_USER.id, [{ ids: { simkl: 11121 }, status: 'completed' }]);
    second();
    const res = await post('/sync/history/remove', {
      shows: [
        {
          ids: { simkl: 11121 },
          seasons: [{ number: 5 }, { number: 1, episodes: [{ number: 1 }, { number: 99 }] }],
        },
        { ids: { simkl: 999999999 }, seasons: [{ number: 1 }] },
      ],
      episodes: [{ ids: { imdb: 'tt0000099' } }],
    });
    expect(res.json()).toEqual({
      deleted: { movies: 0, shows: 0, episodes: 17 },
      not_found: { movies: [], shows: [{ ids: { simkl: 999999999 }, seasons: [{ number: 1 }] }] },
    });
    const [show] = (await items('/shows?extended=full')).shows ?? [];
    expect(show).toMatchObject({
      status: 'watching',
      watched_episodes_count: 45,
      last_watched: 'S04E13',
      next_to_watch: 'S01E01',
    });
    expect(show?.seasons?.map((s) => s.number)).toEqual([1, 2, 3, 4]);
    const act = (await get('/sync/activities')).json<Record<string, Record<string, string | null>>>();
    expect(act.tv_shows).toMatchObject({ watching: act.all, completed: act.all });
    expect(act.tv_shows?.removed_from_list).not.toBe(act.all);
  });

  it('falls back to the latest episode still watched for last_watched_at, null when none is left', async () => {
    await watchSome();
    second();
    await post('/sync/history/remove', { shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 2 }] }] });
    const show = svc.control.library(DEMO_USER.id).shows.find((s) => s.simkl === 11121);
    expect(show).toMatchObject({ lastWatchedAt: '2024-01-02T20:00:00Z', watchedCount: 2 });
    second();
    await post('/sync/history/remove', { shows: [{ ids: { simkl: 11121 }, seasons: [{ number: 1 }] }] });
    expect(svc.control.library(DEMO_USER.id).shows.find((s) => s.simkl === 11121)).toMatchObject({
      lastWatchedAt: null,
      watchedCount: 0,
      status: 'watching',
    });
  });
});

describe('public /ratings', () => {
  it('needs no token, and answers only the fields asked for, IMDB capitalised', async () => {
    const bare = await api(svc, '/ratings?simkl=11121', { clientId: DEV_CLIENT_ID_V1 });
    expect(bare.status).toBe(200);
    expect(bare.json()).toEqual({ id: 11121, link: 'https://simkl.com/tv/11121/breaking-bad' });
    const full = await api(
      svc,
      '/ratings?simkl=11121&fields=rank,droprate,simkl,ext,has_trailer,reactions,year',
      {
        clientId: DEV_CLIENT_ID_V1,
      },
    );
    const body = full.json<Record<string, unknown>>();
    expect(Object.keys(body).sort()).toEqual(
      ['IMDB', 'droprate', 'has_trailer', 'id', 'link', 'rank', 'reactions', 'release_year', 'simkl'].sort(),
    );
    expect(body).toMatchObject({
      simkl: { rating: 9.2, votes: expect.any(Number) },
      IMDB: { rating: expect.any(Number), votes: expect.any(Number) },
      release_year: '2008',
      rank: { type: 'show', value: expect.stringMatching(/^\d+$/) },
      droprate: expect.stringMatching(/^\d+(\.\d)?%$/),
      has_trailer: false,
    });
    const reactions = body.reactions as Record<string, number>;
    expect(Object.keys(reactions).sort()).toEqual([
      'comments',
      'negative',
      'neutral',
      'positive',
      'reviews',
      'total',
    ]);
    const { total, ...parts } = reactions;
    expect(total).toBe(Object.values(parts).reduce((sum, n) => sum + n, 0));
    const anime = await api(svc, '/ratings?mal=1535&fields=ext', { clientId: DEV_CLIENT_ID_V1 });
    expect(anime.json()).toHaveProperty('MAL');
    const tv = await api(svc, '/ratings?tmdb=1396&type=tv&fields=simkl', { clientId: DEV_CLIENT_ID_V1 });
    expect(tv.json()).toMatchObject({ id: 11121 });
    expect((await api(svc, '/ratings?simkl=999999999', { clientId: DEV_CLIENT_ID_V1 })).json()).toEqual([]);
    const anonymousV2 = await api(svc, '/ratings?simkl=11121');
    expect(anonymousV2.json()).toMatchObject({ error: 'user_token_required' });
  });
});
