/**
 * The Netflix history import in the background (docs/architecture.md, The import): the page's reading becomes
 * a plan and a preview; the user's go becomes a job in IndexedDB that posts its batches one a second. The job
 * outlives the tab, the worker and the network: it resumes on every wake (start-up, the import alarm, going
 * online, its user's sign-in) until every batch landed, none twice, and only into its own user's account.
 */
import type { UseStore } from 'idb-keyval';
import { browser } from 'wxt/browser';
import type { CurrentUser, UserRef } from '../../library/types';
import type { ImportHistoryRequest, ImportView } from '../../messaging';
import type { SimklClient } from '../../simkl/api';
import { deleteImportJob, importJobStore, loadImportJob, startImportJob } from './import-job';
import { lastView, rememberView } from './import-last-view';
import { type ImportViewer, waitsFor } from './import-owner';
import { type PlanServices, planFromHistory, rematchUnknown } from './import-plan';
import {
  batchesOf,
  dropPreview,
  type ImportPreview,
  previewToConfirm,
  savePreview,
  summaryOfPreview,
} from './import-preview';
import { createImportRunner, IMPORT_ALARM } from './import-runner';
import { byWatchedAt } from './netflix-map';
import type { NetflixTabs } from './netflix-tabs';

export { IMPORT_ALARM } from './import-runner';

export interface ImportServices extends PlanServices {
  api: Pick<SimklClient, 'postHistory' | 'watched'>;
  /** Who is signed in: a preview and a job are that user's (import-owner.ts). */
  currentUser: CurrentUser;
  tabs: NetflixTabs;
  store?: UseStore;
  wait?: (ms: number) => Promise<void>;
}

export type ImportService = ReturnType<typeof createImportService>;

export function createImportService(services: ImportServices) {
  const { api, tabs, currentUser, wait } = services;
  const store = services.store ?? importJobStore();
  let readRequested = false;
  const viewer = async (): Promise<ImportViewer> => (await currentUser()) ?? null;
  const remember = async (view: ImportView, user?: UserRef) => {
    await rememberView(view, user ?? (await viewer()), store);
    return view;
  };
  const previewed = async (fields: Omit<ImportPreview, 'id'>) => {
    const preview = await savePreview(fields, store);
    return remember({ phase: 'preview', summary: summaryOfPreview(preview), plan: preview.id });
  };
  const runner = createImportRunner({ api, store, viewer, remember, wait });

  async function view(): Promise<ImportView> {
    const job = await loadImportJob(store);
    const now = await viewer();
    if (job) {
      const progress = { sent: job.itemsSent, total: job.items };
      const other = waitsFor(job, now);
      if (other) return { phase: 'waiting', progress, waitsFor: other };
      return { phase: runner.isRunning() ? 'importing' : 'waiting', progress };
    }
    const last = await lastView(now, store);
    // Another user's preview (or one a start already took) offers this account nothing to confirm.
    const isOpen = last.plan !== undefined && (await previewToConfirm(last.plan, now, store)) !== null;
    return last.phase === 'preview' && !isOpen ? { phase: 'idle' } : last;
  }

  return {
    view,
    /** Continues an unfinished job, if there is one (every wake of the worker, every sign-in). */
    async resume(): Promise<void> {
      if (await loadImportJob(store)) await runner.run();
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
      const user = await viewer();
      if (!user) return { phase: 'failed', failure: 'signed-out-simkl' };
      const { targets, unknown, unmatched, viewings, movies, episodes, shows } = await planFromHistory(
        request.viewings,
        request.shows,
        services,
      );
      const counts = { viewings, movies, episodes, shows };
      return previewed({ user, targets, unknown, counts, unlisted: unmatched });
    },
    /** The preview again, once the user found an unknown title's match: a new id, a new count. */
    async rematch(plan: string): Promise<ImportView> {
      const preview = await previewToConfirm(plan, await viewer(), store);
      if (!preview || (await loadImportJob(store))) return view();
      const { found, still } = await rematchUnknown(preview.unknown, services);
      const { id: _older, ...kept } = preview;
      return previewed({
        ...kept,
        targets: [...preview.targets, ...found].sort(byWatchedAt),
        unknown: still,
      });
    },
    /** The go on the preview it names: its batches become the job, for the preview's own user. */
    async start(plan: string): Promise<ImportView> {
      if (!(await loadImportJob(store))) {
        const preview = await previewToConfirm(plan, await viewer(), store);
        // No such preview, an older one, or another user's: nothing starts, and the page is shown
        // where things are now (the current preview, with its own count, or nothing to confirm).
        if (!preview) return view();
        await startImportJob(batchesOf(preview), store, preview.user);
        await dropPreview(store);
      }
      void runner.run();
      return view();
    },
    /** Discard, by hand, of the import another user's account waits for: it is never sent. */
    async discard(user: number): Promise<ImportView> {
      const isTheirs = async () => {
        const job = await loadImportJob(store);
        return job !== undefined && waitsFor(job, await viewer())?.user === user;
      };
      if (!(await isTheirs())) return view();
      // A run under way parks before its next batch (the job is not this session's); let it settle.
      await runner.settled();
      if (await isTheirs()) {
        await deleteImportJob(store);
        await browser.alarms.clear(IMPORT_ALARM);
        await remember({ phase: 'idle' });
      }
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
