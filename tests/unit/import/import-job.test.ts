import { describe, expect, it } from 'vitest';
import type { HistoryBatch } from '../../../lib/background/import/history-batches';
import {
  importJobStore,
  loadImportJob,
  runImportJob,
  startImportJob,
} from '../../../lib/background/import/import-job';

const batch = (n: number): HistoryBatch => ({
  keys: [`netflix:${n}a`, `netflix:${n}b`],
  body: {
    movies: [{ ids: { netflix: String(n) }, title: `Film ${n}`, watched_at: '2025-01-01T00:00:00.000Z' }],
  },
});
const noWait = async () => {};

describe('the import job', () => {
  it('sends every batch once, one POST a second, and forgets the job when done', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2), batch(3)], store);
    const sent: string[] = [];
    const waits: number[] = [];
    const done = await runImportJob({
      store,
      post: async (b) => void sent.push(b.keys[0] as string),
      wait: async (ms) => void waits.push(ms),
    });
    expect(done).toBe('done');
    expect(sent).toEqual(['netflix:1a', 'netflix:2a', 'netflix:3a']);
    expect(waits).toEqual([1000, 1000]);
    expect(await loadImportJob(store)).toBeUndefined();
  });

  it('resumes after a failure (offline, a stopped worker) at the batch in flight, with nothing sent twice', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2), batch(3)], store);
    const landed: string[] = [];
    const first = await runImportJob({
      store,
      wait: noWait,
      post: async (b) => {
        if (b.keys[0] === 'netflix:2a') throw new Error('offline');
        landed.push(b.keys[0] as string);
        return undefined;
      },
    });
    expect(first).toBe('stopped');
    expect(await loadImportJob(store)).toMatchObject({ sent: 1, itemsSent: 2, items: 6 });
    // A new start (the user clicks again, or the worker woke) resumes rather than starting over.
    await startImportJob([batch(9)], store);
    const second = await runImportJob({
      store,
      wait: noWait,
      post: async (b) => void landed.push(b.keys[0] as string),
    });
    expect(second).toBe('done');
    expect(landed).toEqual(['netflix:1a', 'netflix:2a', 'netflix:3a']);
  });

  it('asks Simkl about a batch whose answer was lost, and posts only what did not land', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2)], store);
    const posted: HistoryBatch[] = [];
    const lost = await runImportJob({
      store,
      wait: noWait,
      post: async () => {
        throw new Error('the worker stopped before the answer');
      },
    });
    expect(lost).toBe('stopped');
    expect(await loadImportJob(store)).toMatchObject({ sent: 0, inFlight: true });
    const verified: string[] = [];
    const done = await runImportJob({
      store,
      wait: noWait,
      verify: async (b) => {
        verified.push(b.keys[0] as string);
        return null; // all of it landed
      },
      post: async (b) => {
        posted.push(b);
        return { notFound: 1 };
      },
    });
    expect(done).toBe('done');
    expect(verified).toEqual(['netflix:1a']);
    expect(posted.map((b) => b.keys[0])).toEqual(['netflix:2a']);
  });

  it('adds up what Simkl did not find and never verifies a batch that was not in flight', async () => {
    const store = importJobStore();
    await startImportJob([batch(1), batch(2)], store);
    const progress: Array<number | undefined> = [];
    await runImportJob({
      store,
      wait: noWait,
      verify: async () => {
        throw new Error('not asked');
      },
      post: async () => ({ notFound: 1 }),
      onProgress: (job) => progress.push(job.notFound),
    });
    expect(progress).toEqual([1, 2]);
  });

  it('asks before every batch whether the session may post it, and parks the job untouched when not', async () => {
    const store = importJobStore();
    const demo = { id: 7, name: 'Demo Watcher' };
    await startImportJob([batch(1), batch(2), batch(3)], store, demo);
    const sent: string[] = [];
    // The user signs out (or another signs in) once the first batch landed.
    let signedIn: number | null = 7;
    const owners: Array<number | undefined> = [];
    const mayPost = async (job: { user?: { id: number } }) => {
      owners.push(job.user?.id);
      return job.user?.id === signedIn;
    };
    const post = async (b: HistoryBatch) => {
      sent.push(b.keys[0] as string);
      signedIn = 8;
      return undefined;
    };
    expect(await runImportJob({ store, wait: noWait, post, mayPost })).toBe('parked');
    expect(sent).toEqual(['netflix:1a']);
    expect(owners).toEqual([7, 7]);
    expect(await loadImportJob(store)).toMatchObject({ user: demo, sent: 1, itemsSent: 2, inFlight: false });
    signedIn = 7;
    expect(
      await runImportJob({
        store,
        wait: noWait,
        post: async (b) => void sent.push(b.keys[0] as string),
        mayPost,
      }),
    ).toBe('done');
    expect(sent).toEqual(['netflix:1a', 'netflix:2a', 'netflix:3a']);
  });
});
