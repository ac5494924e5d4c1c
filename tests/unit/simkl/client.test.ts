import { describe, expect, it } from 'vitest';
import { createSimklApi } from '../../../lib/simkl/client';
import { createTransport } from '../../../lib/simkl/transport';
import { createClock, createFetch, type FakeCall, json, type Reply } from './fakes';

function setup(...replies: Reply[]) {
  const clock = createClock();
  const fake = createFetch(clock, ...(replies.length > 0 ? replies : [json(200, {})]));
  const transport = createTransport({
    clientId: () => 'client-1',
    appVersion: '1.0.0',
    fetch: fake.fetch,
    clock: clock.now,
    sleep: clock.sleep,
    tokens: {
      getAccessToken: async () => 'tok',
      refreshAfterUnauthorized: async () => null,
      revoked: async () => {},
    },
  });
  return { api: createSimklApi(transport), fake };
}

const only = (calls: FakeCall[]) => {
  expect(calls).toHaveLength(1);
  return calls[0] as FakeCall;
};

describe('reads', () => {
  it('looks up a TMDB TV id with its type', async () => {
    const { api, fake } = setup(json(200, [{ type: 'tv', title: 'Lost', ids: { simkl: 2090 } }]));
    const items = await api.searchById({ tmdb: '4607', tmdbType: 'show', imdb: undefined });
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/search/id');
    expect(call.url.searchParams.get('tmdb')).toBe('4607');
    expect(call.url.searchParams.get('type')).toBe('show');
    expect(items[0]?.type).toBe('show');
  });

  it('prefers the IMDb id when several are known, and sends nothing without one', async () => {
    const { api, fake } = setup(json(200, []));
    await api.searchById({ imdb: 'tt0133093', tmdb: '603', mal: '1' });
    expect(only(fake.calls).url.searchParams.get('imdb')).toBe('tt0133093');
    expect(await api.searchById({})).toEqual([]);
    expect(fake.calls).toHaveLength(1);
  });

  it.each([
    ['anilist', '1535'],
    ['kitsu', '1376'],
    ['livechart', '3437'],
  ] as const)('looks an anime up by its %s number alone', async (key, id) => {
    const { api, fake } = setup(json(200, []));
    await api.searchById({ [key]: id });
    const params = only(fake.calls).url.searchParams;
    expect(params.get(key)).toBe(id);
    expect(
      [...params.keys()].filter(
        (name) => name !== 'client_id' && name !== 'app-name' && name !== 'app-version',
      ),
    ).toEqual([key]);
  });

  it('searches text on the type path with paging', async () => {
    const { api, fake } = setup(json(200, []));
    await api.searchText('show', 'lost', { page: 2, limit: 20 });
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/search/tv');
    expect(Object.fromEntries(call.url.searchParams)).toMatchObject({ q: 'lost', page: '2', limit: '20' });
  });

  it('reads all items by type and status with date_from and extended=full', async () => {
    const { api, fake } = setup(json(200, null));
    expect(
      await api.allItems({ type: 'shows', status: 'watching', dateFrom: '2026-01-01T00:00:00Z', full: true }),
    ).toEqual([]);
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/sync/all-items/shows/watching');
    expect(call.url.searchParams.get('date_from')).toBe('2026-01-01T00:00:00Z');
    expect(call.url.searchParams.get('extended')).toBe('full');
    expect(call.headers.get('Authorization')).toBe('Bearer tok');
  });

  it("asks for every series' watched episodes with their times, and reads them per item", async () => {
    const body = {
      shows: [
        {
          status: 'completed',
          show: { title: 'Lost', ids: { simkl: 2090 } },
          seasons: [{ number: 1, episodes: [{ number: 1, watched_at: '2024-02-01T20:00:00Z' }] }],
        },
      ],
    };
    const { api, fake } = setup(json(200, body));
    const [lost] = await api.allItems({ type: 'shows', episodes: true });
    const query = only(fake.calls).url.searchParams;
    expect(query.get('extended')).toBe('full');
    expect(query.get('episode_watched_at')).toBe('yes');
    // Without it Simkl leaves out the seasons of completed and dropped series.
    expect(query.get('include_all_episodes')).toBe('yes');
    expect(lost?.episodes).toEqual({ 1: { 1: '2024-02-01T20:00:00Z' } });
  });

  it('never asks movies for episodes', async () => {
    const { api, fake } = setup(json(200, {}));
    await api.allItems({ type: 'movies', episodes: true });
    const query = only(fake.calls).url.searchParams;
    expect([query.get('extended'), query.get('episode_watched_at')]).toEqual([null, null]);
  });

  it('reads the whole library from /sync/all-items without a type', async () => {
    const { api, fake } = setup(json(200, {}));
    await api.allItems({});
    expect(only(fake.calls).url.pathname).toBe('/sync/all-items');
  });

  it('reads ids only for removals', async () => {
    const { api, fake } = setup(json(200, { movies: [{ movie: { ids: { simkl: 3 } } }] }));
    expect(await api.allItemIds('movies')).toEqual([{ type: 'movie', simkl: 3 }]);
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/sync/all-items/movies');
    expect(call.url.searchParams.get('extended')).toBe('simkl_ids_only');
  });

  it('reads rating deltas with GET and date_from', async () => {
    const { api, fake } = setup(json(200, {}));
    await api.ratings({ type: 'anime', dateFrom: '2026-01-01T00:00:00Z' });
    const call = only(fake.calls);
    expect(call.method).toBe('GET');
    expect(call.url.pathname).toBe('/sync/ratings/anime');
    expect(call.url.searchParams.get('date_from')).toBe('2026-01-01T00:00:00Z');
  });

  it('reads activities and user settings', async () => {
    const { api, fake } = setup();
    fake.route((call) =>
      call.url.pathname === '/users/settings'
        ? json(200, { user: { name: 'Ann' }, account: { id: 7 } })
        : json(200, { all: '2026-01-01T00:00:00Z' }),
    );
    expect((await api.activities()).all).toBe('2026-01-01T00:00:00Z');
    expect(await api.userSettings()).toEqual({ id: 7, name: 'Ann' });
    expect(fake.calls.map((call) => call.url.pathname)).toEqual(['/sync/activities', '/users/settings']);
  });
});

