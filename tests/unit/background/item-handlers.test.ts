import { beforeEach, describe, expect, it } from 'vitest';
import type { HandlerContext, ItemHandlers } from '../../../lib/background/intents/handler-types';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import { SimklError } from '../../../lib/errors';
import type { DetectedMedia } from '../../../lib/media';
import type { HistoryWrite } from '../../../lib/simkl/api';
import { entryOf, freshIndexedDb, GOT, MATRIX } from '../library/fixtures';
import { createHarness, type Harness, writeCalls } from '../outbox/harness';

const page: HandlerContext = { from: 'content', tabId: 1 };
const matrixPage: DetectedMedia = {
  site: 'imdb',
  kind: 'movie',
  ids: { imdb: 'tt0133093' },
  title: 'The Matrix',
  year: 1999,
};
const gotPage: DetectedMedia = {
  site: 'imdb',
  kind: 'show',
  ids: { imdb: 'tt0944947' },
  title: 'Game of Thrones',
};
const gotEpisode: DetectedMedia = {
  site: 'imdb',
  kind: 'episode',
  ids: { imdb: 'tt1480055' },
  show: { ids: { imdb: 'tt0944947' }, title: 'Game of Thrones' },
  season: 1,
  episode: 3,
};

let h: Harness;
let signedIn: boolean;
let handlers: ItemHandlers;

beforeEach(async () => {
  freshIndexedDb();
  h = createHarness();
  signedIn = true;
  handlers = createItemHandlers({ ...h, isSignedIn: () => signedIn });
  h.simkl.seed(
    entryOf(GOT, { status: 'watching', watchedEpisodes: 2, totalEpisodes: 73, nextToWatch: 'S01E03' }),
  );
  await h.library.sync();
  h.simkl.resetCalls();
});

function lastHistoryWrite(): HistoryWrite | undefined {
  return (h.simkl.callsOf('addToHistory').at(-1)?.args[0] as HistoryWrite[] | undefined)?.[0];
}

describe('status', () => {
  it('answers a known title from the mirror with no request at all', async () => {
    const view = await handlers.status({ media: gotPage }, page);
    expect(view).toMatchObject({
      signedIn: true,
      known: true,
      simkl: GOT.ids.simkl,
      type: 'show',
      status: 'watching',
      progress: { watched: 2, total: 73, next: 'S01E03' },
      pendingWrites: 0,
      url: `https://simkl.com/tv/${GOT.ids.simkl}`,
    });
    expect(h.simkl.calls).toEqual([]);
  });

  it('answers an episode page with its show', async () => {
    expect(await handlers.status({ media: gotEpisode }, page)).toMatchObject({
      simkl: GOT.ids.simkl,
      status: 'watching',
    });
    expect(h.simkl.calls).toEqual([]);
  });

  it('looks an unknown title up once and reports it as not in the lists', async () => {
    const view = await handlers.status({ media: matrixPage }, page);
    expect(view).toMatchObject({ known: true, simkl: MATRIX.ids.simkl, status: null, rating: null });
    expect(h.simkl.calls.map((call) => call.method)).toEqual(['searchById']);
  });

  it('still answers when the lookup is impossible (offline)', async () => {
    h.simkl.fail('searchById', new SimklError('offline', 'no network'));
    expect(await handlers.status({ media: matrixPage }, page)).toMatchObject({
      known: false,
      title: 'The Matrix',
    });
  });

  it('passes on why the session ended, so the page can say it', async () => {
    signedIn = false;
    const reason = 'Your Simkl session was revoked or expired. Sign in again.';
    const explained = createItemHandlers({
      ...h,
      isSignedIn: () => false,
      signedOutReason: async () => reason,
    });
    expect(await explained.status({ media: gotPage }, page)).toMatchObject({
      signedIn: false,
      signedOutReason: reason,
    });
    expect(h.simkl.calls).toEqual([]);
  });

  it('answers signed out without touching Simkl', async () => {
    signedIn = false;
    expect(await handlers.status({ media: gotPage }, page)).toEqual({
      signedIn: false,
      known: false,
      title: 'Game of Thrones',
      status: null,
      rating: null,
      pendingWrites: 0,
    });
    expect(h.simkl.calls).toEqual([]);
  });

  it('includes the last failure of a write for the item', async () => {
    h.simkl.fail('addRatings', new SimklError('bad-request', 'Rating refused'));
    await handlers.rate({ media: gotPage, rating: 3 }, page);
    await h.outbox.flush();
    expect(await handlers.status({ media: gotPage }, page)).toMatchObject({
      rating: null,
      pendingWrites: 0,
      failure: { kind: 'bad-request', message: 'Rating refused' },
    });
  });
});

