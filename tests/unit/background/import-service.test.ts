import { createStore } from 'idb-keyval';
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createImportService } from '../../../lib/background/import/import-service';
import type { ListStatus } from '../../../lib/media';
import type { ImportShowData } from '../../../lib/messaging';
import type { Resolver } from '../../../lib/resolve';
import type { NetflixViewing } from '../../../lib/sites/netflix/history';

const at = (day: number) => `2025-03-${String(day).padStart(2, '0')}T20:00:00.000Z`;
const viewings: NetflixViewing[] = [
  { videoId: '20557937', title: 'The Matrix', watchedAt: at(1) },
  { videoId: '70131314', title: 'Inception', watchedAt: at(2) },
  { videoId: '99', title: 'A Quiet Film', watchedAt: at(3) },
  { videoId: '11', seriesId: '80057281', seriesTitle: 'Stranger Things', title: 'One', watchedAt: at(4) },
  { videoId: '12', seriesId: '80057281', seriesTitle: 'Stranger Things', title: 'Two', watchedAt: at(5) },
  { videoId: '13', seriesId: '80057281', seriesTitle: 'Stranger Things', title: 'Lost', watchedAt: at(6) },
];
const shows: ImportShowData[] = [
  {
    netflix: '80057281',
    title: 'Stranger Things',
    year: 2016,
    episodes: [
      ['11', 1, 1],
      ['12', 1, 2],
    ],
  },
];
const SIMKL: Record<string, { simkl: number; type: 'movie' | 'show' }> = {
  '20557937': { simkl: 1, type: 'movie' },
  '70131314': { simkl: 2, type: 'movie' },
  '80057281': { simkl: 3, type: 'show' },
};

function setup(signedIn = true) {
  const resolver: Resolver = {
    resolve: vi.fn(async (media) => {
      const match = SIMKL[media.ids.netflix ?? ''];
      return match ? { type: match.type, ids: { simkl: match.simkl } } : null;
    }),
  };
  const library = {
    // No series in progress here (tests/unit/import/mirror-watched.test.ts has the per-episode rule).
    episodes: async () => null,
    // The Matrix is completed on Simkl already.
    entries: async () => [
      { type: 'movie' as const, ids: { simkl: 1 }, status: 'completed' as const, rating: null },
    ],
  };
  const api = {
    postHistory: vi.fn(async (_body: object) => ({ added: 0, notFound: 1, statuses: [] })),
    watched: vi.fn(async (items: object[]) =>
      items.map(() => ({ watched: true, notFound: false, list: 'completed' as ListStatus | null })),
    ),
  };
  const tabs = { find: vi.fn(async () => 7 as number | null), openHistory: vi.fn(async () => {}) };
  const service = createImportService({
    api,
    resolver,
    library,
    tabs,
    isSignedIn: async () => signedIn,
    store: createStore(`import-test-${Math.random()}`, 'jobs'),
    wait: async () => {},
  });
  return { service, api, resolver, tabs };
}

describe('the import in the background', () => {
  it('previews without writing: new items, what is already watched skipped, what is unknown listed', async () => {
    const { service, api, resolver } = setup();
    const view = await service.history({ viewings, shows });
    expect(view).toEqual({
      phase: 'preview',
      summary: {
        viewings: 6,
        movies: 3,
        episodes: 3,
        shows: 1,
        fresh: 3,
        unmatched: ['Stranger Things: Lost', 'A Quiet Film'],
      },
    });
    expect(resolver.resolve).toHaveBeenCalledTimes(4);
    expect(api.postHistory).not.toHaveBeenCalled();
  });

  it('imports on the go: one batch, each item with its Netflix date, then done', async () => {
    const { service, api } = setup();
    await service.history({ viewings, shows });
    const started = await service.start();
    expect(started.phase).toBe('importing');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect(api.postHistory.mock.calls[0]?.[0]).toEqual({
      movies: [
        { ids: { simkl: 2, netflix: '70131314' }, title: 'Inception', watched_at: at(2) },
        { ids: { netflix: '99' }, title: 'A Quiet Film', watched_at: at(3) },
      ],
      shows: [
        {
          ids: { simkl: 3, netflix: '80057281' },
          title: 'Stranger Things',
          year: 2016,
          seasons: [
            {
              number: 1,
              episodes: [
                { number: 1, watched_at: at(4) },
                { number: 2, watched_at: at(5) },
              ],
            },
          ],
        },
      ],
    });
    expect(await service.view()).toEqual({ phase: 'done', progress: { sent: 4, total: 4 }, notFound: 1 });
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeUndefined();
  });

  it('keeps the job and sets the alarm when Simkl cannot be reached, then resumes, asking first', async () => {
    const { service, api } = setup();
    await service.history({ viewings, shows });
    api.postHistory.mockRejectedValueOnce(new Error('offline'));
    await service.start();
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('waiting'));
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeDefined();
    await service.resume();
    // Simkl says it all landed (the lost answer was a success): nothing is posted again.
    expect(api.watched).toHaveBeenCalledTimes(1);
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect((await service.view()).phase).toBe('done');
  });

  it('says why when the page could not read the history, or the user is signed out of Simkl', async () => {
    expect(await setup().service.history({ failure: 'signed-out' })).toEqual({
      phase: 'failed',
      failure: 'signed-out',
    });
    const signedOut = setup(false);
    expect(await signedOut.service.history({ viewings, shows })).toEqual({
      phase: 'failed',
      failure: 'signed-out-simkl',
    });
    await expect(signedOut.service.start()).rejects.toThrow(/Read the Netflix history first/);
  });

  it('hands a read the popup asked for to the history page once', async () => {
    const { service, tabs } = setup();
    expect(await service.read()).toMatchObject({ phase: 'reading', netflixTab: true });
    expect(tabs.openHistory).toHaveBeenCalledWith(7);
    expect((await service.state(true)).readRequested).toBe(true);
    expect((await service.state(true)).readRequested).toBeUndefined();
    tabs.find.mockResolvedValueOnce(null);
    expect(await service.withTab()).toMatchObject({ netflixTab: false });
  });

  it('never starts a second job over an unfinished one', async () => {
    const { service, api } = setup();
    await service.history({ viewings, shows });
    api.postHistory.mockRejectedValueOnce(new Error('offline'));
    await service.start();
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('waiting'));
    const again = [{ videoId: '5', title: 'Another Film', watchedAt: at(9) }];
    expect((await service.history({ viewings: again, shows: [] })).phase).toBe('waiting');
    api.watched.mockResolvedValueOnce(
      [false, false, false, false].map((watched) => ({ watched, notFound: false, list: null })),
    );
    await service.start();
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    const titles = api.postHistory.mock.calls.map(([body]) =>
      ((body as { movies?: Array<{ title: string }> }).movies ?? []).map((movie) => movie.title),
    );
    expect(titles).toEqual([
      ['Inception', 'A Quiet Film'],
      ['Inception', 'A Quiet Film'],
    ]);
  });
});
