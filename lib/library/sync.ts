import type { LibraryEntry, SimklType } from '../media';
import {
  type Activities,
  LIBRARY_PATH,
  type LibraryIdsEntry,
  type RatingEntry,
  type SimklApi,
} from '../simkl/api';
import { entryKey } from './id-keys';
import type { MirrorStore } from './mirror-store';
import type { Serial } from './serial';
import { planType } from './sync-plan';
import type { StoredEntry, Touch } from './types';

const TYPES: readonly SimklType[] = ['movie', 'show', 'anime'];

/** Simkl answers an empty library with null or {} (contract §6.5); the client should fold it, but be sure. */
function listOf<T>(value: T[] | null | undefined | object): T[] {
  return Array.isArray(value) ? value : [];
}

function hasSimklId(entry: LibraryEntry): boolean {
  return Number.isInteger(entry.ids?.simkl);
}

async function upsert(store: MirrorStore, entries: LibraryEntry[]): Promise<number> {
  const valid = entries.filter(hasSimklId);
  await store.writeMany(valid.map((entry) => [entryKey(entry.type, entry.ids.simkl), { truth: entry }]));
  return valid.length;
}

/** Drops the type's synced entries that `keep` does not list; outbox-only entries stay. */
async function dropUnlisted(store: MirrorStore, type: SimklType, keep: Set<string>): Promise<number> {
  const candidates = (await store.keysOfType(type)).filter((key) => !keep.has(key));
  const stored = await store.readMany(candidates);
  const gone = candidates.filter((_, position) => stored[position]?.truth);
  await store.writeMany(gone.map((key) => [key, null]));
  return gone.length;
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
) {
  const activities = await api.activities();
  let changed = 0;
  for (const type of TYPES) {
    const path = LIBRARY_PATH[type];
    const plan = planType(path, activities[path], saved?.[path], touchOf(type, touched));
    if (plan.items) {
      const entries = listOf<LibraryEntry>(await api.allItems(plan.items));
      changed += await serial(async () => {
        const written = await upsert(store, entries);
        if (!plan.full) return written;
        const keep = new Set(
          entries.filter(hasSimklId).map((entry) => entryKey(entry.type, entry.ids.simkl)),
        );
        return written + (await dropUnlisted(store, type, keep));
      });
    }
    if (plan.ratings) {
      const ratings = listOf<RatingEntry>(await api.ratings({ type: path, dateFrom: plan.ratings.dateFrom }));
      changed += await serial(() => applyRatings(store, ratings));
    }
    if (plan.removals) {
      const listed = listedKeys(listOf<LibraryIdsEntry>(await api.allItemIds(path)), type);
      changed += await serial(() => dropUnlisted(store, type, listed));
    }
  }
  return { activities, changed: changed > 0 };
}
