import type { Library } from '../../library/types';
import { type LibraryEntry, LOOKUP_ONLY_ID_KEYS, type MediaIds } from '../../media';
import type { ListedState } from '../../messaging';
import { lookupTarget } from '../../resolve/kinds';
import type { ListHandlers } from '../intents/handler-types';

/** What a badge needs of an entry, and nothing more (no ids, no titles, no dates). */
export function listedState(entry: LibraryEntry | null): ListedState | null {
  if (!entry) return null;
  const state: ListedState = { status: entry.status, rating: entry.rating };
  if (entry.type !== 'movie' && entry.watchedEpisodes !== undefined) state.watched = entry.watchedEpisodes;
  if (entry.type !== 'movie' && entry.totalEpisodes !== undefined) state.total = entry.totalEpisodes;
  return state;
}

export interface ListHandlerDeps {
  library: Pick<Library, 'lookupMany'>;
  /** Simkl ids the resolver's cache holds under these keys (lib/resolve/cache.ts, cachedSimklIds). */
  cachedSimklIds?: (cacheKeys: string[]) => Promise<Array<number | undefined>>;
}

/** The resolver's cache key of an id the library never carries (Netflix, AniList…), if the title has one. */
function lookupOnlyKey(ids: MediaIds): string | undefined {
  const key = LOOKUP_ONLY_ID_KEYS.find((name) => ids[name]);
  return key && `${key}:${ids[key]?.trim().toLowerCase()}`;
}

/**
 * The badges' lookups: the mirror only, one pass for a whole page, never a request to Simkl. Titles
 * named only by ids the library never carries (Netflix's, the anime sites') that the mirror misses
 * get a second pass by the Simkl id an earlier lookup found, if any.
 */
export function createListHandlers({ library, cachedSimklIds }: ListHandlerDeps): ListHandlers {
  return {
    async listStates({ titles }) {
      const targets = titles.map(lookupTarget);
      const entries = await library.lookupMany(targets);
      const missed = targets.flatMap((target, position) =>
        !entries[position] && target && lookupOnlyKey(target.ids) ? [position] : [],
      );
      if (cachedSimklIds && missed.length > 0) {
        const simkl = await cachedSimklIds(
          missed.map((position) => lookupOnlyKey(targets[position]?.ids ?? {}) ?? ''),
        );
        const found = missed.filter((_, n) => simkl[n] !== undefined);
        const again = await library.lookupMany(
          found.map((position) => ({ ids: { simkl: simkl[missed.indexOf(position)] } })),
        );
        found.forEach((position, n) => {
          entries[position] = again[n] ?? null;
        });
      }
      return entries.map(listedState);
    },
  };
}
