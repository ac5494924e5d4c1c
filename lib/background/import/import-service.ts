/**
 * The Netflix history import in the background (docs/architecture.md, The import): the page's reading becomes
 * a plan and a preview; the user's go becomes a job in IndexedDB that posts its batches one a second. The job
 * outlives the tab, the worker and the network: it resumes on every wake (start-up, the import alarm, going
 * online) until every batch landed, none twice.
 */
import { del, get, set, type UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import { SimklError } from '../../errors';
import type { ImportHistoryRequest, ImportView } from '../../messaging';
import type { SimklClient } from '../../simkl/api';
import { historyBatches } from './history-batches';
import { type ImportJob, importJobStore, loadImportJob, runImportJob, startImportJob } from './import-job';
import { type PlanServices, planFromHistory, summaryOf } from './import-plan';
import type { ImportTarget } from './netflix-map';
import type { NetflixTabs } from './netflix-tabs';
import { createBatchVerifier } from './verify-batch';

export const IMPORT_ALARM = 'simkl-import';
const PLAN_KEY = 'netflix-import-plan';
const LAST_KEY = 'netflix-import-last';

export interface ImportServices extends PlanServices {
  api: Pick<SimklClient, 'postHistory' | 'watched'>;
  isSignedIn(): Promise<boolean>;
  tabs: NetflixTabs;
  store?: UseStore;
  wait?: (ms: number) => Promise<void>;
}

export type ImportService = ReturnType<typeof createImportService>;

export function createImportService(services: ImportServices) {
  const { api, tabs, isSignedIn, wait } = services;
  const store = services.store ?? importJobStore();
  let running: Promise<boolean> | null = null;
  let readRequested = false;
  const remember = async (view: ImportView) => {
    await set(LAST_KEY, view, store);
    return view;
  };
  const verify = createBatchVerifier(async (queries) => {
    const answers = await api.watched(queries);
    // A film counts as landed once completed; an episode once watched. What Simkl does not know
    // at all it would not place a second time either: sending it again would only double the request.
    return answers.map((answer, at) => {
      if (answer.notFound) return true;
      return queries[at]?.type === 'movie' ? answer.watched && answer.list === 'completed' : answer.watched;
    });
  });

  async function view(): Promise<ImportView> {
    const job = await loadImportJob(store);
    if (job) {
      const progress = { sent: job.itemsSent, total: job.items };
      return { phase: running ? 'importing' : 'waiting', progress };
    }
    return (await get<ImportView>(LAST_KEY, store)) ?? { phase: 'idle' };
  }

  function run(): Promise<boolean> {
    running ??= (async () => {
      let last: ImportJob | undefined;
      const done = await runImportJob({
        store,
        verify,
        wait,
        post: async (batch) => ({ notFound: (await api.postHistory(batch.body)).notFound }),
        onProgress: (job) => {
          last = job;
        },
      });
      if (done) {
        const progress = { sent: last?.itemsSent ?? 0, total: last?.items ?? 0 };
        await remember({ phase: 'done', progress, notFound: last?.notFound ?? 0 });
        await browser.alarms.clear(IMPORT_ALARM);
      } else {
        // Offline, signed out, a stopped write: the alarm wakes the worker to try again.
        await browser.alarms.create(IMPORT_ALARM, { periodInMinutes: 1 });
      }
      return done;
    })().finally(() => {
      running = null;
    });
    return running;
  }

  return {
    view,
    /** Continues an unfinished job, if there is one (every wake of the worker). */
    async resume(): Promise<void> {
      if (await loadImportJob(store)) await run();
    },
    /** The viewing-activity page asks where things are; a read the popup asked for is handed over once. */
    async state(fromHistoryPage: boolean): Promise<ImportView> {
      const current = await view();
      if (!fromHistoryPage || !readRequested) return current;
      readRequested = false;
      return { ...current, readRequested: true };
    },
    async history(request: ImportHistoryRequest): Promise<ImportView> {
      if (await loadImportJob(store)) return view();
      if ('failure' in request) return remember({ phase: 'failed', failure: request.failure });
      if (!(await isSignedIn())) return { phase: 'failed', failure: 'signed-out-simkl' };
      const plan = await planFromHistory(request.viewings, request.shows, services);
      await set(PLAN_KEY, plan.targets, store);
      return remember({ phase: 'preview', summary: summaryOf(plan) });
    },
    async start(): Promise<ImportView> {
      if (!(await loadImportJob(store))) {
        const targets = await get<ImportTarget[]>(PLAN_KEY, store);
        if (!targets) throw new SimklError('internal', 'Read the Netflix history first.');
        await startImportJob(historyBatches(targets), store);
        await del(PLAN_KEY, store);
      }
      void run();
      return view();
    },
    /** Popup and options: reads the history in the open Netflix tab (showing its history page). */
    async read(): Promise<ImportView> {
      const tabId = await tabs.find();
      if (tabId === null) return { ...(await view()), netflixTab: false };
      readRequested = true;
      await tabs.openHistory(tabId);
      if (await loadImportJob(store)) return { ...(await view()), netflixTab: true };
      return { ...(await remember({ phase: 'reading' })), netflixTab: true };
    },
    async withTab(): Promise<ImportView> {
      return { ...(await view()), netflixTab: (await tabs.find()) !== null };
    },
  };
}