describe('catalog reads go without Authorization', () => {
  it('reads anime episodes', async () => {
    const { api, fake } = setup(json(200, [{ episode: 1, type: 'episode' }]));
    expect(await api.episodes('anime', 38207)).toEqual([{ type: 'episode', episode: 1 }]);
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/anime/episodes/38207');
    expect(call.headers.has('Authorization')).toBe(false);
  });

  it('reads public ratings', async () => {
    const { api, fake } = setup(json(200, { simkl: { rating: 8, votes: 3 } }));
    expect(await api.publicRatings(53536)).toEqual({ simkl: { rating: 8, votes: 3 } });
    expect(only(fake.calls).url.searchParams.get('simkl')).toBe('53536');
  });

  it("reads a catalogue record's ratings by IMDb id, linked to the title on simkl.com", async () => {
    const record = {
      ids: { simkl: 1234, slug: 'the-office' },
      ratings: { simkl: { rating: 8.4, votes: 9 } },
    };
    const { api, fake } = setup(json(200, record));
    expect(await api.catalogueRatings('show', 'tt0386676')).toEqual({
      simkl: { rating: 8.4, votes: 9 },
      link: 'https://simkl.com/tv/1234/the-office',
    });
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/tv/tt0386676');
    expect(call.headers.has('Authorization')).toBe(false);
  });

  it('answers null for an id the catalogue does not know', async () => {
    const { api } = setup(json(200, []));
    expect(await api.catalogueRatings('movie', 5)).toBeNull();
  });
});

describe('writes', () => {
  it('adds to a list, with anime in `shows` and ids without undefined', async () => {
    const { api, fake } = setup(
      json(201, { added: { movies: [], shows: [{ ids: { simkl: 5 }, to: 'watching' }] } }),
    );
    const result = await api.addToList([
      {
        type: 'movie',
        ids: { imdb: 'tt0133093', tmdb: undefined },
        to: 'plantowatch',
        title: 'The Matrix',
        year: 1999,
      },
      { type: 'anime', ids: { simkl: 5, mal: '11061' }, to: 'watching' },
    ]);
    const call = only(fake.calls);
    expect(call.method).toBe('POST');
    expect(call.url.pathname).toBe('/sync/add-to-list');
    expect(call.body).toEqual({
      movies: [{ ids: { imdb: 'tt0133093' }, title: 'The Matrix', year: 1999, to: 'plantowatch' }],
      shows: [{ ids: { simkl: 5, mal: '11061' }, to: 'watching' }],
    });
    expect(result.statuses).toEqual([{ simkl: 5, status: 'watching' }]);
  });

  it('marks watched through /sync/history with watched_at and seasons', async () => {
    const { api, fake } = setup(json(200, { added: { movies: 0, shows: 1 } }));
    await api.addToHistory([
      {
        type: 'show',
        ids: { simkl: 2090 },
        watchedAt: '2026-01-01T00:00:00Z',
        seasons: [{ number: 1, episodes: [{ number: 5 }] }],
      },
    ]);
    expect(only(fake.calls).body).toEqual({
      shows: [
        {
          ids: { simkl: 2090 },
          watched_at: '2026-01-01T00:00:00Z',
          seasons: [{ number: 1, episodes: [{ number: 5 }] }],
        },
      ],
    });
  });

  it.each([
    ['removeFromHistory', '/sync/history/remove'],
    ['removeRatings', '/sync/ratings/remove'],
  ] as const)('%s posts to %s', async (method, path) => {
    const { api, fake } = setup(json(200, { deleted: { movies: 1 }, not_found: { movies: [] } }));
    const result = await api[method]([{ type: 'movie', ids: { simkl: 1 } }]);
    expect(only(fake.calls).url.pathname).toBe(path);
    expect(only(fake.calls).body).toEqual({ movies: [{ ids: { simkl: 1 } }] });
    expect(result.notFound).toBe(0);
  });

  it('rates through /sync/ratings', async () => {
    const { api, fake } = setup(json(201, { added: { movies: 1 }, not_found: { movies: [] } }));
    await api.addRatings([{ type: 'movie', ids: { simkl: 1 }, rating: 8 }]);
    expect(only(fake.calls).body).toEqual({ movies: [{ ids: { simkl: 1 }, rating: 8 }] });
  });

  it('checks in through /scrobble/checkin with the episode', async () => {
    const { api, fake } = setup(json(201, { id: 1, action: 'checkin' }));
    await api.checkin({ type: 'show', ids: { simkl: 2090 }, season: 1, episode: 2 });
    const call = only(fake.calls);
    expect(call.url.pathname).toBe('/scrobble/checkin');
    expect(call.body).toEqual({ show: { ids: { simkl: 2090 } }, episode: { season: 1, number: 2 } });
  });

  it('checks in a movie', async () => {
    const { api, fake } = setup(json(201, {}));
    await api.checkin({ type: 'movie', ids: { imdb: 'tt0133093' } });
    expect(only(fake.calls).body).toEqual({ movie: { ids: { imdb: 'tt0133093' } } });
  });
});
