/**
 * Writes and syncs in the right order, with Simkl's whole-second stamps (the fake stamps from the
 * harness clock): whatever lands when, the mirror ends showing Simkl's state, and an uncertain
 * write is checked against a sync that can see it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { SimklError } from '../../../lib/errors';
import { errorForStatus } from '../../../lib/simkl/error-map';
import { entryOf, freshIndexedDb, MATRIX } from '../library/fixtures';
import { createHarness, type Harness, matrix } from './harness';

let h: Harness;

beforeEach(async () => {
  freshIndexedDb();
  h = createHarness({ sameClock: true });
  h.simkl.seed(entryOf(MATRIX, { status: 'plantowatch' }));
  h.clock.advance(10_000);
  await h.library.sync();
});

const shown = () => h.library.get('movie', MATRIX.ids.simkl);

describe('writes and syncs in the same second', () => {
  it('shows Simkl’s state after two writes to one title in the same second', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'completed' });
    await h.outbox.flush();
    expect(await shown()).toMatchObject({ status: 'completed' });
    // The user changes their mind within that second: Simkl's stamps stay as they were.
    const stamps = structuredClone(h.simkl.activities());
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    expect(h.simkl.activities()).toEqual(stamps);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
    expect(await h.library.truth('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'plantowatch' });
    expect(await shown()).toMatchObject({ status: 'plantowatch' });
  });

  it('shows a write that landed while a sync was under way, once that sync is over', async () => {
    // A sync (the popup's, an alarm's) reads /sync/activities and is still at work …
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const read = h.simkl.api.activities;
    h.simkl.api.activities = async () => {
      const answer = await read();
      h.simkl.api.activities = read;
      await gate;
      return answer;
    };
    const popupSync = h.library.sync();
    await new Promise((resolve) => setTimeout(resolve, 0));
    // … when a write lands, and the outbox asks for the sync after it.
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'dropped' });
    const sending = h.outbox.flush();
    await new Promise((resolve) => setTimeout(resolve, 0));
    release();
    await Promise.all([popupSync, sending]);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('dropped');
    expect(await h.library.truth('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'dropped' });
    expect(await shown()).toMatchObject({ status: 'dropped' });
  });
});

describe('an uncertain write whose answer was lost in the saved second', () => {
  it.each([500, 502, 503, 504])('is not sent again after a %i that Simkl had applied', async (status) => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'completed' });
    await h.outbox.flush();
    // Same second: this write leaves the stamps as the sync above saved them.
    h.simkl.fail('addToList', errorForStatus(status, {}, { uncertain: true }), { applied: true });
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    expect((await h.outbox.pending()).writes).toEqual([
      expect.objectContaining({ state: 'queued', error: expect.objectContaining({ kind: 'server' }) }),
    ]);
    h.clock.advance(2_000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(2);
    expect((await h.outbox.pending()).writes).toEqual([]);
    expect(await shown()).toMatchObject({ status: 'plantowatch' });
  });

  it('is not sent again after a dropped connection once Simkl had applied it', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 6 });
    await h.outbox.flush();
    const dropped = new SimklError('offline', 'The connection dropped.', { uncertain: true });
    h.simkl.fail('addRatings', dropped, { applied: true });
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 9 });
    await h.outbox.flush();
    h.clock.advance(2_000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addRatings')).toHaveLength(2);
    expect(await shown()).toMatchObject({ rating: 9 });
  });
});
