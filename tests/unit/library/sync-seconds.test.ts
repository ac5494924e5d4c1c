/**
 * Simkl's activity stamps have whole seconds, a second write in the same second leaves them as
 * they were, and date_from is strictly after. The fake here stamps from the test's clock, so
 * writes in one second share a stamp, as they do on Simkl.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';
import { entryOf, freshIndexedDb, GOT, MATRIX, type ManualClock, manualClock } from './fixtures';

const TWO = { type: 'movie' as const, ids: { simkl: 2, imdb: 'tt0000002' }, title: 'Two' };

let clock: ManualClock;
let simkl: FakeSimkl;
let library: Library;

beforeEach(async () => {
  freshIndexedDb();
  clock = manualClock(Date.UTC(2026, 2, 1, 12, 0, 0, 100));
  simkl = createFakeSimkl({ clock });
  library = createLibrary({ api: simkl.api, db: openLibraryDb(), clock });
  simkl.seed(entryOf(MATRIX, { status: 'plantowatch' }));
  await library.sync();
  simkl.resetCalls();
});

/** Holds /sync/activities' answer (read at the call) until `open()`: a sync under way. */
function holdActivities() {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  const read = simkl.api.activities;
  simkl.api.activities = async () => {
    const answer = await read();
    await gate;
    simkl.api.activities = read;
    return answer;
  };
  return { open: () => open() };
}

describe('whole-second stamps', () => {
  it('does not skip a change made later in the saved stamp’s own second', async () => {
    // Same second as the sync above: the stamps stay, so this sync cannot see it yet …
    simkl.seed(entryOf(TWO, { status: 'plantowatch' }));
    await library.sync();
    expect(await library.lookup({ imdb: 'tt0000002' })).toBeNull();
    // … but the next change to that list brings it, though date_from is strictly after.
    clock.advance(5_000);
    simkl.seed(entryOf({ ...TWO, ids: { simkl: 3, imdb: 'tt0000003' }, title: 'Three' }));
    await library.sync();
    expect(await library.lookup({ imdb: 'tt0000002' })).toMatchObject({ title: 'Two' });
    expect(await library.lookup({ imdb: 'tt0000003' })).toMatchObject({ title: 'Three' });
  });

  it('fetches a type a write of ours touched though no stamp moved', async () => {
    simkl.seed(entryOf(MATRIX, { status: 'completed' }));
    simkl.seed(entryOf(MATRIX, { status: 'plantowatch' }));
    const stamps = structuredClone(simkl.activities());
    await library.sync({ touched: [{ type: 'movie' }] });
    expect(simkl.activities()).toEqual(stamps);
    expect(simkl.callsOf('allItems').map((call) => call.args[0])).toEqual([
      { type: 'movies', dateFrom: '2026-03-01T11:59:59Z' },
    ]);
    expect(await library.truth('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'plantowatch' });
  });

  it('lists the ids for a removal of ours in the saved second, and ratings for a rating', async () => {
    simkl.seed(entryOf(GOT, { status: 'watching' }));
    clock.advance(1_000);
    await library.sync();
    simkl.rate('show', GOT.ids.simkl, 9);
    await library.sync();
    simkl.rate('show', GOT.ids.simkl, 4);
    simkl.remove('movie', MATRIX.ids.simkl);
    simkl.resetCalls();
    await library.sync({
      touched: [
        { type: 'show', ratings: true },
        { type: 'movie', removal: true },
      ],
    });
    expect(simkl.calls.map((call) => call.method).sort()).toEqual(
      ['activities', 'allItemIds', 'allItems', 'allItems', 'ratings'].sort(),
    );
    expect(await library.lookup({ imdb: MATRIX.ids.imdb })).toBeNull();
    expect(await library.get('show', GOT.ids.simkl)).toMatchObject({ rating: 4 });
  });

  it('still costs one request when nothing moved and nothing of ours landed', async () => {
    await library.sync();
    expect(simkl.calls.map((call) => call.method)).toEqual(['activities']);
  });
});

describe('the sync after a write', () => {
  it('never counts a run that read Simkl before the write landed', async () => {
    clock.advance(3_000);
    const held = holdActivities();
    const earlier = library.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // The write lands while that run waits with the answer it read before.
    simkl.seed(entryOf(MATRIX, { status: 'dropped' }));
    const after = library.sync({ fresh: true });
    held.open();
    await earlier;
    await after;
    expect(simkl.callsOf('activities')).toHaveLength(2);
    expect(await library.truth('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'dropped' });
  });

  it('shares one later run among the fresh requests made during a run', async () => {
    const held = holdActivities();
    const earlier = library.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    const [first, second] = [library.sync({ fresh: true }), library.sync({ touched: [{ type: 'show' }] })];
    held.open();
    await Promise.all([earlier, first, second]);
    // One run for the plain request, one later run shared by both fresh ones (sync() is async: the
    // mirror's owner is checked first, so the shared run shows in the calls, not in one promise).
    expect(simkl.callsOf('activities')).toHaveLength(2);
    // The touches of every request reach that run.
    expect(simkl.callsOf('allItems').map((call) => call.args[0])).toEqual([
      { type: 'shows', dateFrom: undefined, episodes: true },
    ]);
  });
});
