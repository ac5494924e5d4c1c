import { beforeEach, describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX, manualClock } from './fixtures';

let simkl: FakeSimkl;
let library: Library;

/**
 * Simkl's stamps have whole seconds and date_from is strictly after: a delta asks from one second
 * before the saved stamp, so a change later in that same second is not skipped.
 */
function secondBefore(stamp: string | null | undefined): string {
  if (!stamp) throw new Error('no saved stamp');
  return new Date(Date.parse(stamp) - 1000).toISOString().replace('.000Z', 'Z');
}

function methods(): string[] {
  return simkl.calls.map((call) => call.method);
}

beforeEach(() => {
  freshIndexedDb();
  simkl = createFakeSimkl();
  library = createLibrary({ api: simkl.api, db: openLibraryDb(), clock: manualClock() });
});

describe('first sync', () => {
  it('reads activities, then every type in full without date_from', async () => {
    simkl.seed(entryOf(MATRIX, { status: 'completed', rating: 9 }));
    simkl.seed(entryOf(GOT, { status: 'watching' }));
    await library.sync();
    expect(methods()).toEqual(['activities', 'allItems', 'allItems', 'allItems']);
    expect(simkl.callsOf('allItems').map((call) => call.args[0])).toEqual([
      { type: 'movies' },
      // Series come with their watched episodes (the episode store follows the same deltas).
      { type: 'shows', episodes: true },
      { type: 'anime', episodes: true },
    ]);
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed', rating: 9 });
    expect(await library.get('show', GOT.ids.simkl)).toMatchObject({ status: 'watching' });
  });

  it.each([
    ['null', null],
    ['{}', {}],
  ])('takes an empty library answered as %s', async (_name, body) => {
    simkl.answerRaw('allItems', body);
    await expect(library.sync()).resolves.toEqual({ changed: false });
    expect(await library.lookup({ imdb: MATRIX.ids.imdb })).toBeNull();
    expect((await library.syncState()).lastSyncAt).toBeDefined();
  });

  it('with all-null activities (a brand new account) still works', async () => {
    await library.sync();
    simkl.resetCalls();
    await library.sync();
    expect(methods()).toEqual(['activities']);
  });
});

describe('later syncs', () => {
  beforeEach(async () => {
    simkl.seed(entryOf(MATRIX, { status: 'plantowatch' }));
    simkl.seed(entryOf(GOT, { status: 'watching', watchedEpisodes: 3 }));
    simkl.seed(entryOf({ type: 'show', ids: { simkl: 3, imdb: 'tt0000003' } }, { status: 'completed' }));
    await library.sync();
    simkl.resetCalls();
  });

  it('costs exactly one request when nothing moved', async () => {
    await expect(library.sync()).resolves.toEqual({ changed: false });
    expect(methods()).toEqual(['activities']);
  });

  it('fetches only the status that moved, from its saved timestamp', async () => {
    const saved = simkl.activities().movies.plantowatch;
    simkl.seed(
      entryOf({ ...MATRIX, ids: { simkl: 2, imdb: 'tt0000002' }, title: 'Two' }, { status: 'plantowatch' }),
    );
    await library.sync();
    expect(methods()).toEqual(['activities', 'allItems']);
    expect(simkl.callsOf('allItems')[0]?.args[0]).toEqual({
      type: 'movies',
      status: 'plantowatch',
      dateFrom: secondBefore(saved),
    });
    expect(await library.lookup({ imdb: 'tt0000002' })).toMatchObject({ title: 'Two' });
  });

  it('fetches the type once from the earliest saved timestamp when several statuses moved', async () => {
    const old = { ...simkl.activities().shows };
    simkl.seed(entryOf(GOT, { status: 'completed', watchedEpisodes: 73 }));
    await library.sync();
    expect(methods()).toEqual(['activities', 'allItems']);
    expect(old.watching).not.toBeNull();
    expect(Date.parse(old.watching!)).toBeLessThan(Date.parse(old.completed!));
    expect(simkl.callsOf('allItems')[0]?.args[0]).toEqual({
      type: 'shows',
      dateFrom: secondBefore(old.watching),
      episodes: true,
    });
    expect(await library.get('show', GOT.ids.simkl)).toMatchObject({
      status: 'completed',
      watchedEpisodes: 73,
    });
  });

  it('finds removals through the ids-only listing', async () => {
    simkl.remove('movie', MATRIX.ids.simkl);
    await expect(library.sync()).resolves.toEqual({ changed: true });
    expect(methods()).toEqual(['activities', 'allItemIds']);
    expect(simkl.callsOf('allItemIds')[0]?.args[0]).toBe('movies');
    expect(await library.lookup({ imdb: MATRIX.ids.imdb })).toBeNull();
    expect(await library.get('show', GOT.ids.simkl)).not.toBeNull();
  });

  it('reads ratings since the saved rated_at when only ratings moved', async () => {
    simkl.rate('movie', MATRIX.ids.simkl, 7);
    const before = simkl.callsOf('ratings').length;
    await library.sync();
    expect(methods()).toEqual(['activities', 'ratings']);
    expect(simkl.callsOf('ratings')).toHaveLength(before + 1);
    expect(simkl.callsOf('ratings')[0]?.args[0]).toEqual({ type: 'movies', dateFrom: undefined });
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ rating: 7 });

    const savedRatedAt = simkl.activities().movies.rated_at;
    simkl.rate('movie', MATRIX.ids.simkl, null);
    simkl.resetCalls();
    await library.sync();
    expect(simkl.callsOf('ratings')[0]?.args[0]).toEqual({
      type: 'movies',
      dateFrom: secondBefore(savedRatedAt),
    });
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ rating: null });
  });

  it('falls back to the type delta when only an unknown part of `all` moved', async () => {
    const activities = structuredClone(simkl.activities());
    const savedAll = activities.anime.all;
    activities.anime.all = '2030-01-01T00:00:00.000Z';
    simkl.setActivities(activities);
    await library.sync();
    expect(methods()).toEqual(['activities', 'allItems']);
    expect(simkl.callsOf('allItems')[0]?.args[0]).toEqual({
      type: 'anime',
      dateFrom: savedAll ?? undefined,
      episodes: true,
    });
  });

  it('ignores playback-only moves', async () => {
    const activities = structuredClone(simkl.activities());
    activities.shows.playback = '2030-01-01T00:00:00.000Z';
    activities.shows.all = '2030-01-01T00:00:00.000Z';
    simkl.setActivities(activities);
    await library.sync();
    expect(methods()).toEqual(['activities']);
  });
});

