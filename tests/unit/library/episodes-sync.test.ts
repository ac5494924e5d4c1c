// The mirror's watched episodes follow Simkl by the same activities / date_from deltas as the lists.
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX, manualClock } from './fixtures';

const LOST = { type: 'show' as const, ids: { simkl: 2090, imdb: 'tt0411008' }, title: 'Lost', year: 2004 };
const AT = '2024-02-01T20:00:00Z';

let simkl: FakeSimkl;
let library: Library;

beforeEach(() => {
  freshIndexedDb();
  simkl = createFakeSimkl();
  library = createLibrary({ api: simkl.api, db: openLibraryDb(), clock: manualClock() });
  simkl.seed({ ...entryOf(GOT, { status: 'watching' }), episodes: { 1: { 1: AT, 2: AT } } });
  simkl.seed({ ...entryOf(LOST, { status: 'completed' }), episodes: { 1: { 1: AT } } });
  simkl.seed({ ...entryOf(FMA, { status: 'watching' }), episodes: { 1: { 1: AT, 2: null } } });
  simkl.seed(entryOf(MATRIX, { status: 'completed' }));
});

const allItemsQueries = () => simkl.callsOf('allItems').map((call) => call.args[0]);

describe('the first sync', () => {
  it("keeps every series' watched episodes with their times, anime under season 1", async () => {
    await library.sync();
    expect(await library.episodes('show', GOT.ids.simkl)).toEqual({ 1: { 1: AT, 2: AT } });
    expect(await library.episodes('show', LOST.ids.simkl)).toEqual({ 1: { 1: AT } });
    expect(await library.episodes('anime', FMA.ids.simkl)).toEqual({ 1: { 1: AT, 2: null } });
    expect(await library.episodes('movie', MATRIX.ids.simkl)).toBeNull();
    // The entry itself stays small: no episodes in it.
    expect(await library.get('show', GOT.ids.simkl)).not.toHaveProperty('episodes');
  });
});

describe('later syncs', () => {
  beforeEach(async () => {
    await library.sync();
    simkl.resetCalls();
  });

  it('re-reads a show that changed alone and replaces its episodes; the others stay', async () => {
    await simkl.api.addToHistory([
      { type: 'show', ids: { simkl: GOT.ids.simkl }, seasons: [{ number: 1, episodes: [{ number: 3 }] }] },
    ]);
    simkl.resetCalls();
    await library.sync();
    const [query] = allItemsQueries();
    expect(query).toMatchObject({ type: 'shows', status: 'watching', episodes: true });
    expect(query).toHaveProperty('dateFrom');
    expect(simkl.callsOf('allItems')).toHaveLength(1);
    expect(Object.keys((await library.episodes('show', GOT.ids.simkl))?.[1] ?? {})).toEqual(['1', '2', '3']);
    expect(await library.episodes('show', LOST.ids.simkl)).toEqual({ 1: { 1: AT } });
    expect(await library.episodes('anime', FMA.ids.simkl)).toEqual({ 1: { 1: AT, 2: null } });
  });

  it('drops an episode unwatched on Simkl (the delta brings the show without it)', async () => {
    await simkl.api.removeFromHistory([
      { type: 'anime', ids: { simkl: FMA.ids.simkl }, seasons: [{ number: 1, episodes: [{ number: 2 }] }] },
    ]);
    await library.sync();
    expect(allItemsQueries()).toEqual([expect.objectContaining({ type: 'anime', episodes: true })]);
    expect(await library.episodes('anime', FMA.ids.simkl)).toEqual({ 1: { 1: AT } });
  });

  it('forgets the episodes of a series removed from the lists', async () => {
    simkl.remove('show', LOST.ids.simkl);
    await library.sync();
    expect(simkl.callsOf('allItemIds')).toHaveLength(1);
    expect(await library.get('show', LOST.ids.simkl)).toBeNull();
    expect(await library.episodes('show', LOST.ids.simkl)).toBeNull();
    expect(await library.episodes('show', GOT.ids.simkl)).toEqual({ 1: { 1: AT, 2: AT } });
  });

  it('a sync with nothing changed reads no episodes', async () => {
    await library.sync();
    expect(simkl.calls.map((call) => call.method)).toEqual(['activities']);
  });
});

describe('optimistic episode writes', () => {
  beforeEach(() => library.sync());
  const item = GOT;

  it("shows an episode marked by a pending write at once, with the write's time", async () => {
    await library.applyLocal({ item, watched: { season: 2, episode: 1 }, at: '2024-06-01T10:00:00Z' });
    expect(await library.episodes('show', GOT.ids.simkl)).toEqual({
      1: { 1: AT, 2: AT },
      2: { 1: '2024-06-01T10:00:00Z' },
    });
  });

  it('counts only the episodes a batch really adds or takes back', async () => {
    const before = (await library.get('show', GOT.ids.simkl))?.watchedEpisodes ?? 0;
    const watchedEpisodes = [
      { season: 1, episode: 2 },
      { season: 1, episode: 3 },
      { season: 1, episode: 4 },
    ];
    await library.applyLocal({ item, watchedEpisodes, at: '2024-06-01T10:00:00Z' });
    expect((await library.get('show', GOT.ids.simkl))?.watchedEpisodes).toBe(before + 2);
    await library.applyLocal({
      item,
      unwatchedEpisodes: [
        { season: 1, episode: 1 },
        { season: 3, episode: 1 },
      ],
    });
    expect((await library.get('show', GOT.ids.simkl))?.watchedEpisodes).toBe(before + 1);
    expect(Object.keys((await library.episodes('show', GOT.ids.simkl))?.[1] ?? {})).toEqual(['2', '3', '4']);
  });

  it("drops the optimistic episodes with the write (Simkl's stay)", async () => {
    await library.applyLocal({ item, unwatchedEpisodes: [{ season: 1, episode: 1 }] });
    await library.dropLocal('show', GOT.ids.simkl);
    expect(await library.episodes('show', GOT.ids.simkl)).toEqual({ 1: { 1: AT, 2: AT } });
  });

  it("the sync after the write replaces the optimistic episodes with Simkl's", async () => {
    await library.applyLocal({ item, unwatchedEpisodes: [{ season: 1, episode: 2 }] });
    await simkl.api.removeFromHistory([
      { type: 'show', ids: { simkl: GOT.ids.simkl }, seasons: [{ number: 1, episodes: [{ number: 2 }] }] },
    ]);
    await library.sync({ touched: [{ type: 'show' }] });
    expect(await library.episodes('show', GOT.ids.simkl)).toEqual({ 1: { 1: AT } });
  });
});
