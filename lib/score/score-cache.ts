import { clear, createStore, get, set, type UseStore } from 'idb-keyval';
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
  return cached && now - cached.at < SCORE_TTL_MS && now >= cached.at ? cached : undefined;
}

export function saveScore(db: UseStore, key: string, score: ScoreView | null, now: number): Promise<void> {
  return set(key, { score, at: now } satisfies CachedScore, db);
}

export function clearScores(db: UseStore): Promise<void> {
  return clear(db);
}
