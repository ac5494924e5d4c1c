import type { LibraryEntry, SimklType } from '../media';
import {
  type Activities,
  LIBRARY_PATH,
  type LibraryIdsEntry,
  type LibraryItem,
  type RatingEntry,
  type ReadRows,
  type SimklApi,
} from '../simkl/api';
import { entryKey } from './id-keys';
import type { MirrorStore } from './mirror-store';
import type { Serial } from './serial';
import { planType } from './sync-plan';
import type { StoredEntry, StoredEpisodes, Touch } from './types';

const TYPES: readonly SimklType[] = ['movie', 'show', 'anime'];

/**
 * Simkl answers an empty library with null or {} (docs/simkl-api.md, Quirks); the client should fold it,
 * but be sure.
 */
function listOf<T>(value: ReadRows<T> | null | undefined | object): ReadRows<T> {
  return Array.isArray(value) ? value : [];
}

/** Rows Simkl sent for a type that could not be read: counted afresh by a full read, else added up. */
export type SkippedRows = Partial<Record<SimklType, number>>;

function hasSimklId(entry: LibraryEntry): boolean {
  return Number.isInteger(entry.ids?.simkl);
}

/**
 * Writes what an all-items answer lists, in one transaction: each entry (replacing any optimistic
 * state, as Simkl's word now covers it) and, for a series that came with episodes, its watched
 * episodes whole (a changed show is re-read alone, so its record is replaced, unwatched ones gone).
 * A full read also drops the type's synced entries it no longer lists, unless it left rows out
 * (`skipped`): an entry whose row could not be read is kept as it was, not dropped as removed.
 */
async function upsert(store: MirrorStore, type: SimklType, items: ReadRows<LibraryItem>, full: boolean) {
  const valid = items.filter(hasSimklId);
  const entries: Array<[string, StoredEntry]> = [];
  const episodes: Array<[string, StoredEpisodes]> = [];
  for (const { episodes: watched, ...entry } of valid) {
    const key = entryKey(entry.type, entry.ids.simkl);
    entries.push([key, { truth: entry }]);
    if (watched) episodes.push([key, { truth: watched }]);
  }
  const complete = full && !items.skipped;
  const replace = complete ? { type, keep: new Set(entries.map(([key]) => key)) } : undefined;
  return store.write({ entries, episodes, replace });
}

/** Drops the type's synced entries that `keep` does not list; outbox-only entries stay. */
function dropUnlisted(store: MirrorStore, type: SimklType, keep: Set<string>): Promise<number> {
  return store.write({ entries: [], replace: { type, keep } });
}

async function applyRatings(store: MirrorStore, ratings: RatingEntry[]): Promise<number> {
  const keyed = ratings.filter((rating) => Number.isInteger(rating.ids?.simkl));
  const keys = keyed.map((rating) => entryKey(rating.type, rating.ids.simkl));
  const stored = await store.readMany(keys);
  const changes: Array<[string, StoredEntry]> = [];
  keyed.forEach((rating, position) => {
    const truth = stored[position]?.truth;
    // A rating for an item the mirror lacks also moved its list timestamp, so the list delta brings it.
    if (!truth) return;
    changes.push([keys[position]!, { truth: { ...truth, rating: rating.rating, ratedAt: rating.ratedAt } }]);
  });
  await store.writeMany(changes);
  return changes.length;
}

function listedKeys(ids: LibraryIdsEntry[], type: SimklType): Set<string> {
  return new Set(ids.map((entry) => entryKey(entry.type ?? type, entry.simkl)));
}

/** The touches of one type merged into one: any write's ratings or removal counts. */
function touchOf(type: SimklType, touched: readonly Touch[]): Touch | undefined {
  const mine = touched.filter((touch) => touch.type === type);
  if (mine.length === 0) return undefined;
  return { type, ratings: mine.some((t) => t.ratings), removal: mine.some((t) => t.removal) };
}

/** One sync run: returns the activities to save once everything has been applied. */
export async function runSync(
  api: SimklApi,
  store: MirrorStore,
  serial: Serial,
  saved?: Activities,
  touched: readonly Touch[] = [],
  skippedBefore: SkippedRows = {},
) {
  const activities = await api.activities();
  let changed = 0;
  const skipped: SkippedRows = { ...skippedBefore };
  for (const type of TYPES) {
    const path = LIBRARY_PATH[type];
    const plan = planType(path, activities[path], saved?.[path], touchOf(type, touched));
    let left = plan.full ? 0 : (skipped[type] ?? 0);
    if (plan.items) {
      // Series come with their watched episodes, so the episode store follows the same deltas.
      const query = type === 'movie' ? plan.items : { ...plan.items, episodes: true };
      const items = listOf<LibraryItem>(await api.allItems(query));
      left += items.skipped ?? 0;
      changed += await serial(() => upsert(store, type, items, plan.full));
    }
    if (plan.ratings) {
      const ratings = listOf<RatingEntry>(await api.ratings({ type: path, dateFrom: plan.ratings.dateFrom }));
      left += ratings.skipped ?? 0;
      changed += await serial(() => applyRatings(store, ratings));
    }
    if (plan.removals) {
      const listed = listedKeys(listOf<LibraryIdsEntry>(await api.allItemIds(path)), type);
      changed += await serial(() => dropUnlisted(store, type, listed));
    }
    if (left > 0) skipped[type] = left;
    else delete skipped[type];
  }
  return { activities, changed: changed > 0, skipped };
}
