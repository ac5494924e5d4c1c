import type { Library } from '../library/types';
import type { LibraryEntry } from '../media';
import type { ListedState } from '../messaging';
import { lookupTarget } from '../resolve/kinds';
import type { ListHandlers } from './handler-types';

/** What a badge needs of an entry, and nothing more (no ids, no titles, no dates). */
export function listedState(entry: LibraryEntry | null): ListedState | null {
  if (!entry) return null;
  const state: ListedState = { status: entry.status, rating: entry.rating };
  if (entry.type !== 'movie' && entry.watchedEpisodes !== undefined) state.watched = entry.watchedEpisodes;
  if (entry.type !== 'movie' && entry.totalEpisodes !== undefined) state.total = entry.totalEpisodes;
  return state;
}

/** The badges' lookups: the mirror only, one pass for a whole page, never a request to Simkl. */
export function createListHandlers({ library }: { library: Pick<Library, 'lookupMany'> }): ListHandlers {
  return {
    async listStates({ titles }) {
      const entries = await library.lookupMany(titles.map(lookupTarget));
      return entries.map(listedState);
    },
  };
}
