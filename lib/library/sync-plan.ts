import { LIST_STATUSES, type ListStatus } from '../media';
import type { ActivityBucket, AllItemsQuery, LibraryPath } from '../simkl/api';
import type { Touch } from './types';

/** The requests one library type needs, decided from its activity timestamps alone. */
export interface TypePlan {
  /** First sync of the type: everything, replacing what the mirror holds. */
  full: boolean;
  /** Changed list items to fetch (at most one request). */
  items?: AllItemsQuery;
  /** Changed ratings since this instant (undefined = all ratings). */
  ratings?: { dateFrom?: string };
  /** Whether to list ids to find removals. */
  removals: boolean;
}

function moved(now: ActivityBucket, old: ActivityBucket, field: keyof ActivityBucket): boolean {
  return (now[field] ?? null) !== (old[field] ?? null);
}

/**
 * The date_from for a saved stamp: one second before it. Simkl's stamps have whole seconds and
 * date_from means strictly after, so the stamp itself would skip a change made later in its own
 * second (which leaves the stamp as it was). Re-reading that one second costs a few items at most.
 */
export function dateFromStamp(stamp: string | null | undefined): string | undefined {
  const time = stamp ? Date.parse(stamp) : Number.NaN;
  if (Number.isNaN(time)) return undefined;
  return new Date(Math.floor(time / 1000) * 1000 - 1000).toISOString().replace('.000Z', 'Z');
}

/** The earliest of the saved timestamps, or undefined (= no date_from) when one was never set. */
function earliest(stamps: Array<string | null>): string | undefined {
  let found: string | undefined;
  for (const stamp of stamps) {
    if (stamp === null) return undefined;
    if (found === undefined || Date.parse(stamp) < Date.parse(found)) found = stamp;
  }
  return dateFromStamp(found);
}

/**
 * A type our own write just changed: Simkl's stamps may not have moved (the write landed in the
 * second they already carry), so fetch the whole type since that second, and the parts a list
 * read does not show (ratings, removals) when the write touched them.
 */
function touchedPlan(path: LibraryPath, old: ActivityBucket, touch: Touch, plan: TypePlan): TypePlan {
  return {
    ...plan,
    items: { type: path, dateFrom: dateFromStamp(old.all) },
    ratings: touch.ratings ? { dateFrom: dateFromStamp(old.rated_at) } : plan.ratings,
    removals: plan.removals || touch.removal === true,
  };
}

/**
 * Simkl asks clients to fetch only what /sync/activities says moved, with date_from set to the
 * saved timestamp (docs/simkl-api.md, Incremental sync). One moved status → that status only; several → the
 * type since the earliest of them.
 */
export function planType(
  path: LibraryPath,
  now: ActivityBucket,
  old: ActivityBucket | undefined,
  touch?: Touch,
): TypePlan {
  if (!old) return { full: true, items: { type: path }, removals: false };
  const plan: TypePlan = { full: false, removals: moved(now, old, 'removed_from_list') };
  const statuses = LIST_STATUSES.filter((status: ListStatus) => moved(now, old, status));
  const [only] = statuses;
  if (statuses.length === 1 && only) {
    plan.items = { type: path, status: only, dateFrom: dateFromStamp(old[only]) };
  } else if (statuses.length > 1) {
    plan.items = { type: path, dateFrom: earliest(statuses.map((status) => old[status])) };
  }
  if (moved(now, old, 'rated_at')) plan.ratings = { dateFrom: dateFromStamp(old.rated_at) };
  const explained = statuses.length > 0 || plan.ratings || plan.removals || moved(now, old, 'playback');
  // A bucket we do not know moved the type's `all`: fall back to the type's delta, still cheap.
  if (!explained && moved(now, old, 'all')) plan.items = { type: path, dateFrom: dateFromStamp(old.all) };
  return touch ? touchedPlan(path, old, touch, plan) : plan;
}
