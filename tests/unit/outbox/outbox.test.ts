import { beforeEach, describe, expect, it } from 'vitest';
import type { ListWrite, RatingWrite } from '../../../lib/simkl/api';
import { freshIndexedDb, MATRIX } from '../library/fixtures';
import { createHarness, got, type Harness, matrix, matrixByImdb, writeCalls } from './harness';

let h: Harness;

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

describe('recording', () => {
  it('stores a write before sending and answers optimistically in the mirror', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    expect(writeCalls(h)).toEqual([]);
    expect((await h.outbox.pending()).writes).toEqual([
      expect.objectContaining({ state: 'queued', label: 'The Matrix (1999): Plan to Watch', attempts: 0 }),
    ]);
    expect(await h.library.lookup({ imdb: 'tt0133093' })).toMatchObject({ status: 'plantowatch' });
  });

  it('survives a restart: a new outbox on the same database sends what the old one stored', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 8 });
    const restarted = h.makeOutbox();
    expect((await restarted.pending()).pending).toBe(1);
    await restarted.flush();
    expect(writeCalls(h)).toEqual(['addRatings']);
    expect((await restarted.pending()).pending).toBe(0);
  });

  it('notifies listeners when the queue changes', async () => {
    let notified = 0;
    h.outbox.onChange(() => {
      notified += 1;
    });
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 8 });
    expect(notified).toBe(1);
    await h.outbox.flush();
    expect(notified).toBeGreaterThan(1);
  });

  it('lists the writes about an item by any of its ids', async () => {
    await h.outbox.enqueue(matrixByImdb, { kind: 'rate', rating: 8 });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 6 });
    expect(await h.outbox.writesFor({ imdb: 'tt0133093' })).toHaveLength(1);
    expect(await h.outbox.writesFor({ simkl: got.ids.simkl })).toHaveLength(1);
    expect(await h.outbox.writesFor({ imdb: 'tt9999999' })).toHaveLength(0);
  });
});

describe('sending', () => {
  it('sends in the order recorded and leaves Simkl in the intended state', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(got, { kind: 'watched', scope: 'episode', season: 1, episode: 1 });
    await h.outbox.enqueue(matrix, { kind: 'watched', scope: 'item' });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 9 });
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addToList', 'addToHistory', 'addToHistory', 'addRatings']);
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed' });
    expect(h.simkl.entry('show', got.ids.simkl!)).toMatchObject({
      status: 'watching',
      rating: 9,
      watchedEpisodes: 1,
    });
  });

  it('never has two writes in flight', async () => {
    const auto = createHarness({ autoFlush: true });
    let inFlight = 0;
    let most = 0;
    const original = auto.simkl.api.addRatings;
    auto.simkl.api.addRatings = async (items) => {
      inFlight += 1;
      most = Math.max(most, inFlight);
      await new Promise((resolve) => setTimeout(resolve, 5));
      inFlight -= 1;
      return original(items);
    };
    await Promise.all([
      auto.outbox.enqueue(matrix, { kind: 'rate', rating: 5 }),
      auto.outbox.enqueue(got, { kind: 'rate', rating: 6 }),
    ]);
    await auto.outbox.enqueue(
      { ...matrix, ids: { simkl: 38236 }, type: 'anime' },
      { kind: 'rate', rating: 7 },
    );
    await auto.outbox.flush();
    expect(most).toBe(1);
    expect(auto.simkl.callsOf('addRatings')).toHaveLength(3);
  });

  it('syncs the mirror after writes land, then shows Simkl’s own state', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'watching' });
    await h.outbox.flush();
    const methods = h.simkl.calls.map((call) => call.method);
    expect(methods.indexOf('activities')).toBeGreaterThan(methods.indexOf('addToList'));
    expect(await h.library.truth('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed' });
    expect(await h.library.get('movie', MATRIX.ids.simkl)).toMatchObject({ status: 'completed' });
  });

  it('resolves a write recorded with external ids only, at send time', async () => {
    await h.outbox.enqueue(matrixByImdb, { kind: 'status', status: 'plantowatch' });
    await h.outbox.flush();
    expect(h.simkl.callsOf('searchById')[0]?.args[0]).toEqual({ imdb: 'tt0133093' });
    const sent = h.simkl.callsOf('addToList')[0]?.args[0] as ListWrite[];
    expect(sent[0]).toMatchObject({ type: 'movie', to: 'plantowatch', ids: { simkl: MATRIX.ids.simkl } });
  });

  it('fails a write whose title Simkl does not know', async () => {
    await h.outbox.enqueue(
      { kind: 'movie', ids: { imdb: 'tt7777777' } },
      { kind: 'status', status: 'plantowatch' },
    );
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual([]);
    expect((await h.outbox.pending()).writes[0]).toMatchObject({
      state: 'failed',
      error: { kind: 'not-found' },
    });
  });

  it('sends check-ins with the episode', async () => {
    await h.outbox.enqueue(got, { kind: 'checkin', season: 2, episode: 3 });
    await h.outbox.flush();
    expect(h.simkl.checkins).toEqual([expect.objectContaining({ season: 2, episode: 3, type: 'show' })]);
  });
});