describe('sync bookkeeping', () => {
  it('saves the activities only after every step succeeded', async () => {
    simkl.seed(entryOf(FMA, { status: 'watching' }));
    simkl.fail('allItems', new SimklError('server', 'boom', { status: 500 }));
    await expect(library.sync()).rejects.toThrow('boom');
    expect((await library.syncState()).lastError).toEqual({ kind: 'server', message: 'boom' });
    simkl.resetCalls();
    await library.sync();
    // Still a first sync: everything again.
    expect(methods()).toEqual(['activities', 'allItems', 'allItems', 'allItems']);
    expect(await library.lookup({ mal: '5114' })).toMatchObject({ status: 'watching' });
    expect((await library.syncState()).lastError).toBeUndefined();
  });

  it('shares one run between concurrent callers', async () => {
    simkl.seed(entryOf(MATRIX));
    const [first, second] = await Promise.all([library.sync(), library.sync()]);
    expect(first).toBe(second);
    expect(simkl.callsOf('activities')).toHaveLength(1);
  });

  it('notifies listeners only when something changed', async () => {
    let notified = 0;
    library.onChange(() => {
      notified += 1;
    });
    simkl.seed(entryOf(MATRIX));
    await library.sync();
    expect(notified).toBe(1);
    await library.sync();
    expect(notified).toBe(1);
  });

  it('overwrites optimistic changes with Simkl’s truth', async () => {
    simkl.seed(entryOf(MATRIX, { status: 'plantowatch' }));
    await library.sync();
    await library.applyLocal({ item: MATRIX, status: 'dropped' });
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'dropped' });
    expect(await library.truth('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'plantowatch' });
    simkl.seed(entryOf(MATRIX, { status: 'completed' }));
    await library.sync();
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed' });
  });

  it('forgets everything on clear(), so the next sync is a full one', async () => {
    simkl.seed(entryOf(MATRIX));
    await library.sync();
    await library.clear();
    expect(await library.lookup({ imdb: MATRIX.ids.imdb })).toBeNull();
    simkl.resetCalls();
    await library.sync();
    expect(methods()).toEqual(['activities', 'allItems', 'allItems', 'allItems']);
  });

  it('keeps outbox-only entries when a full listing does not know them yet', async () => {
    await library.applyLocal({ item: GOT, status: 'plantowatch' });
    await library.sync();
    expect(await library.lookup({ imdb: GOT.ids.imdb })).toMatchObject({ status: 'plantowatch' });
  });
});
