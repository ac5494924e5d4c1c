/**
 * The import as a resumable job, kept in IndexedDB by the background: the batches still to send
 * and how many were sent. A batch is marked sent only after Simkl answered it, and the state is
 * saved before the next one starts, so a closed tab, a stopped worker or an offline browser resumes
 * at the batch that was in flight. That batch is marked `inFlight` before it is posted: when its
 * answer was lost (the worker stopped, the connection dropped), the caller's `verify` asks Simkl
 * what of it already landed, and only the rest is posted, so no item is sent twice.
 */
import { createStore, del, get, set, type UseStore, update } from 'idb-keyval';
import type { UserRef } from '../../library/types';
import { type HistoryBatch, itemsIn } from './history-batches';

export interface ImportJob {
  /** Whose history it is: only this Simkl user's session posts it (import-owner.ts). */
  user?: UserRef;
  batches: HistoryBatch[];
  /** Batches Simkl has answered, from the start. */
  sent: number;
  items: number;
  itemsSent: number;
  /** The batch at `sent` was posted and its answer never seen: it may have landed. */
  inFlight?: boolean;
  /** Items Simkl answered as not found, over the sent batches. */
  notFound?: number;
  /** The user asked to stop: the batch in flight is finished, no other one is sent. */
  stopping?: true;
}

/** Sends one batch; resolves once Simkl answered 2xx, rejects otherwise (to be retried later). */
export type PostHistory = (batch: HistoryBatch) => Promise<{ notFound: number } | undefined>;

/** What of a batch whose answer was lost has not landed on Simkl (null: all of it landed). */
export type VerifyBatch = (batch: HistoryBatch) => Promise<HistoryBatch | null>;

const KEY = 'netflix-import';
/** One POST a second is the service's write limit. */
export const POST_INTERVAL_MS = 1000;

export function importJobStore(): UseStore {
  return createStore('simkl-extension-import', 'jobs');
}

export async function startImportJob(
  batches: HistoryBatch[],
  store: UseStore,
  user?: UserRef,
): Promise<ImportJob> {
  const current = await get<ImportJob>(KEY, store);
  // An unfinished import is resumed, never replaced: starting over would resend what landed.
  if (current && current.sent < current.batches.length) return current;
  const job: ImportJob = { batches, sent: 0, items: itemsIn(batches), itemsSent: 0 };
  if (user) job.user = { id: user.id, name: user.name };
  await set(KEY, job, store);
  return job;
}

export function loadImportJob(store: UseStore): Promise<ImportJob | undefined> {
  return get<ImportJob>(KEY, store);
}

export function saveImportJob(job: ImportJob, store: UseStore): Promise<void> {
  return set(KEY, job, store);
}

export function deleteImportJob(store: UseStore): Promise<void> {
  return del(KEY, store);
}

/** Marks the job to stop, in one transaction with its reading, so a running loop's save keeps it. */
export function requestImportStop(store: UseStore): Promise<void> {
  return update<ImportJob | undefined>(KEY, (job) => job && { ...job, stopping: true }, store);
}

/** Saves the loop's copy of the job, keeping a stop asked for meanwhile (by another call, or before a restart). */
async function saveKeepingStop(job: ImportJob, store: UseStore): Promise<void> {
  await update<ImportJob | undefined>(
    KEY,
    (stored) => {
      if (stored?.stopping) job.stopping = true;
      return job;
    },
    store,
  );
}

export interface RunOptions {
  post: PostHistory;
  store: UseStore;
  verify?: VerifyBatch;
  wait?: (ms: number) => Promise<void>;
  onProgress?: (job: ImportJob) => void;
  /** Asked before every batch: whether the session now signed in may post this job. */
  mayPost?: (job: ImportJob) => Promise<boolean>;
}

/**
 * All sent; stopped by a failure (to be tried again); parked until the job's own user signs in;
 * cancelled by the user (the job is gone, what was sent stays sent).
 */
export type RunResult = 'done' | 'stopped' | 'parked' | 'cancelled';

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Sends what is left; stops (keeping the state) at the first failure or another user's session. */
export async function runImportJob(options: RunOptions): Promise<RunResult> {
  const { post, store, verify, wait = sleep, onProgress, mayPost } = options;
  const job = await get<ImportJob>(KEY, store);
  if (!job) return 'done';
  while (job.sent < job.batches.length) {
    const batch = job.batches[job.sent] as HistoryBatch;
    // Asked to stop: a batch whose answer was lost is finished first (verified, its rest posted), then
    // nothing more is sent.
    if ((job.stopping || (await get<ImportJob>(KEY, store))?.stopping) && !job.inFlight) {
      job.stopping = true;
      await del(KEY, store);
      onProgress?.(job);
      return 'cancelled';
    }
    // The account may change between two batches (a sign-out, a revocation, another sign-in).
    if (mayPost && !(await mayPost(job))) return 'parked';
    try {
      const rest = job.inFlight && verify ? await verify(batch) : batch;
      job.inFlight = true;
      await saveKeepingStop(job, store);
      const answer = rest ? await post(rest) : undefined;
      job.notFound = (job.notFound ?? 0) + (answer?.notFound ?? 0);
    } catch {
      // Kept in flight: whether it landed is asked before it is posted again.
      return 'stopped';
    }
    job.inFlight = false;
    job.sent++;
    job.itemsSent += batch.keys.length;
    await saveKeepingStop(job, store);
    onProgress?.(job);
    if (job.sent < job.batches.length) await wait(POST_INTERVAL_MS);
  }
  await del(KEY, store);
  return 'done';
}
