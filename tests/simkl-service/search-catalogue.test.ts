// Lookups, text search with pagination, catalogue details and episode lists, against the real ids.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TITLES } from './catalogue/index';
import { DEMO_USER, type RunningSimklService, startSimklService } from './index';
import { api, fakeClock } from './test-client';

const clock = fakeClock();
let svc: RunningSimklService;
let token: string;

beforeAll(async () => {
  svc = await startSimklService({ now: clock.now, rateLimits: false });
  token = svc.control.issueToken(DEMO_USER.id).access_token;
});
afterAll(() => svc.close());

type Found = Array<{
  type: string;
  title: string;
  ids: { simkl: number };
  total_episodes?: number;
  anime_type?: string;
}>;

async function lookup(query: string): Promise<Found> {
  const res = await api(svc, `/search/id?${query}`, { token });
  expect(res.status).toBe(200);
  return res.json<Found>();
}

describe('the catalogue', () => {
  it('holds at least 100 titles with unique simkl ids, imdb ids and slugs', () => {
    expect(TITLES.length).toBeGreaterThanOrEqual(100);
    expect(new Set(TITLES.map((t) => t.simkl)).size).toBe(TITLES.length);
    const imdb = TITLES.flatMap((t) => (t.imdb ? [t.imdb] : []));
    expect(new Set(imdb).size).toBe(imdb.length);
    expect(TITLES.filter((t) => t.airing).length).toBeGreaterThanOrEqual(3);
  });

  it.each([
    ['imdb=tt0133093', 'movie', 'The Matrix'],
    ['tmdb=603', 'movie', 'The Matrix'],
    ['netflix=20557937', 'movie', 'The Matrix'],
    ['imdb=tt0114814', 'movie', 'The Usual Suspects'],
    ['tmdb=629', 'movie', 'The Usual Suspects'],
    ['imdb=tt3159106', 'movie', 'Local Legends'],
    ['tmdb=27205', 'movie', 'Inception'],
    ['netflix=70131314', 'movie', 'Inception'],
    ['tmdb=57243&type=show', 'tv', 'Doctor Who'],
    ['imdb=tt4574334', 'tv', 'Stranger Things'],
    ['netflix=80057281', 'tv', 'Stranger Things'],
    ['tmdb=1396&type=show', 'tv', 'Breaking Bad'],
    ['netflix=70143836', 'tv', 'Breaking Bad'],
    ['mal=1535', 'anime', 'Death Note'],
    ['tmdb=13916&type=show', 'anime', 'Death Note'],
    ['netflix=70204970', 'anime', 'Death Note'],
    ['mal=57181', 'anime', 'Ao no Hako'],
    ['mal=52701', 'anime', 'Dungeon Meshi'],
    ['netflix=81648953', 'anime', 'Dungeon Meshi'],
    ['mal=199', 'anime', 'Sen to Chihiro no Kamikakushi'],
    ['imdb=tt0245429', 'anime', 'Sen to Chihiro no Kamikakushi'],
    ['tmdb=129', 'anime', 'Sen to Chihiro no Kamikakushi'],
    ['mal=52991', 'anime', 'Sousou no Frieren'],
    ['imdb=https://www.imdb.com/title/tt0903747/', 'tv', 'Breaking Bad'],
    ['traktslug=inception-2010', 'movie', 'Inception'],
    ['traktslug=the-matrix-1999', 'movie', 'The Matrix'],
    ['traktslug=breaking-bad', 'tv', 'Breaking Bad'],
    ['traktslug=game-of-thrones', 'tv', 'Game of Thrones'],
    ['letterboxd=inception', 'movie', 'Inception'],
    ['letterboxd=The-Matrix', 'movie', 'The Matrix'],
  ])('finds %s', async (query, type, title) => {
    const [item] = await lookup(query);
    expect(item).toMatchObject({ type, title });
  });

  it.each([
    ['tt0436992', 153, 'tv'],
    ['tt4574334', 34, 'tv'],
    ['tt0903747', 62, 'tv'],
    ['tt0877057', 37, 'anime'],
  ])('counts the episodes of %s', async (imdb, episodes, type) => {
    const [item] = await lookup(`imdb=${imdb}`);
    expect(item?.type).toBe(type);
    expect(item?.total_episodes).toBe(episodes);
  });

  it('finds nothing by a Trakt or Letterboxd slug it does not know', async () => {
    expect(await lookup('traktslug=no-such-title-2031')).toEqual([]);
    // Letterboxd's slug for Inception is "inception": Trakt's spelling names nothing there.
    expect(await lookup('letterboxd=inception-2010')).toEqual([]);
  });

  it('gives the anime episode counts of Blue Box, Dungeon Meshi and Frieren', async () => {
    expect((await lookup('mal=57181'))[0]?.total_episodes).toBe(25);
    expect((await lookup('mal=52701'))[0]?.total_episodes).toBe(24);
    expect((await lookup('mal=52991'))[0]).toMatchObject({ total_episodes: 28, anime_type: 'tv' });
    expect((await lookup('mal=199'))[0]).toMatchObject({ anime_type: 'movie' });
  });
});