describe('writes', () => {
  it('answers setStatus at once with the new state, before Simkl has it', async () => {
    const view = await handlers.setStatus({ media: matrixPage, status: 'plantowatch' }, page);
    expect(view).toMatchObject({ known: true, status: 'plantowatch', pendingWrites: 1 });
    expect(writeCalls(h)).toEqual([]);
    await h.outbox.flush();
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
    expect(await handlers.status({ media: matrixPage }, page)).toMatchObject({
      status: 'plantowatch',
      pendingWrites: 0,
    });
  });

  it("keeps showing a landed write while the sync after it has not brought Simkl's answer", async () => {
    h.simkl.fail('activities', new SimklError('offline', 'No network'), { times: 3 });
    await handlers.setStatus({ media: matrixPage, status: 'plantowatch' }, page);
    await h.outbox.flush();
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
    expect(await handlers.status({ media: matrixPage }, page)).toMatchObject({
      status: 'plantowatch',
      pendingWrites: 0,
    });
  });

  it('records a write for a title it could not resolve, and shows it optimistically', async () => {
    // Both lookups of the intent (before and after recording) find no network.
    h.simkl.fail('searchById', new SimklError('offline', 'no network'), { times: 2 });
    const view = await handlers.setStatus({ media: matrixPage, status: 'plantowatch' }, page);
    expect(view).toMatchObject({ known: false, status: 'plantowatch', pendingWrites: 1 });
    await h.outbox.flush();
    expect(h.simkl.entry('movie', MATRIX.ids.simkl)?.status).toBe('plantowatch');
  });

  it('refuses a status a movie cannot have', async () => {
    await expect(handlers.setStatus({ media: matrixPage, status: 'watching' }, page)).rejects.toMatchObject({
      kind: 'bad-request',
    });
  });

  it('refuses writes when signed out', async () => {
    signedIn = false;
    await expect(handlers.rate({ media: gotPage, rating: 8 }, page)).rejects.toMatchObject({
      kind: 'signed-out',
    });
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('rates, and a null rating removes it', async () => {
    expect(await handlers.rate({ media: gotPage, rating: 8 }, page)).toMatchObject({ rating: 8 });
    await h.outbox.flush();
    expect(await handlers.rate({ media: gotPage, rating: null }, page)).toMatchObject({ rating: null });
    await h.outbox.flush();
    expect(writeCalls(h)).toEqual(['addRatings', 'removeRatings']);
  });

  it('marks the episode of an episode page', async () => {
    const view = await handlers.markWatched({ media: gotEpisode }, page);
    expect(view.progress).toMatchObject({ watched: 3 });
    await h.outbox.flush();
    expect(lastHistoryWrite()?.seasons).toEqual([{ number: 1, episodes: [{ number: 3 }] }]);
  });

  it('marks the next episode, twice in a row without waiting for Simkl', async () => {
    await handlers.markWatched({ media: gotPage, scope: 'next' }, page);
    const second = await handlers.markWatched({ media: gotPage, scope: 'next' }, page);
    expect(second).toMatchObject({ pendingWrites: 2, progress: { watched: 4, next: 'S01E05' } });
    await h.outbox.flush();
    const episodes = h.simkl
      .callsOf('addToHistory')
      .map((call) => (call.args[0] as HistoryWrite[])[0]?.seasons);
    expect(episodes).toEqual([
      [{ number: 1, episodes: [{ number: 3 }] }],
      [{ number: 1, episodes: [{ number: 4 }] }],
    ]);
  });

  it('marks a whole show from its page, and a movie as watched', async () => {
    expect(await handlers.markWatched({ media: gotPage }, page)).toMatchObject({ status: 'completed' });
    expect(await handlers.markWatched({ media: matrixPage }, page)).toMatchObject({ status: 'completed' });
    await h.outbox.flush();
    expect(
      h.simkl.callsOf('addToHistory').map((call) => (call.args[0] as HistoryWrite[])[0]?.seasons),
    ).toEqual([undefined, undefined]);
  });

  it('refuses to mark an episode when the page names none', async () => {
    await expect(handlers.markWatched({ media: gotPage, scope: 'episode' }, page)).rejects.toMatchObject({
      kind: 'bad-request',
    });
  });

  it('removes from the list', async () => {
    expect(await handlers.removeFromList({ media: gotPage }, page)).toMatchObject({ status: null });
    await h.outbox.flush();
    expect(h.simkl.entry('show', GOT.ids.simkl)).toBeNull();
  });

  it('checks in to an episode', async () => {
    await handlers.checkin({ media: gotEpisode }, page);
    await h.outbox.flush();
    expect(h.simkl.checkins).toEqual([expect.objectContaining({ season: 1, episode: 3 })]);
  });
});

describe('queue and sync intents', () => {
  it('lists, retries and discards writes', async () => {
    h.simkl.fail('addToList', new SimklError('bad-request', 'Refused'), { times: 2 });
    await handlers.setStatus({ media: gotPage, status: 'hold' }, page);
    await h.outbox.flush();
    const listed = await handlers.pending({}, page);
    expect(listed).toMatchObject({ pending: 0, failed: 1 });
    expect(listed.writes[0]?.label).toBe('Game of Thrones (2011): On Hold');
    const id = listed.writes[0]!.id;
    await handlers.retryWrite({ id }, page);
    await h.outbox.flush();
    expect((await handlers.pending({}, page)).failed).toBe(1);
    expect(await handlers.discardWrite({ id }, page)).toEqual({ pending: 0, failed: 0, writes: [] });
  });

  it('syncs on demand and reports how it went', async () => {
    const done = await handlers.syncNow({}, page);
    expect(done.lastSyncAt).toBeDefined();
    expect(done.lastError).toBeUndefined();
    h.simkl.fail('activities', new SimklError('server', 'Simkl is down'));
    expect((await handlers.syncNow({}, page)).lastError).toEqual({
      kind: 'server',
      message: 'Simkl is down',
    });
  });

  it('says when a failed sync is tried again, and says nothing of it after a good one', async () => {
    const next = '2026-12-07T14:05:00.000Z';
    const timed = createItemHandlers({ ...h, isSignedIn: () => true, nextSync: async () => next });
    expect((await timed.syncNow({}, page)).nextSyncAt).toBeUndefined();
    h.simkl.fail('activities', new SimklError('server', 'Simkl is down'));
    expect(await timed.syncNow({}, page)).toMatchObject({ lastError: { kind: 'server' }, nextSyncAt: next });
  });
});
