import { describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { parseActivities } from '../../../lib/simkl/parse-activities';
import { parseLibrary, parseLibraryIds, parseRatings } from '../../../lib/simkl/parse-library';

function kindOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SimklError ? error.kind : 'not a SimklError';
  }
  return undefined;
}

const SHOW_ENTRY = {
  added_to_watchlist_at: '2024-01-15T10:30:00.000Z',
  last_watched_at: '2024-02-01T20:00:00Z',
  user_rated_at: '2024-02-02T08:00:00Z',
  user_rating: 9,
  status: 'watching',
  last_watched: 'S01E04',
  next_to_watch: 'S01E05',
  watched_episodes_count: 4,
  total_episodes_count: 10,
  not_aired_episodes_count: 0,
  show: {
    title: 'Lost',
    poster: '12/12abc',
    year: 2004,
    ids: { simkl: 2090, slug: 'lost', imdb: 'tt0411008', tvdb: 73739 },
  },
};

describe('/sync/all-items with episodes', () => {
  const withSeasons = {
    ...SHOW_ENTRY,
    seasons: [
      {
        number: 1,
        episodes: [
          { number: 1, watched_at: '2024-01-20T21:00:00Z' },
          { number: 2, watched_at: null },
        ],
      },
      { number: 2, episodes: [{ number: '3', watched_at: '2024-02-01T20:00:00Z' }] },
    ],
  };

  it("reads a show's seasons into season → episode → watched_at (null without a date)", () => {
    const [lost] = parseLibrary({ shows: [withSeasons] }, { episodes: true });
    expect(lost?.episodes).toEqual({
      1: { 1: '2024-01-20T21:00:00Z', 2: null },
      2: { 3: '2024-02-01T20:00:00Z' },
    });
  });

  it('reads anime under season 1, a flat episodes list as season 1, and no seasons as nothing watched', () => {
    const anime = {
      ...SHOW_ENTRY,
      seasons: [{ number: 1, episodes: [{ number: 148, watched_at: '2024-03-01T12:00:00Z' }] }],
    };
    const flat = { ...SHOW_ENTRY, episodes: [{ number: 2 }] };
    const [one] = parseLibrary({ anime: [anime] }, { episodes: true });
    const [two, three] = parseLibrary({ shows: [flat, SHOW_ENTRY] }, { episodes: true });
    expect(one?.episodes).toEqual({ 1: { 148: '2024-03-01T12:00:00Z' } });
    expect(two?.episodes).toEqual({ 1: { 2: null } });
    expect(three?.episodes).toEqual({});
  });

  it('leaves episodes out unless asked, and for movies', () => {
    expect(parseLibrary({ shows: [withSeasons] })[0]).not.toHaveProperty('episodes');
    const movie = { status: 'completed', user_rating: null, movie: { title: 'M', ids: { simkl: 1 } } };
    expect(parseLibrary({ movies: [movie] }, { episodes: true })[0]).not.toHaveProperty('episodes');
  });

  it('leaves out, and counts, a show whose season is not an object', () => {
    const read = parseLibrary({ shows: [{ ...SHOW_ENTRY, seasons: [3] }] }, { episodes: true });
    expect([...read]).toEqual([]);
    expect(read.skipped).toBe(1);
  });
});

