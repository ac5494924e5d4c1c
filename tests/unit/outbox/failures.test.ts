import { beforeEach, describe, expect, it } from 'vitest';
import { type ErrorKind, SimklError } from '../../../lib/errors';
import { openOutboxDb, readWrites, saveWrite } from '../../../lib/outbox/db';
import { entryOf, freshIndexedDb, MATRIX } from '../library/fixtures';
import { createHarness, got, type Harness, matrix, writeCalls } from './harness';

let h: Harness;

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

/** An error after the request left: Simkl may or may not have applied it. */
function uncertain(kind: ErrorKind = 'server'): SimklError {
  return new SimklError(kind, 'The answer was lost.', { status: 504, uncertain: true });
}

async function onlyWrite() {
  const { writes } = await h.outbox.pending();
  expect(writes).toHaveLength(1);
  return writes[0]!;
}

describe('retrying with backoff', () => {
  it.each<[ErrorKind, number]>([
    ['rate-limit', 429],
    ['server', 503],
    ['app-limit', 412],
  ])('retries %s later, not at once', async (kind, status) => {
    h.simkl.fail('addRatings', new SimklError(kind, 'not now', { status }));
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 8 });
    await h.outbox.flush();
    expect(await onlyWrite()).toMatchObject({ state: 'queued', attempts: 1, error: { kind } });
    expect(h.timers.at(-1)?.delay).toBe(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addRatings')).toHaveLength(1);
    h.clock.advance(2000);
    h.timers.at(-1)?.wake();
    await h.outbox.flush();
    expect(h.simkl.callsOf('addRatings')).toHaveLength(2);
    expect((await h.outbox.pending()).pending).toBe(0);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.rating).toBe(8);
  });

  it('retries offline writes after checking they did not land, and once online fires', async () => {
    h.simkl.fail('addRatings', new SimklError('offline', 'Failed to fetch'));
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 8 });
    await h.outbox.flush();
    expect(await onlyWrite()).toMatchObject({ state: 'queued', error: { kind: 'offline' } });
    await h.outbox.online();
    expect(h.simkl.callsOf('addRatings')).toHaveLength(2);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.rating).toBe(8);
  });

  it('doubles the wait on each failure', async () => {
    h.simkl.fail('addToList', new SimklError('server', 'down'), { times: 3 });
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    for (let attempt = 0; attempt < 3; attempt += 1) {
      await h.outbox.flush();
      h.clock.advance(60_000);
    }
    expect(h.timers.map((timer) => timer.delay)).toEqual([2000, 4000, 8000]);
  });

  it('honours Retry-After', async () => {
    h.simkl.fail('addToList', new SimklError('rate-limit', 'daily limit', { status: 429, retryAfter: 3600 }));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    expect(h.timers.at(-1)?.delay).toBe(3_600_000);
    h.clock.advance(3_599_000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(1);
  });

  it('holds later writes back while the first one waits (order is kept)', async () => {
    h.simkl.fail('addToList', new SimklError('rate-limit', 'slow down'));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 7 });
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToList']);
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToList', 'addToList', 'addRatings']);
  });
});

describe('failing for good', () => {
  it.each<[ErrorKind, number]>([
    ['bad-request', 400],
    ['not-found', 404],
    ['bad-request', 403],
  ])('keeps a %s failure (%i) with its reason and undoes the optimistic state', async (kind, status) => {
    h.simkl.fail('addToList', new SimklError(kind, `refused ${status}`, { status }));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 7 });
    await h.outbox.flush();
    const view = await h.outbox.pending();
    expect(view).toMatchObject({ pending: 0, failed: 1 });
    expect(view.writes[0]).toMatchObject({ state: 'failed', error: { kind, message: `refused ${status}` } });
    // A failed write does not block the queue.
    expect(h.simkl.callsOf('addRatings')).toHaveLength(1);
    expect(await h.library.lookup({ imdb: 'tt0133093' })).toBeNull();
  });

  it('treats Simkl’s not_found echo as a failure', async () => {
    const unknownToSimkl = { type: 'movie' as const, ids: { simkl: 999 }, title: 'Ghost' };
    await h.outbox.enqueue(unknownToSimkl, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    expect(await onlyWrite()).toMatchObject({ state: 'failed', error: { kind: 'not-found' } });
  });

  it('retry(id) sends a failed write again', async () => {
    h.simkl.fail('addToList', new SimklError('auth', 'token revoked'));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    const { id } = await onlyWrite();
    await h.outbox.retry(id);
    expect(await h.library.lookup({ imdb: 'tt0133093' })).toMatchObject({ status: 'plantowatch' });
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(2);
    expect((await h.outbox.pending()).writes).toEqual([]);
  });

  it('discard(id) forgets a write and its optimistic state', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    const { id } = await onlyWrite();
    await h.outbox.discard(id);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual([]);
    expect(await h.library.lookup({ imdb: 'tt0133093' })).toBeNull();
  });
});

