// The ids library answers carry: never netflix, anime without tmdb and mostly without imdb, per-title gaps.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

type Item = Record<string, { ids: Record<string, unknown> } | unknown>;
type Library = Record<string, Item[]>;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
});
afterAll(() => svc.close());
beforeEach(() => {
  svc.control.reset();
  token = svc.control.issueToken(DEMO_USER.id).access_token;
  clock.advance(60_000);
});

const get = (path: string) => api(svc, path, { token });
const post = (path: string, body: unknown) => api(svc, path, { token, method: 'POST', body });

/** The ids of every item in a library answer, by title. */
function idsByTitle(library: Library): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const items of Object.values(library)) {
    for (const item of items) {
      const media = (item.movie ?? item.show) as { title?: string; ids: Record<string, unknown> };
      out[media.title ?? String(media.ids.simkl)] = media.ids;
    }
  }
  return out;
}

const SEEDED = [
  { ids: { imdb: 'tt0133093' }, type: 'movie' as const, status: 'completed' as const, rating: 9 },
  { ids: { imdb: 'tt0068646' }, type: 'movie' as const, status: 'plantowatch' as const },
  { ids: { imdb: 'tt0109830' }, type: 'movie' as const, status: 'completed' as const, rating: 7 },
  { ids: { imdb: 'tt0903747' }, status: 'watching' as const, watchedEpisodes: 2 },
  { ids: { mal: 1535 }, status: 'completed' as const, rating: 10 },
  { ids: { mal: 11061 }, status: 'hold' as const, watchedEpisodes: 3 },
];

/** What Simkl's library answers hold for the seeded titles (README "Library ids"). */
const EXPECTED = {
  'The Matrix': { simkl: 9100001, slug: 'the-matrix', imdb: 'tt0133093', tmdb: '603' },
  'The Godfather': { simkl: 9100007, slug: 'the-godfather', imdb: 'tt0068646' },
  'Forrest Gump': { simkl: 9100009, slug: 'forrest-gump', tmdb: '13' },
  'Breaking Bad': { simkl: 11121, slug: 'breaking-bad', imdb: 'tt0903747', tmdb: '1396', tvdb: '81189' },
  'Death Note': { simkl: 9300001, slug: 'death-note', mal: '1535', anidb: '4563' },
  'Hunter x Hunter': {
    simkl: 40398,
    slug: 'hunter-x-hunter',
    mal: '11061',
    anidb: '8597',
    imdb: 'tt2098220',
  },
};

describe('ids in library answers', () => {
  it('all-items carries exactly the ids Simkl holds: no netflix, anime without tmdb, per-title gaps', async () => {
    svc.control.seedLibrary(DEMO_USER.id, SEEDED);
    const res = await get('/sync/all-items?extended=full');
    expect(res.text).not.toContain('netflix');
    // Breaking Bad has a Trakt slug in the catalogue: Simkl's library answers never carry one.
    expect(res.text).not.toContain('traktslug');
    expect(res.text).not.toContain('letterboxd');
    expect(idsByTitle(res.json<Library>())).toEqual(EXPECTED);
  });

  it('ids_only carries the same ids, simkl_ids_only just simkl and slug', async () => {
    svc.control.seedLibrary(DEMO_USER.id, SEEDED);
    const idsOnly = (await get('/sync/all-items?extended=ids_only')).json<Library>();
    expect(Object.values(idsByTitle(idsOnly))).toEqual(expect.arrayContaining(Object.values(EXPECTED)));
    expect(Object.keys(idsByTitle(idsOnly))).toHaveLength(6);
    const simklOnly = (await get('/sync/all-items/anime?extended=simkl_ids_only')).json<Library>();
    expect(simklOnly).toEqual({
      anime: [
        { show: { ids: { simkl: 9300001, slug: 'death-note' } } },
        { show: { ids: { simkl: 40398, slug: 'hunter-x-hunter' } } },
      ],
    });
  });

  it('the ratings read and its removal delta carry the same ids', async () => {
    svc.control.seedLibrary(DEMO_USER.id, SEEDED);
    const ratings = await get('/sync/ratings');
    expect(ratings.text).not.toContain('netflix');
    expect(idsByTitle(ratings.json<Library>())).toEqual({
      'The Matrix': EXPECTED['The Matrix'],
      'Forrest Gump': EXPECTED['Forrest Gump'],
      'Death Note': EXPECTED['Death Note'],
    });
    const saved = (await get('/sync/activities')).json<{ all: string }>().all;
    clock.advance(1000);
    await post('/sync/history/remove', { shows: [{ ids: { mal: 1535 } }] });
    const delta = (await get(`/sync/ratings?date_from=${saved}`)).json<Library>();
    expect(delta.anime?.[0]).toMatchObject({ user_rating: null, show: { ids: EXPECTED['Death Note'] } });
  });

  it('still finds a title by its Netflix id through /search/id and writes, whose Simkl id keys the library', async () => {
    const found = (await get('/search/id?netflix=70143836')).json<Array<{ ids: { simkl: number } }>>();
    expect(found).toHaveLength(1);
    expect(found[0]?.ids.simkl).toBe(11121);
    const write = await post('/sync/add-to-list', {
      shows: [{ to: 'plantowatch', ids: { netflix: 70204970 } }],
    });
    expect(write.json()).toMatchObject({ added: { shows: [{ to: 'plantowatch', type: 'anime' }] } });
    const library = (await get('/sync/all-items')).json<Library>();
    expect(idsByTitle(library)).toEqual({ 'Death Note': EXPECTED['Death Note'] });
  });

  it("never carries the anime sites' own numbers (AniList, Kitsu, LiveChart), which /search/id still takes", async () => {
    svc.control.seedLibrary(DEMO_USER.id, SEEDED);
    const library = await get('/sync/all-items?extended=full');
    for (const key of ['anilist', 'kitsu', 'livechart']) expect(library.text).not.toContain(key);
    const found = (await get('/search/id?anilist=1535')).json<Array<{ ids: { simkl: number } }>>();
    expect(found[0]?.ids.simkl).toBe(9300001);
    const anime = (await get('/anime/9300001?extended=full')).json<{ ids: Record<string, unknown> }>();
    expect(anime.ids).toMatchObject({ anilist: '1535', kitsu: '1376', livechart: '3437' });
  });

  it('keeps every catalogue id in search and catalogue details', async () => {
    const full = (await get('/tv/11121?extended=full')).json<{ ids: Record<string, unknown> }>();
    expect(full.ids).toMatchObject({ imdb: 'tt0903747', tmdb: '1396', netflix: '70143836' });
    const anime = (await get('/anime/9300001?extended=full')).json<{ ids: Record<string, unknown> }>();
    expect(anime.ids).toMatchObject({
      imdb: 'tt0877057',
      tmdb: '13916',
      mal: '1535',
      animeplanet: 'death-note',
    });
  });

  it('never carries an Anime-Planet slug, which only /search/id takes', async () => {
    svc.control.seedLibrary(DEMO_USER.id, SEEDED);
    const res = await get('/sync/all-items?extended=full');
    expect(res.text).not.toContain('animeplanet');
    const found = (await get('/search/id?animeplanet=death-note')).json<Array<{ ids: { simkl: number } }>>();
    expect(found[0]?.ids.simkl).toBe(9300001);
  });
});