describe('/sync/all-items', () => {
  it.each([[null], [{}], [{ movies: [] }], [{ shows: null }]])('reads %j as an empty library', (body) => {
    expect(parseLibrary(body)).toEqual([]);
  });

  it('reads a show entry into a LibraryEntry', () => {
    expect(parseLibrary({ shows: [SHOW_ENTRY] })).toEqual([
      {
        type: 'show',
        ids: { simkl: 2090, slug: 'lost', imdb: 'tt0411008', tvdb: '73739' },
        title: 'Lost',
        year: 2004,
        poster: '12/12abc',
        status: 'watching',
        rating: 9,
        ratedAt: '2024-02-02T08:00:00Z',
        addedAt: '2024-01-15T10:30:00.000Z',
        lastWatchedAt: '2024-02-01T20:00:00Z',
        watchedEpisodes: 4,
        totalEpisodes: 10,
        notAiredEpisodes: 0,
        nextToWatch: 'S01E05',
        lastWatched: 'S01E04',
      },
    ]);
  });

  it('reads anime (nested under `show`) with the anime type lower-cased, and movies', () => {
    const entries = parseLibrary({
      anime: [
        {
          status: 'completed',
          user_rating: null,
          anime_type: 'OVA',
          show: { title: 'X', ids: { simkl: 5 } },
        },
      ],
      movies: [
        { status: 'plantowatch', user_rating: '7', movie: { title: 'M', ids: { simkl: '6', tmdb: 603 } } },
      ],
    });
    expect(
      entries.map((entry) => [entry.type, entry.ids.simkl, entry.status, entry.rating, entry.animeType]),
    ).toEqual([
      ['movie', 6, 'plantowatch', 7, undefined],
      ['anime', 5, 'completed', null, 'ova'],
    ]);
  });

  it('reads the legacy status notinteresting as dropped', () => {
    const [entry] = parseLibrary({ movies: [{ status: 'notinteresting', movie: { ids: { simkl: 1 } } }] });
    expect(entry?.status).toBe('dropped');
  });

  it.each([
    ['a string body', 'nope'],
    ['a list that is not a list', { shows: 'x' }],
  ])("rejects %s as 'invalid-response'", (_name, body) => {
    expect(kindOf(() => parseLibrary(body))).toBe('invalid-response');
  });

  it.each([
    ['an unknown status', { shows: [{ ...SHOW_ENTRY, status: 'binging' }] }],
    ['a rating of 11', { shows: [{ ...SHOW_ENTRY, user_rating: 11 }] }],
    ['an entry without media', { shows: [{ status: 'watching' }] }],
    [
      'an entry without a Simkl id',
      { shows: [{ ...SHOW_ENTRY, show: { title: 'Lost', ids: { slug: 'lost' } } }] },
    ],
    ['a date that is a number', { shows: [{ ...SHOW_ENTRY, last_watched_at: 12 }] }],
    ['an entry that is not an object', { shows: [7] }],
  ])('leaves out %s and counts it, keeping the rest of the answer', (_name, body) => {
    const good = { status: 'completed', movie: { ids: { simkl: 1 } } };
    const read = parseLibrary({ ...body, movies: [good] });
    expect(read.map((entry) => entry.ids.simkl)).toEqual([1]);
    expect(read.skipped).toBe(1);
  });

  it('counts nothing left out of a clean answer', () => {
    expect(parseLibrary({ shows: [SHOW_ENTRY] }).skipped).toBe(0);
  });

  it('reads an ids-only listing strictly: a row left out would read as a removal', () => {
    expect(kindOf(() => parseLibraryIds({ shows: [{ status: 'watching' }] }))).toBe('invalid-response');
  });

  it('reads an ids-only listing', () => {
    const body = {
      shows: [{ show: { ids: { simkl: 2090, slug: 'lost' } } }],
      movies: [{ movie: { ids: { simkl: 1 } } }],
    };
    expect(parseLibraryIds(body)).toEqual([
      { type: 'movie', simkl: 1 },
      { type: 'show', simkl: 2090 },
    ]);
    expect(parseLibraryIds(null)).toEqual([]);
  });
});

describe('/sync/ratings', () => {
  it('reads ratings, with a removal as rating null', () => {
    const body = {
      movies: [{ user_rating: 8, user_rated_at: '2024-01-01T00:00:00Z', movie: { ids: { simkl: 1 } } }],
      shows: [{ user_rating: null, user_rated_at: null, show: { ids: { simkl: 2 } } }],
    };
    expect(parseRatings(body)).toEqual([
      { type: 'movie', ids: { simkl: 1 }, rating: 8, ratedAt: '2024-01-01T00:00:00Z' },
      { type: 'show', ids: { simkl: 2 }, rating: null },
    ]);
    expect(parseRatings({})).toEqual([]);
  });

  it('leaves out, and counts, a rating out of range', () => {
    const read = parseRatings({
      movies: [
        { user_rating: 11, movie: { ids: { simkl: 1 } } },
        { user_rating: 7, movie: { ids: { simkl: 2 } } },
      ],
    });
    expect(read.map((entry) => entry.rating)).toEqual([7]);
    expect(read.skipped).toBe(1);
  });
});

describe('/sync/activities', () => {
  it('reads the current shape, tv_shows as shows', () => {
    const activities = parseActivities({
      all: '2026-01-02T00:00:00Z',
      settings: { all: '2025-12-01T00:00:00Z' },
      tv_shows: { all: '2026-01-02T00:00:00Z', rated_at: null, watching: '2026-01-02T00:00:00Z' },
      anime: { all: null },
      movies: { all: '2025-01-01T00:00:00Z', dropped: '2025-01-01T00:00:00Z' },
    });
    expect(activities.all).toBe('2026-01-02T00:00:00Z');
    expect(activities.settings).toBe('2025-12-01T00:00:00Z');
    expect(activities.shows.watching).toBe('2026-01-02T00:00:00Z');
    expect(activities.shows.rated_at).toBeNull();
    expect(activities.shows.removed_from_list).toBeNull();
    expect(activities.movies.dropped).toBe('2025-01-01T00:00:00Z');
    expect(activities.anime.all).toBeNull();
  });

  it('reads the 2020 shape: notinteresting, no settings', () => {
    const activities = parseActivities({ all: 'a', movies: { notinteresting: 'b' } });
    expect(activities.movies.dropped).toBe('b');
    expect(activities.settings).toBeNull();
  });

  it.each([[null], [[]], ['x'], [{ all: 5 }]])("rejects %j as 'invalid-response'", (body) => {
    expect(kindOf(() => parseActivities(body))).toBe('invalid-response');
  });
});
