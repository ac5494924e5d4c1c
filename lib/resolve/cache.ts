import { clear, createStore, del, get, getMany, keys, set, type UseStore } from 'idb-keyval';
import type { SimklItem } from '../media';

/** `/search/id` answers by cache key (`imdb:tt0133093`, `tmdb:show:1399`); [] is a miss. */
export interface CachedAnswer {
  items: SimklItem[];
  at: number;
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
 * The Simkl ids earlier lookups found for Netflix titles (undefined: never looked up, or a miss),
 * in one read. Simkl's library answers never carry Netflix ids, so the badges on Netflix's rows
 * can only know a title the extension has resolved before (its page was visited); no request.
 */
export async function cachedNetflixSimklIds(
  db: UseStore,
  netflixIds: string[],
): Promise<Array<number | undefined>> {
  const answers = await getMany<CachedAnswer | undefined>(
    netflixIds.map((id) => `netflix:${id.trim().toLowerCase()}`),
    db,
  );
  return answers.map((answer) => answer?.items[0]?.ids.simkl);
}

/** How many answers are cached, for the options page. */
export async function countAnswers(db: UseStore): Promise<number> {
  return (await keys(db)).length;
}

/** "Clear caches": the next lookup asks Simkl again; the mirror is untouched. */
export function clearAnswers(db: UseStore): Promise<void> {
  return clear(db);
}

/** A corrected match ("Not this?", its undo): the next lookup of that id asks Simkl again. */
export function dropAnswer(db: UseStore, key: string): Promise<void> {
  return del(key, db);
}
