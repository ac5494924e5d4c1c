import type { UseStore } from 'idb-keyval';
import type { Library } from '../library/types';
import { readAnswer } from './cache';
import { overrideReader } from './overrides';
import { resolveBy } from './resolve-by';
import type { Resolver } from './resolver';

/**
 * The resolver of an extension page that must not talk to Simkl (the popup before the worker
 * answers): the same steps, with the background's cached `/search/id` answers only. Hits are kept
 * whatever their age, since ids do not move between titles; a title never looked up is null.
 */
export function createCachedResolver(
  db: UseStore,
  library: Pick<Library, 'lookup'>,
  overrides?: UseStore,
): Resolver {
  const overridden = overrideReader(overrides);
  return {
    resolve: (media) =>
      resolveBy(
        media,
        library,
        async (lookup) => (await readAnswer(db, lookup.cacheKey))?.items ?? [],
        overridden,
      ),
    overridden,
  };
}