describe('writes with an uncertain outcome are never applied twice', () => {
  it('does not resend a write that did land although the answer was lost', async () => {
    h.simkl.fail('addToHistory', new SimklError('offline', 'connection reset'), { applied: true });
    await h.outbox.enqueue(got, { kind: 'watched', scope: 'episode', season: 1, episode: 1 });
    await h.outbox.flush();
    expect(await onlyWrite()).toMatchObject({ state: 'queued' });
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToHistory')).toHaveLength(1);
    expect(h.simkl.entry('show', got.ids.simkl!)?.watchedEpisodes).toBe(1);
    expect((await h.outbox.pending()).writes).toEqual([]);
  });

  it('resends one that did not land, after checking', async () => {
    h.simkl.fail('addRatings', uncertain());
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 8 });
    await h.outbox.flush();
    h.clock.advance(2000);
    await h.outbox.flush();
    const methods = h.simkl.calls.map((call) => call.method);
    expect(h.simkl.callsOf('addRatings')).toHaveLength(2);
    // Checked (activities) between the two sends.
    expect(methods.slice(methods.indexOf('addRatings') + 1, methods.lastIndexOf('addRatings'))).toContain(
      'activities',
    );
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.rating).toBe(8);
  });

  it('checks a write caught "sending" by a dying worker before sending it again', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'dropped' });
    const db = openOutboxDb();
    const [stored] = await readWrites(db);
    await saveWrite(db, { ...stored!, state: 'sending', before: null });
    // It had reached Simkl before the worker died.
    h.simkl.seed(entryOf(MATRIX, { status: 'dropped' }));
    const restarted = h.makeOutbox();
    await restarted.start();
    expect(h.simkl.callsOf('addToList')).toHaveLength(0);
    expect((await restarted.pending()).writes).toEqual([]);
    expect(await h.library.lookup({ imdb: 'tt0133093' })).toMatchObject({ status: 'dropped' });
  });

  it('sends a write caught "sending" that had not reached Simkl', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'dropped' });
    const db = openOutboxDb();
    const [stored] = await readWrites(db);
    await saveWrite(db, { ...stored!, state: 'sending', before: null });
    const restarted = h.makeOutbox();
    await restarted.start();
    expect(h.simkl.callsOf('addToList')).toHaveLength(1);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('dropped');
  });

  it('keeps it uncertain while the check itself cannot run', async () => {
    h.simkl.fail('addToList', new SimklError('offline', 'down'), { applied: true });
    h.simkl.fail('activities', new SimklError('offline', 'still down'));
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(1);
    h.clock.advance(10_000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList')).toHaveLength(1);
    expect((await h.outbox.pending()).writes).toEqual([]);
  });

  it.each([
    ['a 429', new SimklError('rate-limit', 'slow down', { status: 429, retryAfter: 3, uncertain: true })],
    [
      'the write lock',
      new SimklError('rate-limit', 'locked', { status: 400, retryAfter: 20, uncertain: true }),
    ],
  ])(
    'checks, after the wait, a write refused by %s that a hidden first copy had applied',
    async (_name, error) => {
      h.simkl.fail('addToList', error, { applied: true });
      await h.outbox.enqueue(matrix, { kind: 'status', status: 'hold' });
      await h.outbox.flush();
      const waiting = await onlyWrite();
      expect(waiting).toMatchObject({ state: 'queued', error: { kind: 'rate-limit' } });
      expect(h.timers.at(-1)?.delay).toBe((error.retryAfter ?? 0) * 1000);
      h.clock.advance((error.retryAfter ?? 0) * 1000);
      await h.outbox.flush();
      expect(h.simkl.callsOf('addToList')).toHaveLength(1);
      expect((await h.outbox.pending()).writes).toEqual([]);
      expect(await h.library.lookup({ imdb: 'tt0133093' })).toMatchObject({ status: 'completed' });
    },
  );

  it('asks the user before resending an uncertain check-in', async () => {
    h.simkl.fail('checkin', uncertain('offline'), { applied: true });
    await h.outbox.enqueue(got, { kind: 'checkin' });
    await h.outbox.flush();
    h.clock.advance(2000);
    await h.outbox.flush();
    expect(h.simkl.callsOf('checkin')).toHaveLength(1);
    expect(await onlyWrite()).toMatchObject({ state: 'failed', error: { kind: 'offline' } });
  });
});

describe('storing a write', () => {
  it('answers a stored write as stored even when the mirror cannot show it yet', async () => {
    h.library.applyLocal = () => Promise.reject(new Error('the mirror database is gone'));
    const write = await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    expect((await readWrites(openOutboxDb())).map((stored) => stored.id)).toEqual([write.id]);
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToList']);
  });
});
