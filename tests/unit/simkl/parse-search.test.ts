import { describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { normaliseIds, readType } from '../../../lib/simkl/parse-ids';
import { parseSearchById, parseSearchText } from '../../../lib/simkl/parse-search';

function kindOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return error instanceof SimklError ? error.kind : 'not a SimklError';
  }
  return undefined;
}

describe('ids', () => {
  it.each([
    [{ simkl: 53536, slug: 'the-matrix' }, 53536],
    [{ simkl_id: 53536 }, 53536],
    [{ simkl: '53536' }, 53536],
    [{ simkl_id: '53536', simkl: undefined }, 53536],
  ])('reads the Simkl id from %j as a number', (raw, simkl) => {
    expect(normaliseIds(raw, 'test').simkl).toBe(simkl);
  });

  it('turns every other id into a string and drops nulls', () => {
    const ids = normaliseIds(
      { simkl: 1, tmdb: 603, imdb: 'tt0133093', mal: 11061, tvdb: null, anidb: '' },
      't',
    );
    expect(ids).toEqual({ simkl: 1, tmdb: '603', imdb: 'tt0133093', mal: '11061' });
  });

  it.each([[null], [{}], [{ simkl: 0 }], [{ simkl: 'abc' }], [{ simkl: 1.5 }], ['53536']])(
    "rejects %j as 'invalid-response'",
    (raw) => {
      expect(kindOf(() => normaliseIds(raw, 'test'))).toBe('invalid-response');
    },
  );

  it.each([
    ['tv', 'show'],
    ['show', 'show'],
    ['shows', 'show'],
    ['TV', 'show'],
    ['movie', 'movie'],
    ['movies', 'movie'],
    ['anime', 'anime'],
    ['episode', undefined],
  ])('reads type %s as %s', (raw, type) => {
    expect(readType(raw)).toBe(type);
  });
});

describe('/search/id', () => {
  it.each([[null], [[]], [{}]])('reads %j as no match', (body) => {
    expect(parseSearchById(body)).toEqual([]);
  });

  it('normalises a 2020-style anime answer: upper-case anime_type, mal object, escaped poster', () => {
    const body = JSON.parse(
      '[{"type":"anime","title":"Hunter x Hunter","poster":"74\\/74415673dcdc9cdd","year":"2011","status":"ended",' +
        '"ids":{"simkl":"38207","slug":"hunter-x-hunter"},"anime_type":"TV","mal":{"id":11061,"type":"TV"}}]',
    );
    expect(parseSearchById(body)).toEqual([
      {
        type: 'anime',
        title: 'Hunter x Hunter',
        poster: '74/74415673dcdc9cdd',
        year: 2011,
        ids: { simkl: 38207, slug: 'hunter-x-hunter', mal: '11061' },
        animeType: 'tv',
      },
    ]);
  });

  it('reads tv as show', () => {
    const [item] = parseSearchById([{ type: 'tv', title: 'Lost', ids: { simkl: 2090 } }]);
    expect(item?.type).toBe('show');
  });

  it.each([
    ['a string'],
    [42],
    [[42]],
    [[{ type: 'book', ids: { simkl: 1 } }]],
    [[{ type: 'movie', ids: {} }]],
  ])("rejects garbage %j as 'invalid-response'", (body) => {
    expect(kindOf(() => parseSearchById(body))).toBe('invalid-response');
  });
});

describe('/search/{type}', () => {
  it('reads simkl_id, uses the asked type, and keeps tmdb as a string', () => {
    const results = parseSearchText(
      [
        {
          title: 'The Matrix',
          year: 1999,
          endpoint_type: 'movies',
          poster: 'a/b',
          ids: { simkl_id: 53536, tmdb: 603 },
        },
      ],
      'movie',
    );
    expect(results).toEqual([
      {
        simkl: 53536,
        type: 'movie',
        title: 'The Matrix',
        year: 1999,
        poster: 'a/b',
        ids: { simkl: 53536, tmdb: '603' },
      },
    ]);
  });

  it('ignores the anime result `type` field (it is the anime type)', () => {
    const [result] = parseSearchText([{ title: 'Naruto', type: 'tv', ids: { simkl_id: 1 } }], 'anime');
    expect(result?.type).toBe('anime');
  });
});
