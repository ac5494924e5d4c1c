import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import type { MediaIds, MediaKind } from '../../../lib/media';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';
import { COLLIDING_SHOW, entryOf, FMA, freshIndexedDb, GOT, MATRIX } from './fixtures';

let simkl: FakeSimkl;
let library: Library;

beforeEach(async () => {
  freshIndexedDb();
  simkl = createFakeSimkl();
  library = createLibrary({ api: simkl.api, db: openLibraryDb() });
  simkl.seed(entryOf(MATRIX, { status: 'completed', rating: 9 }));
  simkl.seed(entryOf(GOT, { status: 'watching' }));
  simkl.seed(entryOf(COLLIDING_SHOW, { status: 'hold' }));
  simkl.seed(entryOf(FMA, { status: 'plantowatch' }));
  await library.sync();
  simkl.resetCalls();
});

describe('lookup by every id kind, with no request', () => {
  const cases: Array<[string, MediaIds, MediaKind | undefined, number | null]> = [
    ['simkl', { simkl: MATRIX.ids.simkl }, undefined, MATRIX.ids.simkl],
    ['imdb', { imdb: 'tt0133093' }, 'movie', MATRIX.ids.simkl],
    ['imdb, upper case', { imdb: 'TT0133093' }, undefined, MATRIX.ids.simkl],
    ['tmdb movie', { tmdb: '603' }, 'movie', MATRIX.ids.simkl],
    ['tmdb tv with the same number', { tmdb: '603' }, 'show', COLLIDING_SHOW.ids.simkl],
    ['tmdb tv for an episode page', { tmdb: '1399' }, 'episode', GOT.ids.simkl],
    ['mal', { mal: '5114' }, 'anime', FMA.ids.simkl],
    ['netflix', { netflix: '70305903' }, undefined, GOT.ids.simkl],
    ['anidb', { anidb: '6107' }, 'anime', FMA.ids.simkl],
    ['tvdb', { tvdb: '121361' }, 'show', GOT.ids.simkl],
    ['a tvdb film id, numbered apart from series', { tvdb: '121361' }, 'movie', null],
    ['an unknown imdb id', { imdb: 'tt9999999' }, 'movie', null],
    ['a movie id asked as a show', { imdb: 'tt0133093' }, 'show', null],
  ];

  it.each(cases)('%s', async (_name, ids, kind, expected) => {
    const entry = await library.lookup(ids, kind);
    expect(entry?.ids.simkl ?? null).toBe(expected);
    expect(simkl.calls).toEqual([]);
  });

  it('returns the stored fields', async () => {
    expect(await library.lookup({ imdb: 'tt0133093' })).toMatchObject({
      type: 'movie',
      title: 'The Matrix',
      status: 'completed',
      rating: 9,
    });
  });

  it('find() tells the optimistic state from Simkl’s', async () => {
    await library.applyLocal({ item: MATRIX, rating: 4 });
    const found = await library.find({ imdb: 'tt0133093' }, 'movie');
    expect(found?.shown?.rating).toBe(4);
    expect(found?.truth?.rating).toBe(9);
  });

  it('drops index rows of removed items', async () => {
    simkl.remove('show', GOT.ids.simkl);
    await library.sync();
    expect(await library.lookup({ netflix: '70305903' })).toBeNull();
    expect(await library.lookup({ imdb: 'tt0944947' })).toBeNull();
  });
});

describe('applyLocal', () => {
  it('adds an unlisted item with its status and makes it findable by its ids', async () => {
    const item = { type: 'movie' as const, ids: { simkl: 5, imdb: 'tt0000005' }, title: 'Five' };
    await library.applyLocal({ item, status: 'plantowatch' });
    expect(await library.lookup({ imdb: 'tt0000005' })).toMatchObject({
      status: 'plantowatch',
      rating: null,
    });
    expect(await library.truth('movie', 5)).toBeNull();
  });

  it('removes an item locally, and dropLocal brings Simkl’s state back', async () => {
    await library.applyLocal({ item: GOT, removed: true });
    expect(await library.lookup({ imdb: 'tt0944947' })).toBeNull();
    await library.dropLocal('show', GOT.ids.simkl);
    expect(await library.lookup({ imdb: 'tt0944947' })).toMatchObject({ status: 'watching' });
  });

  it('notifies listeners', async () => {
    let notified = 0;
    library.onChange(() => {
      notified += 1;
    });
    await library.applyLocal({ item: MATRIX, rating: 2 });
    expect(notified).toBe(1);
  });
});
