import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { at, planned, postedFilms, setupImport as setup, shows, viewings } from './import-fixtures';

describe('the import in the background', () => {
  it('previews without writing: new items, what is already watched skipped, what is unknown listed', async () => {
    const { service, api, resolver } = setup();
    const view = await planned(service, { viewings, shows });
    expect(view).toEqual({
      phase: 'preview',
      summary: {
        viewings: 6,
        movies: 3,
        episodes: 3,
        shows: 1,
        fresh: 3,
        unmatched: ['Stranger Things: Lost', 'A Quiet Film'],
        pickable: [{ netflix: '99', kind: 'movie', title: 'A Quiet Film', items: 1 }],
      },
      plan: expect.any(String),
    });
    expect(resolver.resolve).toHaveBeenCalledTimes(4);
    expect(api.postHistory).not.toHaveBeenCalled();
  });

  it('imports on the go: one batch, each item with its Netflix date, then done', async () => {
    const { service, api } = setup();
    const preview = await planned(service, { viewings, shows });
    const started = await service.start(preview.plan ?? '');
    expect(started.phase).toBe('importing');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect(api.postHistory.mock.calls[0]?.[0]).toEqual({
      movies: [{ ids: { simkl: 2, netflix: '70131314' }, title: 'Inception', watched_at: at(2) }],
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
    expect(await service.view()).toEqual({ phase: 'done', progress: { sent: 3, total: 3 }, notFound: 1 });
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeUndefined();
  });

  it('keeps the job and sets the alarm when Simkl cannot be reached, then resumes, asking first', async () => {
    const { service, api } = setup();
    const preview = await planned(service, { viewings, shows });
    api.postHistory.mockRejectedValueOnce(new Error('offline'));
    await service.start(preview.plan ?? '');
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
    const signedOut = setup(null);
    expect(await signedOut.service.history({ viewings, shows })).toEqual({
      phase: 'failed',
      failure: 'signed-out-simkl',
    });
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
    const preview = await planned(service, { viewings, shows });
    api.postHistory.mockRejectedValueOnce(new Error('offline'));
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('waiting'));
    const again = [{ videoId: '5', title: 'Another Film', watchedAt: at(9) }];
    expect((await service.history({ viewings: again, shows: [] })).phase).toBe('waiting');
    api.watched.mockResolvedValueOnce(
      [false, false, false].map((watched) => ({ watched, notFound: false, list: null })),
    );
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(postedFilms(api)).toEqual([['Inception'], ['Inception']]);
  });

  it('sends only what the preview counted: no title Simkl could not match, as many items as the button said', async () => {
    const { service, api } = setup();
    const preview = await planned(service, { viewings, shows });
    expect(preview.summary?.unmatched).toContain('A Quiet Film');
    const started = await service.start(preview.plan ?? '');
    expect(started.progress?.total).toBe(preview.summary?.fresh);
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(postedFilms(api).flat()).not.toContain('A Quiet Film');
  });

  it('refuses a start that does not name the preview shown now: nothing starts, the current preview answers', async () => {
    const { service, api } = setup();
    const older = await planned(service, { viewings, shows });
    const current = await planned(service, { viewings: viewings.slice(0, 2), shows: [] });
    expect(current.plan).not.toBe(older.plan);
    expect(await service.start(older.plan ?? '')).toEqual(current);
    expect(await service.start('')).toEqual(current);
    expect(await service.view()).toEqual(current);
    expect(api.postHistory).not.toHaveBeenCalled();
    await service.start(current.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(postedFilms(api)).toEqual([['Inception']]);
  });
});
