import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import type { DetectedMedia, SimklItem } from '../../../lib/media';
import { openResolveDb } from '../../../lib/resolve/cache';
import { lookupTarget, simklTypesFor } from '../../../lib/resolve/kinds';
import { createResolver, type Resolver } from '../../../lib/resolve/resolver';
import { createFakeSimkl, type FakeSimkl } from '../library/fake-simkl';
import { COLLIDING_SHOW, entryOf, FMA, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';

const DAY = 24 * 60 * 60 * 1000;
let simkl: FakeSimkl;
let library: Library;
let resolver: Resolver;

const matrixPage: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
};

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(Date.UTC(2024, 5, 1));
  freshIndexedDb();
  simkl = createFakeSimkl();
  simkl.addToCatalog(MATRIX, GOT, COLLIDING_SHOW, FMA);
  library = createLibrary({ api: simkl.api, db: openLibraryDb() });
  resolver = createResolver({ api: simkl.api, library, db: openResolveDb() });
});

afterEach(() => {
  vi.useRealTimers();
});

describe('resolve', () => {
  it('answers from the mirror without a request when the title is in the lists', async () => {
    simkl.seed(entryOf(MATRIX));
    await library.sync();
    simkl.resetCalls();
    expect(await resolver.resolve(matrixPage)).toMatchObject({
      type: 'movie',
      ids: { simkl: MATRIX.ids.simkl },
    });
    expect(simkl.calls).toEqual([]);
  });

  it('asks /search/id by IMDb id and keeps the id it was found by', async () => {
    const item = await resolver.resolve(matrixPage);
    expect(simkl.callsOf('searchById').map((call) => call.args[0])).toEqual([{ imdb: 'tt0133093' }]);
    expect(item).toMatchObject({ type: 'movie', ids: { simkl: MATRIX.ids.simkl, imdb: 'tt0133093' } });
  });

  it('sends the TMDB type, so colliding movie and tv ids stay apart', async () => {
    const movie = await resolver.resolve({ site: 'tmdb', kind: 'movie', ids: { tmdb: '603' } });
    const show = await resolver.resolve({ site: 'tmdb', kind: 'show', ids: { tmdb: '603' } });
    expect(movie?.ids.simkl).toBe(MATRIX.ids.simkl);
    expect(show?.ids.simkl).toBe(COLLIDING_SHOW.ids.simkl);
    expect(simkl.callsOf('searchById').map((call) => call.args[0])).toEqual([
      { tmdb: '603', tmdbType: 'movie' },
      { tmdb: '603', tmdbType: 'show' },
    ]);
  });

  it('does not guess a TMDB scope when the page gives no kind', async () => {
    expect(await resolver.resolve({ site: 'tmdb', ids: { tmdb: '603' } })).toBeNull();
    expect(simkl.calls).toEqual([]);
  });

  it('treats MAL ids as anime', async () => {
    const item = await resolver.resolve({ site: 'mal', kind: 'anime', ids: { mal: '5114' } });
    expect(item).toMatchObject({ type: 'anime', ids: { simkl: FMA.ids.simkl, mal: '5114' } });
  });

  it('asks /search/id by AniDB id for anime only, and by TVDB id', async () => {
    const anime = await resolver.resolve({ site: 'mal', kind: 'anime', ids: { anidb: '6107' } });
    const show = await resolver.resolve({ site: 'imdb', kind: 'show', ids: { tvdb: '121361' } });
    expect(anime).toMatchObject({ type: 'anime', ids: { simkl: FMA.ids.simkl, anidb: '6107' } });
    expect(show).toMatchObject({ type: 'show', ids: { simkl: GOT.ids.simkl, tvdb: '121361' } });
    expect(simkl.callsOf('searchById').map((call) => call.args[0])).toEqual([
      { anidb: '6107' },
      { tvdb: '121361' },
    ]);
    // The second visit of each is answered from the cache.
    simkl.resetCalls();
    await resolver.resolve({ site: 'mal', kind: 'anime', ids: { anidb: '6107' } });
    await resolver.resolve({ site: 'imdb', kind: 'show', ids: { tvdb: '121361' } });
    expect(simkl.calls).toEqual([]);
  });

  it('asks /search/id once by Anime-Planet slug, then answers the next visit from the cache', async () => {
    const deathNote: SimklItem = {
      type: 'anime',
      ids: { simkl: 9300001, animeplanet: 'death-note' },
      title: 'Death Note',
    };
    simkl.addToCatalog(deathNote);
    const page: DetectedMedia = { site: 'animeplanet', kind: 'anime', ids: { animeplanet: 'Death-Note' } };
    expect(await resolver.resolve(page)).toMatchObject({ type: 'anime', ids: { simkl: 9300001 } });
    expect(simkl.callsOf('searchById').map((call) => call.args[0])).toEqual([{ animeplanet: 'death-note' }]);
    simkl.resetCalls();
    expect(await resolver.resolve(page)).toMatchObject({ ids: { simkl: 9300001 } });
    expect(simkl.calls).toEqual([]);
  });

  describe('Crunchyroll', () => {
    const frieren: SimklItem = {
      type: 'anime',
      ids: { simkl: 9300005, crunchyroll: 'GG5H5XQX4' },
      title: 'Frieren',
    };
    const steinsGate: SimklItem = { type: 'anime', ids: { simkl: 9300012 }, title: 'Steins;Gate' };
    const episodeOf = (series: string, title: string): DetectedMedia => ({
      site: 'crunchyroll',
      kind: 'episode',
      ids: { crunchyroll: 'GX9UQE5P1' },
      show: { ids: { crunchyroll: series }, title },
      season: 1,
      episode: 5,
    });
    const lookups = () => simkl.callsOf('searchById').map((call) => call.args[0]);

    it("looks an episode's series up by its id, once: the next visit asks nothing", async () => {
      simkl.addToCatalog(frieren);
      const page = episodeOf('GG5H5XQX4', "Frieren: Beyond Journey's End");
      expect(await resolver.resolve(page)).toMatchObject({ type: 'anime', ids: { simkl: 9300005 } });
      expect(lookups()).toEqual([{ crunchyroll: 'GG5H5XQX4' }]);
      simkl.resetCalls();
      expect((await resolver.resolve(page))?.ids.simkl).toBe(9300005);
      expect(simkl.calls).toEqual([]);
    });

    it('falls back to the series title as anime when Simkl does not know the id, and caches both answers', async () => {
      simkl.addToCatalog(steinsGate);
      const page: DetectedMedia = {
        site: 'crunchyroll',
        ids: { crunchyroll: 'GY5VXG0ZR' },
        title: 'Steins;Gate',
      };
      const item = await resolver.resolve(page);
      expect(item).toMatchObject({ type: 'anime', ids: { simkl: 9300012 } });
      // The name it was found by is no id: it is not kept among the item's ids.
      expect(item?.ids).not.toHaveProperty('title');
      expect(lookups()).toEqual([{ crunchyroll: 'GY5VXG0ZR' }, { title: 'Steins;Gate', titleType: 'anime' }]);
      simkl.resetCalls();
      expect((await resolver.resolve(page))?.ids.simkl).toBe(9300012);
      expect(simkl.calls).toEqual([]);
    });

    it('answers nothing when neither the id nor the exact title is known', async () => {
      expect(await resolver.resolve(episodeOf('GRMG8ZQZR', 'One Piece'))).toBeNull();
      expect(lookups()).toEqual([{ crunchyroll: 'GRMG8ZQZR' }, { title: 'One Piece', titleType: 'anime' }]);
    });
  });

  it('never sends a TVDB film number, which TVDB counts apart from its series', async () => {
    expect(await resolver.resolve({ site: 'imdb', kind: 'movie', ids: { tvdb: '121361' } })).toBeNull();
    expect(simkl.calls).toEqual([]);
  });

  it('resolves an episode through its show', async () => {
    const episode: DetectedMedia = {
      site: 'imdb',
      kind: 'episode',
      ids: { imdb: 'tt1480055' },
      show: { ids: { imdb: 'tt0944947' } },
      season: 1,
      episode: 1,
    };
    expect((await resolver.resolve(episode))?.ids.simkl).toBe(GOT.ids.simkl);
    expect(simkl.callsOf('searchById')[0]?.args[0]).toEqual({ imdb: 'tt0944947' });
  });

  it('tries the next id when one misses', async () => {
    const item = await resolver.resolve({ site: 'netflix', ids: { imdb: 'tt7777777', netflix: '70305903' } });
    expect(item?.ids.simkl).toBe(GOT.ids.simkl);
    expect(simkl.callsOf('searchById')).toHaveLength(2);
  });

  it('refuses an answer of the wrong type', async () => {
    expect(await resolver.resolve({ site: 'imdb', kind: 'show', ids: { imdb: 'tt0133093' } })).toBeNull();
  });
});

