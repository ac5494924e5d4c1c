import { del } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { type LibraryDb, openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import type { LibraryItem, ReadRows, SimklApi } from '../../../lib/simkl/api';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX, manualClock } from './fixtures';

/**
 * A library answer with rows the client could not read (an unknown status, a rating out of range):
 * the parser leaves them out and counts them (parse-library.test.ts); here the sync keeps going,
 * keeps what it had of those titles, and the sync state says how many were left out.
 */
let simkl: FakeSimkl;
let db: LibraryDb;
let library: Library;
/** Simkl ids whose rows the next answers carry unreadable. */
let unreadable: Set<number>;

function withUnreadableRows(api: SimklApi): SimklApi {
  return {
    ...api,
    async allItems(query) {
      const rows = await api.allItems(query);
      const kept: LibraryItem[] = rows.filter((row) => !unreadable.has(row.ids.simkl));
      const skipped = rows.length - kept.length;
      return Object.defineProperty(kept, 'skipped', { value: skipped }) as ReadRows<LibraryItem>;
    },
  };
}

beforeEach(() => {
  freshIndexedDb();
  simkl = createFakeSimkl();
  db = openLibraryDb();
  unreadable = new Set();
  library = createLibrary({ api: withUnreadableRows(simkl.api), db, clock: manualClock() });
});

describe('rows Simkl sent that could not be read', () => {
  it('syncs the rest and says how many were left out', async () => {
    simkl.seed(entryOf(MATRIX, { status: 'completed' }));
    simkl.seed(entryOf(GOT, { status: 'watching' }));
    unreadable.add(GOT.ids.simkl);
    await library.sync();
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed' });
    expect(await library.get('show', GOT.ids.simkl)).toBeNull();
    expect(await library.syncState()).toMatchObject({ skipped: 1 });
  });

  it('keeps a title it had when a full read cannot read its row, rather than dropping it as removed', async () => {
    simkl.seed(entryOf(MATRIX, { status: 'completed' }));
    simkl.seed(entryOf(FMA, { status: 'watching' }));
    await library.sync();
    unreadable.add(MATRIX.ids.simkl);
    await del('activities', db.meta); // the next run reads every type in full
    await library.sync();
    expect(await library.get('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed' });
    expect(await library.syncState()).toMatchObject({ skipped: 1 });
  });

  it('adds up over delta reads, and a clean full read starts the count again', async () => {
    simkl.seed(entryOf(MATRIX, { status: 'completed' }));
    unreadable.add(GOT.ids.simkl);
    await library.sync();
    simkl.seed(entryOf(GOT, { status: 'watching' }));
    await library.sync();
    expect(await library.syncState()).toMatchObject({ skipped: 1 });
    unreadable.clear();
    await del('activities', db.meta);
    await library.sync();
    expect((await library.syncState()).skipped).toBeUndefined();
    expect(await library.get('show', GOT.ids.simkl)).toMatchObject({ status: 'watching' });
  });
});