describe('/search/id', () => {
  it('needs type=show for a TMDB TV id, and answers [] for unknown ids', async () => {
    expect(await lookup('tmdb=1396')).toEqual([]);
    expect(await lookup('imdb=tt9999999')).toEqual([]);
  });

  it('finds anime by AniDB id and Anime-Planet slug, shows by TVDB id, and nothing for unknown ones', async () => {
    expect((await lookup('anidb=4563'))[0]).toMatchObject({ type: 'anime', ids: { simkl: 9300001 } });
    expect((await lookup('animeplanet=Hunter-X-Hunter-2011'))[0]).toMatchObject({ ids: { simkl: 40398 } });
    expect((await lookup('tvdb=81189'))[0]).toMatchObject({ type: 'tv', ids: { simkl: 11121 } });
    expect(await lookup('anidb=999999')).toEqual([]);
    expect(await lookup('tvdb=1')).toEqual([]);
    expect(await lookup('animeplanet=no-such-anime')).toEqual([]);
  });

  it.each([
    ['anilist=1535', 9300001],
    ['kitsu=1376', 9300001],
    ['livechart=3437', 9300001],
    ['anilist=21', 38636],
    ['kitsu=12', 38636],
    ['anilist=16498', 39687],
    ['kitsu=7442', 39687],
  ])('finds an anime by its AniList, Kitsu or LiveChart number: %s', async (query, simkl) => {
    const found = await lookup(query);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ type: 'anime', ids: { simkl } });
  });

  it('answers [] for anime-site numbers it does not know, and keeps the sites apart', async () => {
    expect(await lookup('anilist=999999')).toEqual([]);
    // Kitsu's 1 is Cowboy Bebop, AniList's 1376 is no catalogue title: each key reads its own site's ids.
    expect((await lookup('kitsu=1'))[0]?.title).toBe('Cowboy Bebop');
    expect(await lookup('anilist=1376')).toEqual([]);
  });

  it('adds the MAL object when looking up by MAL id', async () => {
    const [item] = await lookup('mal=1535');
    expect(item).toMatchObject({ mal: { id: '1535', type: 'TV' } });
  });

  it('answers null for an ambiguous title and the item for an exact one', async () => {
    expect((await api(svc, '/search/id?title=Attack%20on%20Titan', { token })).json()).toBeNull();
    const narrowed = await api(svc, '/search/id?title=Attack%20on%20Titan&year=2013', { token });
    expect(narrowed.json<Found>()).toEqual([expect.objectContaining({ title: 'Shingeki no Kyojin' })]);
    expect((await api(svc, '/search/id?title=Akira', { token })).json<Found>()[0]?.type).toBe('anime');
    const res = await api(svc, `/search/id?title=${encodeURIComponent('Toy Story 3')}&year=2010`, { token });
    expect(res.json<Found>()[0]?.ids.simkl).toBe(63604);
    expect((await api(svc, '/search/id?title=Spirited%20Away', { token })).json()).toHaveLength(1);
  });

  it('resolves an IMDb episode id to its show', async () => {
    const [item] = await lookup('imdb=tt1205438');
    expect(item?.title).toBe('Doctor Who');
  });
});

