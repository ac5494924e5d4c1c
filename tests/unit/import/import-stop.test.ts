import { describe, expect, it } from 'vitest';
import type { HistoryBatch } from '../../../lib/background/import/history-batches';
import {
  type ImportJob,
  importJobStore,
  loadImportJob,
  requestImportStop,
  runImportJob,
  saveImportJob,
  startImportJob,
} from '../../../lib/background/import/import-job';

const batch = (n: number): HistoryBatch => ({
  keys: [`netflix:${n}a`, `netflix:${n}b`],
  body: {
    movies: [{ ids: { netflix: String(n) }, title: `Film ${n}`, watched_at: '2025-01-01T00:00:00.000Z' }],
  },
});
const noWait = async () => {};

describe('stopping the import', () => {
  it('ends after the batch in flight: what was sent stays sent, the rest is never sent, the job is gone', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2), batch(3), batch(4)], store);
    const sent: string[] = [];
    let last: ImportJob | undefined;
    const result = await runImportJob({
      store,
      wait: noWait,
      post: async (b) => {
        sent.push(b.keys[0] as string);
        // The user clicks Stop while the second batch is on its way.
        if (b.keys[0] === 'netflix:2a') await requestImportStop(store);
        return undefined;
      },
      onProgress: (job) => {
        last = { ...job };
      },
    });
    expect(result).toBe('cancelled');
    expect(sent).toEqual(['netflix:1a', 'netflix:2a']);
    expect(last).toMatchObject({ sent: 2, itemsSent: 4, items: 8, stopping: true });
    expect(await loadImportJob(store)).toBeUndefined();
  });

  it('keeps a stop asked for while a batch is answered, though the loop saves its own copy after it', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2)], store);
    let stoppedInFlight = false;
    const result = await runImportJob({
      store,
      wait: async () => {
        // Between two batches the loop's state was saved: the stop asked during the post is still there.
        stoppedInFlight = (await loadImportJob(store))?.stopping === true;
      },
      post: async () => {
        await requestImportStop(store);
        return undefined;
      },
    });
    expect(stoppedInFlight).toBe(true);
    expect(result).toBe('cancelled');
  });

  it('finishes a batch whose answer was lost before stopping: verified first, only its missing part posted', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2), batch(3)], store);
    const job = (await loadImportJob(store)) as ImportJob;
    await saveImportJob({ ...job, sent: 1, itemsSent: 2, inFlight: true }, store);
    await requestImportStop(store);
    const posted: string[] = [];
    const verified: string[] = [];
    const result = await runImportJob({
      store,
      wait: noWait,
      verify: async (b) => {
        verified.push(b.keys[0] as string);
        return { ...b, keys: [b.keys[1] as string] };
      },
      post: async (b) => void posted.push(b.keys.join()),
    });
    expect(result).toBe('cancelled');
    expect(verified).toEqual(['netflix:2a']);
    expect(posted).toEqual(['netflix:2b']);
    expect(await loadImportJob(store)).toBeUndefined();
  });

  it('keeps the stop through a failure of that batch, and a later run ends the job without sending more', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2)], store);
    await requestImportStop(store);
    const job = (await loadImportJob(store)) as ImportJob;
    await saveImportJob({ ...job, inFlight: true }, store);
    const offline = await runImportJob({
      store,
      wait: noWait,
      verify: async (b) => b,
      post: async () => {
        throw new Error('offline');
      },
    });
    expect(offline).toBe('stopped');
    expect(await loadImportJob(store)).toMatchObject({ stopping: true, inFlight: true, sent: 0 });
    const posted: string[] = [];
    const later = await runImportJob({
      store,
      wait: noWait,
      verify: async (b) => b,
      post: async (b) => void posted.push(b.keys[0] as string),
    });
    expect(later).toBe('cancelled');
    expect(posted).toEqual(['netflix:1a']);
  });

  it('asks nothing of a job that is not there', async () => {
    const store = importJobStore();
    await requestImportStop(store);
    expect(await loadImportJob(store)).toBeUndefined();
  });
});