describe('coalescing unsent writes to the same item', () => {
  it('keeps only the last of two ratings', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 6 });
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 9 });
    expect((await h.outbox.pending()).pending).toBe(1);
    await h.outbox.flush();
    const calls = h.simkl.callsOf('addRatings');
    expect(calls).toHaveLength(1);
    const sent = calls[0]?.args[0] as RatingWrite[] | undefined;
    expect(sent?.[0]?.rating).toBe(9);
  });

  it('keeps only the last of two statuses', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'dropped' });
    await h.outbox.flush();
    expect(h.simkl.callsOf('addToList').map((call) => (call.args[0] as ListWrite[])[0]?.to)).toEqual([
      'dropped',
    ]);
  });

  it('sends only the removal after an unsent add', async () => {
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'plantowatch' });
    await h.outbox.enqueue(matrix, { kind: 'remove' });
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['removeFromHistory']);
    expect(await h.library.lookup({ imdb: 'tt0133093' })).toBeNull();
  });

  it('lets an unrating replace an unsent rating', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 6 });
    await h.outbox.enqueue(matrix, { kind: 'unrate' });
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['removeRatings']);
  });

  it('matches the same item recorded by an external id and by its Simkl id', async () => {
    await h.outbox.enqueue(matrixByImdb, { kind: 'rate', rating: 6 });
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 7 });
    expect((await h.outbox.pending()).pending).toBe(1);
  });

  it('leaves other items, other kinds of write and watched episodes alone', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 6 });
    await h.outbox.enqueue(got, { kind: 'rate', rating: 7 });
    await h.outbox.enqueue(matrix, { kind: 'status', status: 'completed' });
    await h.outbox.enqueue(got, { kind: 'watched', scope: 'episode', season: 1, episode: 1 });
    await h.outbox.enqueue(got, { kind: 'watched', scope: 'episode', season: 1, episode: 2 });
    expect((await h.outbox.pending()).pending).toBe(5);
  });

  it('does not coalesce with a write that may already have reached Simkl', async () => {
    await h.outbox.enqueue(matrix, { kind: 'rate', rating: 6 });
    const restartedMidSend = h.makeOutbox();
    const { writes } = await restartedMidSend.pending();
    // Mark it as caught mid-send by a dying worker.
    const { openOutboxDb, saveWrite, readWrites } = await import('../../../lib/outbox/db');
    const db = openOutboxDb();
    const [stored] = await readWrites(db);
    await saveWrite(db, { ...stored!, state: 'sending' });
    await restartedMidSend.enqueue(matrix, { kind: 'rate', rating: 9 });
    expect(writes).toHaveLength(1);
    expect((await restartedMidSend.pending()).pending).toBe(2);
  });
});