describe('/search/{type}', () => {
  it('finds by words, sorted by rank, with pagination headers', async () => {
    const res = await api(svc, '/search/movie?q=john%20wick&limit=2', { token });
    expect(res.headers['x-pagination-page']).toBe('1');
    expect(res.headers['x-pagination-limit']).toBe('2');
    expect(res.headers['x-pagination-item-count']).toBe('3');
    expect(res.headers['x-pagination-page-count']).toBe('2');
    const items = res.json<Array<{ endpoint_type: string; ids: { simkl_id: number; tmdb?: string } }>>();
    expect(items).toHaveLength(2);
    expect(items[0]).toMatchObject({ endpoint_type: 'movies', ids: { simkl_id: expect.any(Number) } });
  });

  it('clamps page to 20 and limit to 50 silently', async () => {
    const res = await api(svc, '/search/anime?q=a&page=99&limit=500', { token });
    expect(res.status).toBe(200);
    expect(res.headers['x-pagination-page']).toBe('20');
    expect(res.headers['x-pagination-limit']).toBe('50');
    expect(res.json()).toEqual([]);
  });

  it('adds rank, ratings, url and counts with extended=full, and anime titles', async () => {
    const res = await api(svc, '/search/anime?q=frieren&extended=full', { token });
    const [item] = res.json<Array<Record<string, unknown>>>();
    expect(item).toMatchObject({
      title: 'Sousou no Frieren',
      title_en: "Frieren: Beyond Journey's End",
      endpoint_type: 'anime',
      type: 'tv',
      ep_count: 28,
      status: 'ended',
      url: '/anime/9300005/sousou-no-frieren',
      ratings: { simkl: { rating: expect.any(Number) }, mal: { rank: expect.any(Number) } },
    });
  });

  it('accepts a media URL as the query', async () => {
    const res = await api(
      svc,
      `/search/tv?q=${encodeURIComponent('https://www.themoviedb.org/tv/1396-breaking-bad')}`,
      { token },
    );
    expect(res.json<Array<{ title: string }>>()[0]?.title).toBe('Breaking Bad');
  });
});

describe('catalogue details and episodes', () => {
  it('answers the short form by default and the full record with extended=full', async () => {
    expect((await api(svc, '/movies/tt0133093')).json()).toEqual({
      title: 'The Matrix',
      year: 1999,
      type: 'movie',
      ids: { simkl: 9100001, slug: 'the-matrix' },
    });
    const full = (await api(svc, '/tv/11121?extended=full')).json<Record<string, unknown>>();
    expect(full).toMatchObject({ type: 'show', total_episodes: 62, status: 'ended', network: 'AMC' });
    expect(full.ids).toMatchObject({ imdb: 'tt0903747', tmdb: '1396', netflix: '70143836' });
  });

  it('answers 200 [] for unknown ids and for an id of another section', async () => {
    expect((await api(svc, '/movies/99999999')).json()).toEqual([]);
    expect((await api(svc, '/movies/11121')).json()).toEqual([]);
  });

  it('switches to full-by-default like the current API', async () => {
    svc.control.setDetailFullByDefault(true);
    expect((await api(svc, '/anime/9300001')).json()).toMatchObject({ anime_type: 'tv', total_episodes: 37 });
    svc.control.setDetailFullByDefault(false);
  });

  it('lists TV episodes with seasons and offsets, and Journey\u2019s End with its IMDb id', async () => {
    const episodes = (await api(svc, '/tv/episodes/9200001')).json<Array<Record<string, unknown>>>();
    const journeysEnd = episodes.find((ep) => ep.season === 4 && ep.episode === 13);
    expect(journeysEnd).toMatchObject({
      title: "Journey's End",
      type: 'episode',
      aired: true,
      ids: { imdb: 'tt1205438' },
    });
    expect(String(journeysEnd?.date)).toMatch(/-05:00$/);
    expect(episodes.filter((ep) => ep.season === 13)).toHaveLength(6);
  });

  it('lists anime episodes without seasons, dated in Tokyo time, some still to air', async () => {
    const episodes = (await api(svc, '/anime/episodes/38636')).json<Array<Record<string, unknown>>>();
    expect(episodes[0]).not.toHaveProperty('season');
    expect(String(episodes[0]?.date)).toMatch(/\+09:00$/);
    expect(episodes.filter((ep) => ep.aired === false)).toHaveLength(5);
  });

  it('answers public ratings with only the requested fields', async () => {
    const res = await api(svc, '/ratings?simkl=11121&fields=simkl,ext,rank', { token });
    const body = res.json<Record<string, unknown>>();
    expect(body).toMatchObject({
      id: 11121,
      link: 'https://simkl.com/tv/11121/breaking-bad',
      simkl: { rating: 9.2 },
    });
    expect(body).toHaveProperty('IMDB');
    expect(body).not.toHaveProperty('has_trailer');
  });
});
