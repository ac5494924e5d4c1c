/**
 * The plan job's one runner at a time (docs/architecture.md, The import): one Netflix title looked up
 * and stored per step, then the plan from the mirror and the preview. It goes on only for the plan's
 * own user; a failed lookup (offline, Simkl busy) stops it with every answer so far kept, and the
 * import alarm, a sign-in or the page's next message takes it up again at the title it stopped at.
 */
import type { UseStore } from 'idb-keyval';
import type { UserRef } from '../../library/types';
import type { Resolver } from '../../resolve';
import { type ImportViewer, isOwnedBy } from './import-owner';
import { matchOf, type PlanServices, planFromMatches } from './import-plan';
import type { ImportPlan } from './netflix-map';
import { deletePlanJob, loadPlanJob, loadPlanRows, recordMatch } from './plan-job';

export interface PlannerServices {
  store: UseStore;
  resolver: Resolver;
  library: PlanServices['library'];
  viewer(): Promise<ImportViewer>;
  /** Keeps the finished plan as the preview its user confirms. */
  previewed(plan: ImportPlan, user: UserRef): Promise<unknown>;
}

/** Every plan made; stopped by a failed lookup (to be tried again); parked until its user signs in. */
export type PlanResult = 'done' | 'stopped' | 'parked';

export function createImportPlanner({ store, resolver, library, viewer, previewed }: PlannerServices) {
  let running: Promise<PlanResult> | null = null;

  async function runOnce(): Promise<PlanResult> {
    // The plan is read again at every step: a new read may have replaced it meanwhile.
    for (let plan = await loadPlanJob(store); plan; plan = await loadPlanJob(store)) {
      if (!isOwnedBy(plan, await viewer())) return 'parked';
      const next = plan.titles[plan.matches.length];
      if (next) {
        let match: Awaited<ReturnType<typeof matchOf>>;
        try {
          match = await matchOf(next, resolver);
        } catch {
          return 'stopped';
        }
        await recordMatch(plan.id, match, store);
        continue;
      }
      const rows = await loadPlanRows(plan.id, store);
      if (rows) {
        const matches = new Map(plan.titles.map(([netflix], at) => [netflix, plan?.matches[at] ?? null]));
        await previewed(await planFromMatches(rows.viewings, rows.shows, matches, library), plan.user);
      }
      // The preview is kept before the plan goes: a worker stopped in between makes it again, with
      // no request to Simkl (every answer is stored).
      await deletePlanJob(plan.id, store);
    }
    return 'done';
  }

  return {
    run(): Promise<PlanResult> {
      running ??= runOnce().finally(() => {
        running = null;
      });
      return running;
    },
    isRunning: () => running !== null,
  };
}
