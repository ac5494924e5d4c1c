/**
 * No accounts mixed in the mirror: it holds one Simkl user's lists. Another user signing in never
 * sees them and gets a full sync of their own; the same user coming back keeps theirs (a delta sync).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openLibraryDb } from '../../../lib/library/db';
import { createLibrary } from '../../../lib/library/library';
import type { Library } from '../../../lib/library/types';
import { type Accounts, ANA, BEN, createAccounts } from './accounts';
import type { FakeSimkl } from './fake-simkl';
import { entryOf, FMA, freshIndexedDb, GOT, MATRIX } from './fixtures';

let users: Accounts;
let library: Library;

function methodsOf(account: FakeSimkl): string[] {
  return account.calls.map(({ method, args }) =>
    method === 'allItems'
      ? `allItems ${(args[0] as { dateFrom?: string }).dateFrom ? 'delta' : 'full'}`
      : method,
  );
}

beforeEach(async () => {
  freshIndexedDb();
  users = createAccounts();
  users.of(ANA).seed(entryOf(MATRIX, { status: 'completed', rating: 9 }));
  users.of(ANA).seed(entryOf(GOT, { status: 'watching' }));
  users.of(BEN).seed(entryOf(FMA, { status: 'plantowatch' }));
  users.signIn(ANA);
  library = createLibrary({ api: users.api, db: openLibraryDb(), currentUser: users.currentUser });
  await library.sync();
  users.resetCalls();
});

describe('the mirror belongs to the signed-in user', () => {
  it("shows nothing of Ana's while signed out, and does not sync", async () => {
    users.signIn(undefined);
    expect(await library.lookup({ imdb: 'tt0133093' })).toBeNull();
    expect(await library.entries()).toEqual([]);
    expect(await library.syncState()).toEqual({});
    await expect(library.sync()).rejects.toMatchObject({ kind: 'signed-out' });
  });

  it("gives Ben none of Ana's lists, and a full sync of his own", async () => {
    users.signIn(BEN);
    expect(await library.lookup({ imdb: 'tt0133093' })).toBeNull();
    expect(await library.find({ imdb: 'tt0944947' }, 'show')).toBeNull();
    expect(await library.entries()).toEqual([]);
    await library.sync();
    expect((await library.entries()).map((entry) => entry.title)).toEqual([FMA.title]);
    expect(methodsOf(users.of(BEN))).toEqual([
      'activities',
      'allItems full',
      'allItems full',
      'allItems full',
    ]);
  });

  it('keeps Ana’s lists for Ana: back after a revocation, one delta sync finds nothing new', async () => {
    users.signIn(undefined);
    await library.entries();
    users.signIn(ANA);
    expect(await library.lookup({ imdb: 'tt0133093' })).toMatchObject({ status: 'completed', rating: 9 });
    await library.sync();
    expect(methodsOf(users.of(ANA))).toEqual(['activities']);
  });

  it("tells its listeners when Ben's first look empties Ana's mirror", async () => {
    let changes = 0;
    library.onChange(() => {
      changes += 1;
    });
    users.signIn(BEN);
    await library.entries();
    expect(changes).toBe(1);
  });

  it('lets a sync of Ana’s, still running when Ben takes over, write nothing into his mirror', async () => {
    users.of(ANA).seed(entryOf(FMA, { status: 'dropped' }));
    // Ana's sync is caught at its first list read, sent with her token; Ben signs in meanwhile.
    let release = () => {};
    const hold = new Promise<void>((resolve) => {
      release = resolve;
    });
    let caught = () => {};
    const reached = new Promise<void>((resolve) => {
      caught = resolve;
    });
    users.beforeCall(async (method) => {
      if (method !== 'allItems') return;
      users.beforeCall(undefined);
      caught();
      await hold;
    });
    const anasRun = library.sync();
    await reached;
    users.signIn(BEN);
    expect(await library.entries()).toEqual([]);
    release();
    await expect(anasRun).resolves.toEqual({ changed: false });
    expect(await library.entries()).toEqual([]);
    expect(await library.syncState()).toEqual({});
    // Ben's own sync is a full one: Ana's run saved no timestamps for him.
    await library.sync();
    expect((await library.entries()).map((entry) => `${entry.title} ${entry.status}`)).toEqual([
      `${FMA.title} plantowatch`,
    ]);
  });

  it('keeps optimistic changes to the signed-in user only', async () => {
    users.signIn(undefined);
    await library.applyLocal({ item: MATRIX, status: 'dropped' });
    users.signIn(ANA);
    expect(await library.lookup({ imdb: 'tt0133093' })).toMatchObject({ status: 'completed' });
  });
});
