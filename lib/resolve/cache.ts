import { createStore, del, entries, get, getMany, set, type UseStore } from 'idb-keyval';
import { type ExpiringCache, expiringCache } from '../idb/expiring';
import type { SimklItem } from '../media';

/** `/search/id` answers by cache key (`imdb:tt0133093`, `tmdb:show:1399`); [] is a miss. */
export interface CachedAnswer {
  items: SimklItem[];
  at: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Ids do not move between titles: a hit is kept a month. */
export const HIT_TTL_MS = 30 * DAY_MS;
/** A miss may be a title Simkl adds tomorrow. */
export const MISS_TTL_MS = DAY_MS;

/** Whether an answer is too old to trust at `now` (a clock set back counts as too old too). */
export function isStale(
  answer: CachedAnswer,
  now: number,
  hitTtl = HIT_TTL_MS,
  missTtl = MISS_TTL_MS,
): boolean {
  const ttl = answer.items.length > 0 ? hitTtl : missTtl;
  return !(now - answer.at < ttl && now >= answer.at);
}

export function openResolveDb(name = 'simkl-extension-resolve'): UseStore {
  return createStore(name, 'ids');
}

export function readAnswer(db: UseStore, key: string): Promise<CachedAnswer | undefined> {
  return get<CachedAnswer>(key, db);
}

export function saveAnswer(db: UseStore, key: string, answer: CachedAnswer): Promise<void> {
  return set(key, answer, db);
}

/**
 * The Simkl ids earlier lookups found under these cache keys (`anilist:1535`, `netflix:80057281`;
 * undefined: never looked up, or a miss), in one read: the badges of titles named by ids Simkl's
 * library never carries (LOOKUP_ONLY_ID_KEYS) know a title only once its page was resolved.
 */
export async function cachedSimklIds(db: UseStore, cacheKeys: string[]): Promise<Array<number | undefined>> {
  const answers = await getMany<CachedAnswer | undefined>(cacheKeys, db);
  return answers.map((answer) => answer?.items[0]?.ids.simkl);
}

/**
 * The answers as a cache: counted for the options page, emptied by "Clear caches" (the next lookup
 * asks Simkl again; the mirror is untouched), and pruned of the expired ones.
 */
export function resolveCache(db: UseStore): ExpiringCache {
  return expiringCache<CachedAnswer>(db, (answer, now) => isStale(answer, now));
}

/** A corrected match ("Not this?", its undo): the next lookup of that id asks Simkl again. */
export function dropAnswer(db: UseStore, key: string): Promise<void> {
  return del(key, db);
}

/**
 * Every cached lookup that found an item, whatever its age (ids do not move between titles), with its
 * cache key: the title index names a listed item by the page ids it was found by (title-index/looked-up.ts).
 */
export async function cachedHits(db: UseStore): Promise<Array<[string, SimklItem]>> {
  const answers = await entries<string, CachedAnswer | undefined>(db);
  return answers.flatMap(([key, answer]) => (answer?.items[0] ? [[key, answer.items[0]]] : []));
}
