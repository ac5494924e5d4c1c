/**
 * Simkl's 400s for a malformed write or read (docs/simkl-api.md, Status codes and errors: `empty_field`, `wrong_parameter`;
 * a bad `date_from`), through the real client: the transport does not retry them, the outbox keeps
 * the write as failed for good with Simkl's own words, and a sync records the reason.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import type { WriteAction, WriteTarget } from '../../../lib/outbox/types';
import type { SimklApi } from '../../../lib/simkl/api';
import { createSimklApi } from '../../../lib/simkl/client';
import { createTransport } from '../../../lib/simkl/transport';
import { entryOf, FMA, freshIndexedDb, MATRIX } from '../library/fixtures';
import { createClock, createFetch, json } from '../simkl/fakes';
import { createHarness, got, type Harness, matrix } from './harness';

let h: Harness;

/** The real client over a fetch that refuses every request with Simkl's 400 envelope. */
function refusingClient(code: string, message: string) {
  const clock = createClock();
  const fake = createFetch(clock, json(400, { error: code, code: 400, message }));
  const transport = createTransport({
    clientId: () => 'cid',
    appVersion: '1',
    fetch: fake.fetch,
    clock: clock.now,
    sleep: clock.sleep,
    tokens: {
      getAccessToken: async () => 'token',
      refreshAfterUnauthorized: async () => null,
      revoked: async () => undefined,
    },
  });
  return { client: createSimklApi(transport), fake };
}

/** The outbox and mirror on the fake Simkl, except that `method` goes through the refusing client. */
function refuse(method: keyof SimklApi, code: string, message: string) {
  const { client, fake } = refusingClient(code, message);
  Object.assign(h.simkl.api, { [method]: client[method] });
  return fake;
}

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

describe('a malformed write', () => {
  const cases: Array<{
    method: keyof SimklApi;
    target: WriteTarget;
    action: WriteAction;
    code: string;
    message: string;
  }> = [
    {
      method: 'addToList',
      target: matrix,
      action: { kind: 'status', status: 'plantowatch' },
      code: 'empty_field',
      message: 'Missed "to" parameter',
    },
    {
      method: 'addToList',
      target: matrix,
      action: { kind: 'status', status: 'dropped' },
      code: 'wrong_parameter',
      message: 'Wrong "movies" parameter',
    },
    {
      method: 'addRatings',
      target: got,
      action: { kind: 'rate', rating: 8 },
      code: 'empty_field',
      message: 'Missed "rating" parameter',
    },
    {
      method: 'addToHistory',
      target: got,
      action: { kind: 'watched', scope: 'episode', season: 1, episode: 2 },
      code: 'wrong_parameter',
      message: 'Wrong "watched_at" parameter',
    },
  ];
  it.each(cases)('$method refused with $code fails for good, once, with Simkl’s reason', async (refusal) => {
    const { method, target, action, code, message } = refusal;
    const fake = refuse(method, code, message);
    await h.outbox.enqueue(target, action);
    await h.outbox.flush();
    const { writes, failed, pending } = await h.outbox.pending();
    expect({ failed, pending }).toEqual({ failed: 1, pending: 0 });
    expect(writes[0]).toMatchObject({
      state: 'failed',
      attempts: 1,
      error: { kind: 'bad-request', message: `Simkl refused the request (${message}).` },
    });
    // Not sent again by anything but the user's Retry: no timer, no later flush.
    expect(h.timers.filter((timer) => !timer.cancelled)).toEqual([]);
    h.clock.advance(60 * 60_000);
    await h.outbox.flush();
    expect(fake.calls).toHaveLength(1);
    // The optimistic state is undone: the mirror shows Simkl's (empty) state again.
    expect(await h.library.get(target.type!, target.ids.simkl!)).toBeNull();
  });
});

describe('a bad date_from', () => {
  it('fails the sync as bad-request, once, and keeps the reason for the popup', async () => {
    h.simkl.seed(entryOf(FMA, { status: 'watching' }));
    h.simkl.seed(entryOf(MATRIX, { status: 'plantowatch' }));
    await h.library.sync();
    // A later change: the delta asks with date_from, which this Simkl finds malformed.
    h.simkl.seed(entryOf({ ...MATRIX, ids: { simkl: 2 }, title: 'Two' }, { status: 'plantowatch' }));
    const fake = refuse('allItems', 'wrong_parameter', 'Wrong "date_from" parameter');
    await expect(h.library.sync()).rejects.toMatchObject({ kind: 'bad-request', code: 'wrong_parameter' });
    expect(fake.calls).toHaveLength(1);
    expect(fake.calls[0]?.url.searchParams.has('date_from')).toBe(true);
    expect((await h.library.syncState()).lastError).toEqual({
      kind: 'bad-request',
      message: 'Simkl refused the request (Wrong "date_from" parameter).',
    });
  });
});
