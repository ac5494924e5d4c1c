// The first full sync writes each type in one IndexedDB transaction (entries, id index and episodes).
import { IDBDatabase } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { LibraryEntry, SimklItem, SimklType } from '../../../lib/media';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';
import { entryOf, freshIndexedDb, manualClock } from './fixtures';

interface Opened {
  stores: string[];
  mode: string;
}

let opened: Opened[];
let simkl: FakeSimkl;

function item(type: SimklType, index: number): SimklItem {
  const simkl = 1_000_000 * (type === 'movie' ? 1 : type === 'show' ? 2 : 3) + index;
  return { type, ids: { simkl, imdb: `tt${simkl}` }, title: `${type} ${index}` };
}

/** Every transaction the code opens, with its stores and mode. */
function countTransactions(): void {
  const original = IDBDatabase.prototype.transaction;
  vi.spyOn(IDBDatabase.prototype, 'transaction').mockImplementation(function (
    this: IDBDatabase,
    stores: string | string[],
    mode?: IDBTransactionMode,
  ) {
    opened.push({ stores: [stores].flat(), mode: mode ?? 'readonly' });
    return original.call(this, stores, mode);
  } as typeof original);
}

const writesTo = (store: string) =>
  opened.filter((tx) => tx.mode === 'readwrite' && tx.stores.includes(store));

beforeEach(() => {
  freshIndexedDb();
  opened = [];
  simkl = createFakeSimkl();
  const series = (
    type: SimklType,
    index: number,
  ): LibraryEntry & { episodes: Record<number, Record<number, string>> } => ({
    ...entryOf(item(type, index), { status: 'watching' }),
    episodes: {
      1: Object.fromEntries(Array.from({ length: 20 }, (_, e) => [e + 1, '2024-01-01T00:00:00Z'])),
    },
  });
  for (let index = 0; index < 300; index += 1)
    simkl.seed(entryOf(item('movie', index), { status: 'completed' }));
  for (let index = 0; index < 200; index += 1) simkl.seed(series('show', index));
  for (let index = 0; index < 100; index += 1) simkl.seed(series('anime', index));
  countTransactions();
});
afterEach(() => vi.restoreAllMocks());

describe('the first full sync', () => {
  it('writes each type in one transaction over entries, ids and episodes, not one per item or store', async () => {
    const library = createLibrary({ api: simkl.api, db: openLibraryDb(), clock: manualClock() });
    await library.sync();
    expect(writesTo('entries')).toEqual([
      { stores: ['entries', 'ids', 'episodes'], mode: 'readwrite' },
      { stores: ['entries', 'ids', 'episodes'], mode: 'readwrite' },
      { stores: ['entries', 'ids', 'episodes'], mode: 'readwrite' },
    ]);
    expect(writesTo('ids')).toHaveLength(3);
    expect(writesTo('episodes')).toHaveLength(3);
    // Everything landed: 600 entries, every series' 20 episodes, the id index.
    expect(await library.entries()).toHaveLength(600);
    expect(Object.keys((await library.episodes('anime', 3_000_099))?.[1] ?? {})).toHaveLength(20);
    expect(await library.lookup({ imdb: 'tt2000199' })).toMatchObject({ title: 'show 199' });
  });

  it('drops a series the ids listing no longer has, episodes and index rows too, in one transaction', async () => {
    const library = createLibrary({ api: simkl.api, db: openLibraryDb(), clock: manualClock() });
    await library.sync();
    simkl.remove('show', 2_000_000);
    opened = [];
    await library.sync();
    expect(writesTo('entries')).toHaveLength(1);
    expect(await library.get('show', 2_000_000)).toBeNull();
    expect(await library.episodes('show', 2_000_000)).toBeNull();
    expect(await library.lookup({ imdb: 'tt2000000' })).toBeNull();
  });
});
