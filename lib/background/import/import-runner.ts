/**
 * The job's one runner at a time: it posts the batches for the job's own user only. Offline, Simkl
 * busy, a stopped write: it stops and the import alarm (import-alarm.ts, kept by the service from the
 * import's start to its end) tries again. A job parked for another user (or while signed out) waits
 * for its user's next sign-in (services.ts), and every start-up.
 */
import type { UseStore } from 'idb-keyval';
import type { UserRef } from '../../library/types';
import type { ImportView } from '../../messaging';
import type { SimklClient } from '../../simkl/api';
import { type ImportJob, loadImportJob, type RunResult, runImportJob, saveImportJob } from './import-job';
import { adoptedJob, type ImportViewer, isOwnedBy } from './import-owner';
import { simklBatchVerifier } from './verify-batch';

export interface RunnerServices {
  api: Pick<SimklClient, 'postHistory' | 'watched'>;
  store: UseStore;
  viewer(): Promise<ImportViewer>;
  /** Keeps the view shown once the job is gone, for the job's own user. */
  remember(view: ImportView, user?: UserRef): Promise<unknown>;
  wait?: (ms: number) => Promise<void>;
}

export function createImportRunner({ api, store, viewer, remember, wait }: RunnerServices) {
  const verify = simklBatchVerifier(api);
  let running: Promise<RunResult> | null = null;

  async function runOnce(): Promise<RunResult> {
    const found = await loadImportJob(store);
    const adopted = found && adoptedJob(found, await viewer());
    if (adopted) await saveImportJob(adopted, store);
    let last: ImportJob | undefined;
    const result = await runImportJob({
      store,
      verify,
      wait,
      post: async (batch) => ({ notFound: (await api.postHistory(batch.body)).notFound }),
      mayPost: async (job) => isOwnedBy(job, await viewer()),
      onProgress: (job) => {
        last = job;
      },
    });
    if (result === 'done' || result === 'cancelled') {
      const progress = { sent: last?.itemsSent ?? 0, total: last?.items ?? 0 };
      const view: ImportView = { phase: 'done', progress, notFound: last?.notFound ?? 0 };
      // Stopped by the user: what was sent stays sent, and the import says it ended short.
      await remember(result === 'cancelled' ? { ...view, stopped: true } : view, last?.user);
    }
    return result;
  }

  return {
    run(): Promise<RunResult> {
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    isRunning: () => running !== null,
    /** Resolves once no run is under way (a run parks before its next batch when the user changed). */
    async settled(): Promise<void> {
      await running?.catch(() => undefined);
    },
  };
}
