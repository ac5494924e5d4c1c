/**
 * Signed in, but Simkl has not said who the user is yet (`/users/settings` failed, offline): a write is
 * kept for the session it was made in, shown but never sent; once the session names its user the write
 * gets that user and goes once. A session that ends before that leaves its writes to nobody: never sent
 * under the next account, only counted and discarded.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { openOutboxDb, readWrites } from '../../../lib/outbox/db';
import { type Accounts, ANA, BEN, createAccounts } from '../library/accounts';
import { freshIndexedDb, MATRIX } from '../library/fixtures';
import { createHarness, got, type Harness, matrix, WRITE_METHODS } from './harness';

let users: Accounts;
let h: Harness;

function writesOf(user: typeof ANA): string[] {
  return users
    .of(user)
    .calls.filter((call) => (WRITE_METHODS as readonly string[]).includes(call.method))
    .map((call) => call.method);
}

beforeEach(() => {
  freshIndexedDb();
  users = createAccounts();
  h = createHarness({ accounts: users });
  users.signIn(ANA, { named: false });
});

describe('a write made before Simkl names the signed-in user', () => {
  it('is kept and shown, sent only once the session names its user, and then once', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    expect(writesOf(ANA)).toEqual([]);
    expect(await h.outbox.pending()).toMatchObject({
      pending: 1,
      writes: [{ label: 'The Matrix (1999): Plan to Watch', state: 'queued' }],
    });
    expect(await h.outbox.writesFor({ imdb: 'tt0133093' })).toHaveLength(1);

    // A worker that restarts meanwhile finds it still held for the same session.
    const restarted = h.makeOutbox();
    await restarted.flush();
    expect(writesOf(ANA)).toEqual([]);

    users.nameUser();
    await restarted.flush();
    expect(writesOf(ANA)).toEqual(['addToList']);
    expect(users.of(ANA).entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
    expect(await restarted.pending()).toEqual({ pending: 0, failed: 0, writes: [] });
  });

  it('gets its user when the user is known, so it waits for them after a sign-out', async () => {
    await h.outbox.enqueue(got, { kind: 'rate', rating: 7 });
    users.nameUser();
    // Any look at the queue with the user known names the session's writes.
    await h.outbox.pending();
    expect((await readWrites(openOutboxDb()))[0]?.user).toEqual({ id: ANA.id, name: 'Ana' });

    users.signIn(undefined);
    expect(await h.outbox.pending()).toMatchObject({ writes: [], waiting: [{ user: ANA.id, count: 1 }] });
    users.signIn(BEN);
    await h.outbox.flush();
    expect(writesOf(BEN)).toEqual([]);
    users.signIn(ANA);
    await h.outbox.resumeSession();
    expect(writesOf(ANA)).toEqual(['addRatings']);
  });

  it('is never sent under the next account when the session ends before its user is known', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    users.signIn(undefined);
    expect(await h.outbox.pending()).toEqual({ pending: 0, failed: 0, writes: [], unclaimed: 1 });

    users.signIn(BEN);
    await h.outbox.enqueue(got, { kind: 'rate', rating: 3 });
    await h.outbox.flush();
    expect(writesOf(BEN)).toEqual(['addRatings']);
    // Not even the same user's next session may take it: nobody can tell it was theirs.
    users.signIn(ANA, { named: false });
    users.nameUser();
    await h.outbox.flush();
    expect(writesOf(ANA)).toEqual([]);
    expect(await h.outbox.pending()).toMatchObject({ pending: 0, writes: [], unclaimed: 1 });

    await h.outbox.discardUnclaimed();
    expect(await h.outbox.pending()).toEqual({ pending: 0, failed: 0, writes: [] });
    expect(await readWrites(openOutboxDb())).toEqual([]);
  });

  it("discards the unclaimed writes apart from another user's waiting ones", async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'hold' });
    users.signIn(BEN);
    await h.outbox.enqueue(got, { kind: 'rate', rating: 3 });
    users.signIn(undefined);
    expect(await h.outbox.pending()).toMatchObject({ unclaimed: 1, waiting: [{ user: BEN.id, count: 1 }] });
    await h.outbox.discardUnclaimed();
    expect(await h.outbox.pending()).toEqual({
      pending: 0,
      failed: 0,
      writes: [],
      waiting: [{ user: BEN.id, name: 'Ben', count: 1 }],
    });
    await h.outbox.discardWaiting(BEN.id);
    expect(await readWrites(openOutboxDb())).toEqual([]);
  });
});
