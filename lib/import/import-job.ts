/**
 * The import as a resumable job, kept in IndexedDB by the background: the batches still to send
 * and how many were sent. A batch is marked sent only after Simkl answered it, and the state is
 * saved before the next one starts, so a closed tab, a stopped worker or an offline browser resumes
 * at the batch that was in flight. Re-sending that one batch cannot double anything: each item
 * carries its Netflix `watched_at`, and re-posting a watched item at the same date is a no-op on
 * Simkl (contract §3, `/sync/history`).
 */
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { HistoryBatch } from './history-batches';

export interface ImportJob {
  batches: HistoryBatch[];
  /** Batches Simkl has answered, from the start. */
  sent: number;
  items: number;
  itemsSent: number;
}

/** Sends one batch; resolves once Simkl answered 2xx, rejects otherwise (to be retried later). */
export type PostHistory = (batch: HistoryBatch) => Promise<void>;

const KEY = 'netflix-import';
/** One POST a second is the service's write limit. */
export const POST_INTERVAL_MS = 1000;

export function importJobStore(): UseStore {
  return createStore('simkl-extension-import', 'jobs');
}

export async function startImportJob(batches: HistoryBatch[], store: UseStore): Promise<ImportJob> {
  const current = await get<ImportJob>(KEY, store);
  // An unfinished import is resumed, never replaced: starting over would resend what landed.
  if (current && current.sent < current.batches.length) return current;
  const items = batches.reduce((sum, batch) => sum + batch.keys.length, 0);
  const job: ImportJob = { batches, sent: 0, items, itemsSent: 0 };
  await set(KEY, job, store);
  return job;
}

export function loadImportJob(store: UseStore): Promise<ImportJob | undefined> {
  return get<ImportJob>(KEY, store);
}

export interface RunOptions {
  post: PostHistory;
  store: UseStore;
  wait?: (ms: number) => Promise<void>;
  onProgress?: (job: ImportJob) => void;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends what is left; stops (keeping the state) at the first failure. True when all was sent. */
export async function runImportJob({ post, store, wait = sleep, onProgress }: RunOptions): Promise<boolean> {
  const job = await get<ImportJob>(KEY, store);
  if (!job) return true;
  while (job.sent < job.batches.length) {
    const batch = job.batches[job.sent] as HistoryBatch;
    try {
      await post(batch);
    } catch {
      return false;
    }
    job.sent++;
    job.itemsSent += batch.keys.length;
    await set(KEY, job, store);
    onProgress?.(job);
    if (job.sent < job.batches.length) await wait(POST_INTERVAL_MS);
  }
  await del(KEY, store);
  return true;
}
