import { createStore, get, set, type UseStore } from 'idb-keyval';
import { type ExpiringCache, expiringCache } from '../idb/expiring';
import type { ScoreView } from '../messaging';

/** One title's score as Simkl last gave it (null: Simkl has none), and when. */
interface CachedScore {
  score: ScoreView | null;
  at: number;
}

/** Scores move slowly and the popup asks at every opening: one request per title a day at most. */
export const SCORE_TTL_MS = 24 * 60 * 60 * 1000;

export function openScoreDb(name = 'simkl-extension-scores'): UseStore {
  return createStore(name, 'scores');
}

/** The cached score under `key` while it is fresh; undefined when there is none or it is stale. */
export async function freshScore(db: UseStore, key: string, now: number): Promise<CachedScore | undefined> {
  const cached = await get<CachedScore>(key, db);
  return cached && !isExpired(cached, now) ? cached : undefined;
}

const isExpired = (cached: CachedScore, now: number) => !(now - cached.at < SCORE_TTL_MS && now >= cached.at);

/** The scores as a cache: counted, cleared and pruned with the other caches of Simkl's answers. */
export function scoreCache(db: UseStore): ExpiringCache {
  return expiringCache(db, isExpired);
}

export function saveScore(db: UseStore, key: string, score: ScoreView | null, now: number): Promise<void> {
  return set(key, { score, at: now } satisfies CachedScore, db);
}
