/**
 * No accounts mixed in the queue: every write names the Simkl user who made it, and only that user's
 * session ever sends it. Another user signing in sees it as "waiting for Ana" (with Discard), never
 * in their own list, never coalesced with their own writes.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { type Accounts, ANA, BEN, createAccounts } from '../library/accounts';
import { entryOf, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';
import { createHarness, got, type Harness, matrix, matrixByImdb, WRITE_METHODS } from './harness';

let users: Accounts;
let h: Harness;

function writesOf(user: typeof ANA): string[] {
  return users
    .of(user)
    .calls.filter((call) => (WRITE_METHODS as readonly string[]).includes(call.method))
    .map((call) => call.method);
}

beforeEach(async () => {
  freshIndexedDb();
  users = createAccounts();
  users.of(ANA).seed(entryOf(GOT, { status: 'watching' }));
  users.signIn(ANA);
  h = createHarness({ accounts: users });
  await h.library.sync();
});

describe('writes belong to the user who made them', () => {
  it('waits for Ana while signed out, and sends nothing of hers under Ben', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 7 });
    users.signIn(undefined);
    await h.outbox.flush();
    expect(await h.outbox.pending()).toEqual({
      pending: 0,
      failed: 0,
      writes: [],
      waiting: [{ user: ANA.id, name: 'Ana', count: 2 }],
    });

    users.signIn(BEN);
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'completed' });
    await h.outbox.flush();
    expect(writesOf(BEN)).toEqual(['addToList']);
    expect(writesOf(ANA)).toEqual([]);
    expect(users.of(BEN).entry('movie', MATRIX.ids.simkl)?.status).toBe('completed');
    expect(users.of(BEN).entry('show', GOT.ids.simkl)).toBeNull();
    const seenByBen = await h.outbox.pending();
    expect(seenByBen.waiting).toEqual([{ user: ANA.id, name: 'Ana', count: 2 }]);
    expect(seenByBen.writes).toEqual([]);
    expect(await h.outbox.writesFor({ imdb: 'tt0133093' })).toEqual([]);

    users.signIn(ANA);
    await h.outbox.resumeSession();
    expect(writesOf(ANA)).toEqual(['addToList', 'addRatings']);
    expect(users.of(ANA).entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
    expect(users.of(ANA).entry('show', GOT.ids.simkl)).toMatchObject({ status: 'watching', rating: 7 });
    expect((await h.outbox.pending()).waiting).toBeUndefined();
  });

  it('keeps a write refused for the session (401) waiting for its user, not failed', async () => {
    users.of(ANA).fail('addToList', new SimklError('auth', 'Token revoked', { status: 401 }));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'hold' });
    await h.outbox.flush();
    users.signIn(undefined);
    expect(await h.outbox.pending()).toMatchObject({ failed: 0, waiting: [{ name: 'Ana', count: 1 }] });
    users.signIn(ANA);
    // Back at once, not after its backoff.
    await h.outbox.resumeSession();
    expect(writesOf(ANA)).toEqual(['addToList', 'addToList']);
    expect(users.of(ANA).entry('movie', MATRIX.ids.simkl)?.status).toBe('completed');
    expect((await h.outbox.pending()).writes).toEqual([]);
  });

  it('sends a write that backed off under the old session as soon as its user signs in again', async () => {
    users
      .of(ANA)
      .fail('addToList', new SimklError('rate-limit', 'Slow down', { status: 429, retryAfter: 120 }));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'dropped' });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 4 });
    await h.outbox.flush();
    expect(writesOf(ANA)).toEqual(['addToList']);
    users.signIn(undefined);
    users.signIn(ANA);
    await h.outbox.resumeSession();
    expect(writesOf(ANA)).toEqual(['addToList', 'addToList', 'addRatings']);
  });

  it('never sends a write when the account changes while it is being resolved', async () => {
    await h.outbox.enqueue(matrixByImdb, { kind: 'rate', rating: 6 });
    users.beforeCall((method) => {
      // Ben signs in while Ana's write looks its title up.
      if (method === 'searchById') users.signIn(BEN);
    });
    await h.outbox.flush();
    expect(writesOf(BEN)).toEqual([]);
    expect(writesOf(ANA)).toEqual([]);
    expect((await h.outbox.pending()).waiting).toEqual([{ user: ANA.id, name: 'Ana', count: 1 }]);
  });

  it("never lets Ben's write replace one of Ana's for the same title", async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    users.signIn(BEN);
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'dropped' });
    users.signIn(ANA);
    await h.outbox.flush();
    expect(users.of(ANA).entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
    expect((await h.outbox.pending()).waiting).toEqual([{ user: BEN.id, name: 'Ben', count: 1 }]);
  });

  it('discards the writes Ana left waiting, and only hers', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 7 });
    users.signIn(BEN);
    await h.outbox.enqueue(got, { kind: 'rate', rating: 3 });
    await h.outbox.discardWaiting(BEN.id);
    expect((await h.outbox.pending()).pending).toBe(1);
    await h.outbox.discardWaiting(ANA.id);
    const view = await h.outbox.pending();
    expect(view.waiting).toBeUndefined();
    expect(view.writes.map((write) => write.label)).toEqual(['Game of Thrones: rated 3/10']);
  });

  it('refuses a write while nobody is signed in', async () => {
    users.signIn(undefined);
    await expect(h.outbox.enqueue(matrix, { kind: 'rate', rating: 5 })).rejects.toMatchObject({
      kind: 'signed-out',
    });
  });
});
