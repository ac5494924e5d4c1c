import { describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { parseEpisodes, parsePublicRatings } from '../../../lib/simkl/parse-catalog';
import { parseUserSettings } from '../../../lib/simkl/parse-user';
import { parseWriteResult } from '../../../lib/simkl/parse-write';

function kindOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SimklError ? error.kind : 'not a SimklError';
  }
  return undefined;
}

describe('write results', () => {
  it.each([[null], [{}]])('reads an empty body %j as success with nothing to report', (body) => {
    expect(parseWriteResult(body)).toEqual({ notFound: 0, statuses: [] });
  });

  it('reads /sync/history: counts, statuses and not_found', () => {
    const result = parseWriteResult({
      added: {
        movies: 1,
        shows: 1,
        episodes: 0,
        statuses: [
          { request: { ids: { simkl: 2090 } }, response: { status: 'watching', simkl_type: 'tv' } },
          { request: { ids: { imdb: 'tt1' } }, response: { status: 'completed' } },
        ],
      },
      not_found: { movies: [{ ids: { imdb: 'tt0' } }], shows: [], episodes: [{}, {}] },
    });
    expect(result).toEqual({
      notFound: 3,
      statuses: [{ simkl: 2090, status: 'watching' }, { status: 'completed' }],
    });
  });

  it('reads /sync/add-to-list echoes with `to` (the status Simkl actually applied)', () => {
    const result = parseWriteResult({
      added: { movies: [{ ids: { simkl: '53536' }, to: 'completed', type: 'movie' }], shows: [] },
      not_found: { movies: [], shows: [] },
    });
    expect(result).toEqual({ notFound: 0, statuses: [{ simkl: 53536, status: 'completed' }] });
  });

  it('reads removals', () => {
    expect(
      parseWriteResult({ deleted: { movies: 1, shows: 0 }, not_found: { movies: [], shows: [{}] } }),
    ).toEqual({
      notFound: 1,
      statuses: [],
    });
  });

  it.each([['done'], [[1, 2]], [7]])("rejects %j as 'invalid-response'", (body) => {
    expect(kindOf(() => parseWriteResult(body))).toBe('invalid-response');
  });
});

describe('/users/settings', () => {
  it('reads the user, making a protocol-relative avatar https', () => {
    const user = parseUserSettings({
      user: { name: 'Ann', avatar: '//simkl.in/avatars/1/1abc_100.jpg', age: '30 years' },
      account: { id: '1234', timezone: 'Europe/Paris', type: 'free' },
      connections: { facebook: false },
    });
    expect(user).toEqual({
      id: 1234,
      name: 'Ann',
      avatar: 'https://simkl.in/avatars/1/1abc_100.jpg',
      timezone: 'Europe/Paris',
    });
  });

  it("rejects an answer without an account id as 'invalid-response'", () => {
    expect(kindOf(() => parseUserSettings({ user: { name: 'Ann' } }))).toBe('invalid-response');
  });
});

describe('catalog', () => {
  it('reads episodes and specials', () => {
    expect(
      parseEpisodes([
        {
          title: 'Pilot',
          season: 1,
          episode: 1,
          type: 'episode',
          aired: true,
          img: '1/1a',
          ids: { simkl_id: 9 },
        },
        { title: 'Special', type: 'special', aired: false },
      ]),
    ).toEqual([
      { type: 'episode', season: 1, episode: 1, title: 'Pilot', aired: true, image: '1/1a', simkl: 9 },
      { type: 'special', title: 'Special', aired: false },
    ]);
  });

  it('reads public ratings with the capitalised IMDB key', () => {
    expect(
      parsePublicRatings({
        id: 1,
        link: 'https://simkl.com/movies/1',
        simkl: { rating: 7.9, votes: 10 },
        IMDB: { rating: 8.1, votes: 20 },
        rank: { type: 'movie', value: 12 },
        droprate: '3.2%',
      }),
    ).toEqual({
      simkl: { rating: 7.9, votes: 10 },
      imdb: { rating: 8.1, votes: 20 },
      rank: 12,
      droprate: '3.2%',
      link: 'https://simkl.com/movies/1',
    });
  });
});
