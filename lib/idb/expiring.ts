/**
 * A cache of Simkl's answers kept for a while in an IndexedDB store of its own: the options page
 * counts it and "Clear caches" empties it, and what has expired is dropped rather than kept forever
 * (docs/architecture.md, Caches).
 */
import { clear, delMany, entries, keys, type UseStore } from 'idb-keyval';

export interface ExpiringCache {
  /** How many answers it holds (after `prune`, none of them expired). */
  count(): Promise<number>;
  clear(): Promise<void>;
  /** Drops every answer expired at `now`; answers how many went. */
  prune(now: number): Promise<number>;
}

/** The cache over one store, whose values say themselves whether they expired at a given time. */
export function expiringCache<T>(db: UseStore, expired: (value: T, now: number) => boolean): ExpiringCache {
  return {
    count: async () => (await keys(db)).length,
    clear: () => clear(db),
    async prune(now) {
      const gone = (await entries<IDBValidKey, T>(db))
        .filter(([, value]) => expired(value, now))
        .map(([key]) => key);
      if (gone.length > 0) await delMany(gone, db);
      return gone.length;
    },
  };
}