describe('the id cache', () => {
  it('keeps hits: a second page visit makes no request', async () => {
    await resolver.resolve(matrixPage);
    vi.setSystemTime(Date.now() + 20 * DAY);
    await resolver.resolve(matrixPage);
    expect(simkl.callsOf('searchById')).toHaveLength(1);
  });

  it('asks again once a hit is older than its lifetime', async () => {
    await resolver.resolve(matrixPage);
    vi.setSystemTime(Date.now() + 31 * DAY);
    await resolver.resolve(matrixPage);
    expect(simkl.callsOf('searchById')).toHaveLength(2);
  });

  it('keeps a miss for a day, then asks again', async () => {
    const unknown: DetectedMedia = { site: 'imdb', kind: 'movie', ids: { imdb: 'tt7777777' } };
    expect(await resolver.resolve(unknown)).toBeNull();
    vi.setSystemTime(Date.now() + DAY - 60_000);
    expect(await resolver.resolve(unknown)).toBeNull();
    expect(simkl.callsOf('searchById')).toHaveLength(1);
    vi.setSystemTime(Date.now() + 2 * 60_000);
    await resolver.resolve(unknown);
    expect(simkl.callsOf('searchById')).toHaveLength(2);
  });

  it('survives a restart (a new resolver on the same database)', async () => {
    await resolver.resolve(matrixPage);
    const again = createResolver({ api: simkl.api, library, db: openResolveDb() });
    expect((await again.resolve(matrixPage))?.ids.simkl).toBe(MATRIX.ids.simkl);
    expect(simkl.callsOf('searchById')).toHaveLength(1);
  });

  it('shares one request between concurrent lookups of the same id', async () => {
    const answers = await Promise.all([resolver.resolve(matrixPage), resolver.resolve(matrixPage)]);
    expect(answers.map((item) => item?.ids.simkl)).toEqual([MATRIX.ids.simkl, MATRIX.ids.simkl]);
    expect(simkl.callsOf('searchById')).toHaveLength(1);
  });

  it('does not cache errors', async () => {
    simkl.fail('searchById', new SimklError('offline', 'no network'));
    await expect(resolver.resolve(matrixPage)).rejects.toMatchObject({ kind: 'offline' });
    expect(await resolver.resolve(matrixPage)).not.toBeNull();
    expect(simkl.callsOf('searchById')).toHaveLength(2);
  });
});

describe('kind mapping', () => {
  it.each([
    ['movie', ['movie', 'anime']],
    ['show', ['show', 'anime']],
    ['episode', ['show', 'anime']],
    ['anime', ['anime']],
    [undefined, ['movie', 'show', 'anime']],
  ] as const)('%s → %j', (kind, types) => {
    expect(simklTypesFor(kind)).toEqual(types);
  });

  it('makes every MyAnimeList page anime', () => {
    expect(lookupTarget({ site: 'mal', kind: 'movie', ids: { mal: '1' } }).kind).toBe('anime');
  });
});
