/**
 * Planning the import as a resumable job (docs/architecture.md, The import): the rows the page read
 * are kept once, and every Netflix title's lookup is stored as soon as Simkl answered it, so a worker
 * stopped mid-plan resumes at the next title and never asks Simkl again for one already matched. The
 * plan is its user's, like the job: another account's session does not go on with it.
 */
import { get, promisifyRequest, set, type UseStore, update } from 'idb-keyval';
import type { UserRef } from '../../library/types';
import type { ImportShowData } from '../../messaging';
import type { NetflixViewing } from '../../sites/netflix/history';
import { type TitleToMatch, titlesToMatch } from './import-plan';
import type { TitleMatch } from './netflix-map';

export interface PlanJob {
  /** The plan job's id, answered to the page at once. */
  id: string;
  user: UserRef;
  titles: TitleToMatch[];
  /** The answers so far, in the order of `titles`: its length is how many were looked up. */
  matches: Array<TitleMatch | null>;
}

/** What the page read, kept apart: written once, while the small progress record is written each step. */
export interface PlanRows {
  id: string;
  viewings: NetflixViewing[];
  shows: ImportShowData[];
}

const PLAN_KEY = 'netflix-import-planning';
const ROWS_KEY = 'netflix-import-planning-rows';

export async function startPlanJob(rows: Omit<PlanRows, 'id'>, user: UserRef, store: UseStore) {
  const id = crypto.randomUUID();
  const plan: PlanJob = {
    id,
    user: { id: user.id, name: user.name },
    titles: titlesToMatch(rows.viewings),
    matches: [],
  };
  // The rows first: a progress record is never without its rows.
  await set(ROWS_KEY, { id, viewings: rows.viewings, shows: rows.shows } satisfies PlanRows, store);
  await set(PLAN_KEY, plan, store);
  return plan;
}

export function loadPlanJob(store: UseStore): Promise<PlanJob | undefined> {
  return get<PlanJob>(PLAN_KEY, store);
}

export async function loadPlanRows(id: string, store: UseStore): Promise<PlanRows | undefined> {
  const rows = await get<PlanRows>(ROWS_KEY, store);
  return rows?.id === id ? rows : undefined;
}

/** Stores one more answer, only on the plan it was asked for (a new read may have replaced it meanwhile). */
export function recordMatch(id: string, match: TitleMatch | null, store: UseStore): Promise<void> {
  return update<PlanJob>(
    PLAN_KEY,
    (plan) => (plan?.id === id ? { ...plan, matches: [...plan.matches, match] } : plan) as PlanJob,
    store,
  );
}

/** Drops the plan and its rows together, only if it is still the plan named (a new read keeps its own). */
export function deletePlanJob(id: string, store: UseStore): Promise<void> {
  return store('readwrite', (keys) => {
    const found = keys.get(PLAN_KEY);
    found.onsuccess = () => {
      if ((found.result as PlanJob | undefined)?.id !== id) return;
      keys.delete(PLAN_KEY);
      keys.delete(ROWS_KEY);
    };
    return promisifyRequest(keys.transaction);
  });
}
