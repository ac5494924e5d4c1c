import type { EntryPatch, Touch } from '../library/types';
import type { SimklItem } from '../media';
import { refsOf } from './episodes-action';
import type { EpisodesAction, WriteAction, WriteTarget } from './types';

/** The target as a Simkl item, once its type and Simkl id are known. */
export function itemOfTarget(target: WriteTarget): SimklItem | null {
  const simkl = target.ids.simkl;
  if (!target.type || simkl === undefined) return null;
  return { type: target.type, ids: { ...target.ids, simkl }, title: target.title, year: target.year };
}

/**
 * The mirror keeps an anime in Simkl's own numbering (one entry per AniDB season, counted as its
 * season 1): a TVDB-numbered write shows there only for TVDB's season 1, which maps directly.
 */
function episodesPatch(action: EpisodesAction, item: SimklItem, at: string): EntryPatch | null {
  const tvdbAnime = action.tvdbSeasons && item.type === 'anime';
  const refs = refsOf(action).filter((ref) => !tvdbAnime || ref.season === 1);
  if (refs.length === 0) return null;
  return action.mode === 'watch'
    ? { item, watchedEpisodes: refs, at }
    : { item, unwatchedEpisodes: refs, at };
}

/** The optimistic change a write makes; a check-in changes nothing in the lists. */
export function patchFor(action: WriteAction, item: SimklItem, at: string): EntryPatch | null {
  switch (action.kind) {
    case 'status':
      return { item, status: action.status, at };
    case 'rate':
      return { item, rating: action.rating, at };
    case 'unrate':
      return { item, rating: null, at };
    case 'remove':
      return { item, removed: true, at };
    case 'watched':
      if (action.scope === 'item') return { item, watched: 'all', at };
      // A later TVDB season of an anime is another Simkl entry: the sync brings it in Simkl's numbering.
      if (action.tvdbSeasons && item.type === 'anime' && (action.season ?? 1) !== 1) return null;
      return { item, watched: { season: action.season, episode: action.episode }, at };
    case 'episodes':
      return episodesPatch(action, item, at);
    case 'checkin':
      return null;
  }
}

/** What a write changes in Simkl's lists, for the sync after it; a check-in changes nothing there. */
export function touchFor(action: WriteAction, item: SimklItem): Touch | null {
  switch (action.kind) {
    case 'rate':
    case 'unrate':
      return { type: item.type, ratings: true };
    case 'remove':
      return { type: item.type, removal: true };
    case 'checkin':
      return null;
    default:
      return { type: item.type };
  }
}
