/**
 * The Netflix history import in the background (docs/architecture.md, The import): the page's reading becomes
 * a plan job that looks its titles up step by step and ends in a preview; the user's go becomes a job in
 * IndexedDB that posts its batches one a second. Both outlive the tab, the worker and the network: they resume
 * on every wake (start-up, the import alarm, going online, their user's sign-in) until done, no lookup asked
 * twice, no batch sent twice, and only for their own user.
 */
import type { UseStore } from 'idb-keyval';
import type { CurrentUser, UserRef } from '../../library/types';
import type { ImportHistoryRequest, ImportView } from '../../messaging';
import type { SimklClient } from '../../simkl/api';
import { IMPORT_ALARM, importAlarmKeeper } from './import-alarm';
import {
  deleteImportJob,
  importJobStore,
  loadImportJob,
  requestImportStop,
  startImportJob,
} from './import-job';
import { lastView, rememberView } from './import-last-view';
import { type ImportViewer, isOwnedBy, waitsFor } from './import-owner';
import { type PlanServices, rematchUnknown } from './import-plan';
import { createImportPlanner } from './import-planner';
import {
  batchesOf,
  dropPreview,
  type ImportPreview,
  previewToConfirm,
  savePreview,
  summaryOfPreview,
} from './import-preview';
import { createImportRunner } from './import-runner';
import { byWatchedAt } from './netflix-map';
import type { NetflixTabs } from './netflix-tabs';
import { loadPlanJob, startPlanJob } from './plan-job';

export { IMPORT_ALARM };

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
    return remember({ phase: 'preview', summary: summaryOfPreview(preview), plan: preview.id }, fields.user);
  };
  const runner = createImportRunner({ api, store, viewer, remember, wait });
  const planner = createImportPlanner({
    store,
    resolver: services.resolver,
    library: services.library,
    viewer,
    previewed: ({ targets, unknown, unmatched, viewings, movies, episodes, shows }, user) =>
      previewed({
        user,
        targets,
        unknown,
        counts: { viewings, movies, episodes, shows },
        unlisted: unmatched,
      }),
  });
  // Under way: a plan or a job the signed-in user's session goes on with (another account's waits).
  const keepAlarm = importAlarmKeeper(async () => {
    const now = await viewer();
    const [plan, job] = [await loadPlanJob(store), await loadImportJob(store)];
    return (plan !== undefined && isOwnedBy(plan, now)) || (job !== undefined && isOwnedBy(job, now));
  });
  const plan = () => planner.run().finally(keepAlarm);
  const post = () => runner.run().finally(keepAlarm);

  async function view(): Promise<ImportView> {
    const job = await loadImportJob(store);
    const now = await viewer();
    if (job) {
      const progress = { sent: job.itemsSent, total: job.items };
      const other = waitsFor(job, now);
      if (other) return { phase: 'waiting', progress, waitsFor: other };
      const phase = runner.isRunning() ? 'importing' : 'waiting';
      return job.stopping ? { phase, progress, stopping: true } : { phase, progress };
    }
    const planning = await loadPlanJob(store);
    if (planning && isOwnedBy(planning, now)) {
      const { id, matches, titles } = planning;
      const progress = { id, matched: matches.length, total: titles.length };
      return { phase: 'planning', planning: planner.isRunning() ? progress : { ...progress, paused: true } };
    }
    const last = await lastView(now, store);
    // Another user's preview (or one a start already took) offers this account nothing to confirm.
    const isOpen = last.plan !== undefined && (await previewToConfirm(last.plan, now, store)) !== null;
    return last.phase === 'preview' && !isOpen ? { phase: 'idle' } : last;
  }

  return {
    view,
    /**
     * Continues an unfinished plan or job, if there is one (every wake of the worker, the import alarm,
     * every sign-in); an alarm left with nothing to continue goes.
     */
    async resume(): Promise<void> {
      if (await loadPlanJob(store)) await plan();
      if (await loadImportJob(store)) await post();
      await keepAlarm();
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
      // A new reading replaces the preview shown before (and any plan not finished): the page follows
      // the plan job it answers at once, not one message held open for the whole plan.
      await dropPreview(store);
      await startPlanJob(request, user, store);
      await keepAlarm();
      void plan();
      return view();
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
        await keepAlarm();
      }
      void post();
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
        await keepAlarm();
        await remember({ phase: 'idle' });
      }
      return view();
    },
    /**
     * Stop import, the user's own job only: the batch in flight is finished, no other one is sent, and
     * the job and its alarm go. A job whose last answer was lost is run once more to finish that batch
     * (verified first, so nothing goes twice); offline, it says "stopping" until it can.
     */
    async stop(): Promise<ImportView> {
      const job = await loadImportJob(store);
      if (!job || !isOwnedBy(job, await viewer())) return view();
      await requestImportStop(store);
      await (runner.isRunning() ? runner.settled() : post());
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
