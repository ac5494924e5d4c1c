/**
 * The background keeps the title index in step with the mirror: after a full sync, a delta sync, an
 * optimistic write and its drop, a sign-out and another account, storage.local holds the signed-in
 * user's titles and nobody else's, and nothing but the index's own fields.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { scanLookup } from '../../../lib/title-index/decode';
import { TITLE_INDEX_KEY, TITLE_INDEX_USER_KEY, TITLE_INDEX_VERSION } from '../../../lib/title-index/format';
import { createTitleIndexReader } from '../../../lib/title-index/read';
import {
  createTitleIndexWriter,
  keepTitleIndex,
  type TitleIndexWriter,
} from '../../../lib/title-index/writer';
import { type Accounts, ANA, BEN, createAccounts } from '../library/accounts';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';

let users: Accounts;
let library: Library;
let writer: TitleIndexWriter;

const local = fakeBrowser.storage.local;
const everything = async () => local.get(null);
/** What a content script reads: the signed-in user's status of each title, by the page's ids. */
async function pageSees(ids: { imdb?: string; mal?: string }): Promise<string | null | undefined> {
  const find = await createTitleIndexReader(scanLookup, local).read();
  return find ? (find({ ids })?.status ?? null) : undefined;
}

beforeEach(async () => {
  freshIndexedDb();
  users = createAccounts();
  users.of(ANA).seed(entryOf(MATRIX, { status: 'completed', rating: 9 }));
  users.of(BEN).seed(entryOf(FMA, { status: 'plantowatch' }));
  users.signIn(ANA);
  library = createLibrary({ api: users.api, db: openLibraryDb(), currentUser: users.currentUser });
  writer = createTitleIndexWriter({ library, currentUser: users.currentUser, area: local });
  keepTitleIndex(writer, [library]);
  await library.sync();
  await vi.waitFor(async () => expect(await pageSees({ imdb: 'tt0133093' })).toBe('completed'));
});

// The writer rebuilds after each change on its own; a rebuild still queued when a test ends would
// write into the next test's storage (or the next file's). Its last run settles them all.
afterEach(() => writer.update());

describe('the title index follows the mirror', () => {
  it('after the full sync: the pointer names Ana, the index holds her titles and only its own fields', async () => {
    const stored = await everything();
    expect(Object.keys(stored).sort()).toEqual([TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY].sort());
    expect(stored[TITLE_INDEX_USER_KEY]).toEqual({ v: TITLE_INDEX_VERSION, user: ANA.id });
    expect(stored[TITLE_INDEX_KEY]).toEqual({
      v: TITLE_INDEX_VERSION,
      user: ANA.id,
      count: 1,
      rows: 'mc|9||||tt0133093|m603',
    });
  });

  it('after a delta sync', async () => {
    users.of(ANA).seed(entryOf(GOT, { status: 'watching' }));
    await library.sync();
    await vi.waitFor(async () => expect(await pageSees({ imdb: 'tt0944947' })).toBe('watching'));
  });

  it('after an optimistic write from the outbox, and after it is dropped', async () => {
    await library.applyLocal({ item: MATRIX, status: 'dropped' });
    await vi.waitFor(async () => expect(await pageSees({ imdb: 'tt0133093' })).toBe('dropped'));
    await library.dropLocal('movie', MATRIX.ids.simkl);
    await vi.waitFor(async () => expect(await pageSees({ imdb: 'tt0133093' })).toBe('completed'));
  });

  it('after a sign-out: no pointer and no index, so pages ask the background', async () => {
    users.signIn(undefined);
    await library.clear();
    await vi.waitFor(async () => expect(await everything()).toEqual({}));
    expect(await pageSees({ imdb: 'tt0133093' })).toBeUndefined();
  });

  it("for another account: Ben's index only, Ana's gone", async () => {
    users.signIn(BEN);
    await library.sync();
    await vi.waitFor(async () => expect(await pageSees({ mal: '5114' })).toBe('plantowatch'));
    expect(await pageSees({ imdb: 'tt0133093' })).toBeNull();
    expect(Object.keys(await everything()).sort()).toEqual([TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY].sort());
    expect((await everything())[TITLE_INDEX_KEY]).toMatchObject({ user: BEN.id });
  });

  it("for another account: drops another user's index kept under a key of its own (an older version's)", async () => {
    await local.set({ 'titleIndex:9': { v: 2, user: 9, count: 1, rows: 'mc|9||||tt0133093|m603' } });
    users.signIn(BEN);
    await library.sync();
    await vi.waitFor(async () => expect(await pageSees({ mal: '5114' })).toBe('plantowatch'));
    expect(Object.keys(await everything()).sort()).toEqual([TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY].sort());
  });

  it('never points a page at a user who is no longer signed in, even while rebuilding', async () => {
    users.signIn(BEN);
    await writer.update();
    expect(await everything()).toMatchObject({
      [TITLE_INDEX_USER_KEY]: { user: BEN.id },
      [TITLE_INDEX_KEY]: { user: BEN.id },
    });
  });
});

describe('at start-up', () => {
  it('rebuilds an index of another version', async () => {
    await local.set({ [TITLE_INDEX_USER_KEY]: { v: 0, user: ANA.id }, [TITLE_INDEX_KEY]: { v: 0 } });
    expect(await pageSees({ imdb: 'tt0133093' })).toBeUndefined();
    await writer.check();
    expect(await pageSees({ imdb: 'tt0133093' })).toBe('completed');
  });

  it("moves version 2's index from its user's key to the one key", async () => {
    await writer.update(); // the sync's own rebuilds are done
    await local.clear();
    const old = { v: 2, user: ANA.id, count: 1, rows: 'mc|9||||tt0133093|m603' };
    await local.set({ [TITLE_INDEX_USER_KEY]: { v: 2, user: ANA.id }, [`titleIndex:${ANA.id}`]: old });
    await writer.check();
    expect(Object.keys(await everything()).sort()).toEqual([TITLE_INDEX_USER_KEY, TITLE_INDEX_KEY].sort());
    expect(await pageSees({ imdb: 'tt0133093' })).toBe('completed');
  });

  it('leaves a current index alone (a waking worker writes nothing)', async () => {
    const set = vi.spyOn(local, 'set');
    await writer.check();
    expect(set).not.toHaveBeenCalled();
  });

  it('removes the index of a user who signed out while the worker slept', async () => {
    users.signIn(undefined);
    await writer.check();
    expect(await everything()).toEqual({});
  });
});
