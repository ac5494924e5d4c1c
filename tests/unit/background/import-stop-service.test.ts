import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { loadImportJob } from '../../../lib/background/import/import-job';
import { manyFilms, OTHER, planned, setupImport } from './import-fixtures';

/** A wait between two batches that lasts until the test lets it go. */
function heldWait() {
  const waiting: Array<() => void> = [];
  return {
    wait: () => new Promise<void>((resolve) => waiting.push(resolve)),
    isWaiting: () => waiting.length > 0,
    release: () => waiting.shift()?.(),
  };
}

describe('Stop import in the background', () => {
  it('ends the job after the batch in flight: the rest is never sent, it says how much was, the alarm goes', async () => {
    const held = heldWait();
    const { service, api, store } = setupImport(undefined, held.wait);
    const preview = await planned(service, { viewings: manyFilms(250), shows: [] });
    await service.start(preview.plan ?? '');
    // The first batch of 100 is answered; the job waits its second before the next.
    await vi.waitFor(() => expect(held.isWaiting()).toBe(true));
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeDefined();
    const stopping = service.stop();
    await vi.waitFor(async () => expect((await service.view()).stopping).toBe(true));
    expect((await service.view()).phase).toBe('importing');
    held.release();
    expect(await stopping).toEqual({
      phase: 'done',
      stopped: true,
      progress: { sent: 100, total: 250 },
      notFound: 1,
    });
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect(await loadImportJob(store)).toBeUndefined();
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeUndefined();
    // Nothing resumes it: a wake of the worker finds no job.
    await service.resume();
    expect(api.postHistory).toHaveBeenCalledTimes(1);
  });

  it('stops a job waiting for Simkl at once, finishing the batch whose answer was lost, verified first', async () => {
    const { service, api } = setupImport();
    const preview = await planned(service, { viewings: manyFilms(250), shows: [] });
    api.postHistory.mockRejectedValueOnce(new Error('offline'));
    await service.start(preview.plan ?? '');
    await vi.waitFor(async () => expect((await service.view()).phase).toBe('waiting'));
    const view = await service.stop();
    // Simkl says the first batch landed: it is not posted again, and no other batch is.
    expect(api.watched).toHaveBeenCalledTimes(1);
    expect(api.postHistory).toHaveBeenCalledTimes(1);
    expect(view).toMatchObject({ phase: 'done', stopped: true, progress: { sent: 100, total: 250 } });
    expect(await fakeBrowser.alarms.get('simkl-import')).toBeUndefined();
  });

  it("never stops another account's import: only its own user may", async () => {
    const held = heldWait();
    const setup = setupImport(undefined, held.wait);
    const { service, api, signIn } = setup;
    const preview = await planned(service, { viewings: manyFilms(250), shows: [] });
    await service.start(preview.plan ?? '');
    await vi.waitFor(() => expect(held.isWaiting()).toBe(true));
    signIn(OTHER);
    held.release();
    await vi.waitFor(async () => expect((await service.view()).waitsFor).toBeDefined());
    const view = await service.stop();
    expect(view.stopping).toBeUndefined();
    expect(view.phase).toBe('waiting');
    expect(api.postHistory).toHaveBeenCalledTimes(1);
  });
});
