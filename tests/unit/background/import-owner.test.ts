import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadImportJob, startImportJob } from '../../../lib/background/import/import-job';
import {
  DEMO,
  manyFilms,
  OTHER,
  planned,
  postedFilms,
  setupImport,
  shows,
  viewings,
} from './import-fixtures';

const waitsForDemo = { user: DEMO.id, name: DEMO.name };

describe("the import is its user's", () => {
  it('stops between two batches when another account signs in, says whose it is, and goes on for its user', async () => {
    let switched = false;
    // Another account signs in while the import waits its second between the first two batches.
    const setup = setupImport(DEMO, async () => {
      if (!switched) setup.signIn(OTHER);
      switched = true;
    });
    const { service, api, signIn } = setup;
    const preview = await planned(service, { viewings: manyFilms(250), shows: [] });
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).waitsFor).toEqual(waitsForDemo), 5_000);
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect(await service.view()).toEqual({
      phase: 'waiting',
      progress: { sent: 100, total: 250 },
      waitsFor: waitsForDemo,
    });
    // No alarm wakes the worker for it: Demo Watcher's sign-in resumes it.
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeUndefined();
    await service.resume();
    signIn(null);
    await service.resume();
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect(api.watched).not.toHaveBeenCalled();
    expect((await service.view()).waitsFor).toEqual(waitsForDemo);

    signIn(DEMO);
    await service.resume();
    expect(api.postHistory).toHaveBeenCalledTimes(3);
    expect((await service.view()).phase).toBe('done');
  });

  it('never confirms one user’s preview under another account', async () => {
    const { service, api, signIn } = setupImport();
    const preview = await planned(service, { viewings, shows });
    signIn(OTHER);
    expect(await service.view()).toEqual({ phase: 'idle' });
    expect(await service.start(preview.plan ?? '')).toEqual({ phase: 'idle' });
    signIn(DEMO);
    expect(await service.view()).toEqual(preview);
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    expect(api.postHistory).toHaveBeenCalledTimes(1);
  });

  it('discards a waiting import only when asked, and only the one that waits for that user', async () => {
    const { service, api, store, signIn } = setupImport();
    const preview = await planned(service, { viewings, shows });
    api.postHistory.mockRejectedValueOnce(new Error('signed out'));
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('waiting'));
    // Its own user cannot discard it this way: it is not waiting for another account.
    expect((await service.discard(DEMO.id)).phase).toBe('waiting');
    signIn(OTHER);
    expect((await service.discard(OTHER.id)).waitsFor).toEqual(waitsForDemo);
    expect(await service.discard(DEMO.id)).toEqual({ phase: 'idle' });
    expect(await loadImportJob(store)).toBeUndefined();
    signIn(DEMO);
    await service.resume();
    expect(api.postHistory).toHaveBeenCalledTimes(1);
  });

  it('binds a job an older version stored without a user to the first account that finds it', async () => {
    const { service, api, store, signIn } = setupImport(null);
    const body = {
      movies: [{ ids: { simkl: 2 }, title: 'Inception', watched_at: viewings[1]?.watchedAt ?? '' }],
    };
    await startImportJob([{ keys: ['netflix:70131314'], body }], store);
    // Signed out: nobody to post it for.
    await service.resume();
    expect(api.postHistory).not.toHaveBeenCalled();
    signIn(DEMO);
    api.postHistory.mockRejectedValueOnce(new Error('offline'));
    await service.resume();
    expect((await loadImportJob(store))?.user).toEqual(DEMO);
    signIn(OTHER);
    await service.resume();
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect((await service.view()).waitsFor).toEqual(waitsForDemo);
    signIn(DEMO);
    // The lost answer: Simkl says it did not land, so it is posted again, under Demo Watcher.
    api.watched.mockResolvedValueOnce([{ watched: false, notFound: false, list: null }]);
    await service.resume();
    expect(postedFilms(api)).toEqual([['Inception'], ['Inception']]);
  });

  it('tells only its user what the import did: another account is not told of it', async () => {
    const { service, signIn } = setupImport();
    const preview = await planned(service, { viewings, shows });
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('done'));
    signIn(OTHER);
    expect(await service.view()).toEqual({ phase: 'idle' });
    signIn(DEMO);
    expect((await service.view()).phase).toBe('done');
  });
});
