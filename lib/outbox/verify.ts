import { isWatched } from '../library/episode-patch';
import type { LibraryEntry } from '../media';
import type { WatchedSeasons } from '../simkl/api';
import type { WriteAction } from './types';

/** The episodes a write names, as the mirror numbers them; null when it cannot tell (TVDB numbering). */
function writtenEpisodes(action: WriteAction): Array<{ season?: number; episode: number }> | null {
  if (action.kind === 'watched' && action.scope === 'episode') {
    return action.tvdbSeasons ? null : [{ season: action.season, episode: action.episode }];
  }
  if (action.kind !== 'episodes' || action.tvdbSeasons) return null;
  return action.seasons.flatMap((season) =>
    season.episodes.map((episode) => ({ season: season.number, episode })),
  );
}

/**
 * An episode write checked episode by episode against Simkl's own watched episodes: the entry's
 * counters also move when another device marks another episode, so they cannot say that these
 * landed. Undefined when the mirror holds no episodes of the title or the write numbers them
 * otherwise (an anime's TVDB seasons): then the counters are all there is.
 */
function episodesLanded(
  action: WriteAction,
  episodes: WatchedSeasons | null | undefined,
): boolean | undefined {
  const written = writtenEpisodes(action);
  if (!written || !episodes) return undefined;
  const unwatch = action.kind === 'episodes' && action.mode === 'unwatch';
  return written.every((ref) => isWatched(episodes, ref) !== unwatch);
}

function watchedMoved(truth: LibraryEntry, before: LibraryEntry | null | undefined): boolean {
  if (!before) return true;
  return (
    truth.lastWatchedAt !== before.lastWatchedAt ||
    (truth.watchedEpisodes ?? 0) > (before.watchedEpisodes ?? 0)
  );
}

/**
 * Whether Simkl's state (freshly synced) shows that an uncertain write already landed, so that
 * sending it again would apply it twice. `before` is Simkl's state just before it was sent.
 * Simkl rewrites some statuses (movie watching → completed, airing show completed → watching).
 * `episodes` is Simkl's own record of the series' watched episodes, as freshly synced.
 */
export function hasLanded(
  action: WriteAction,
  truth: LibraryEntry | null,
  before: LibraryEntry | null | undefined,
  episodes?: WatchedSeasons | null,
): boolean {
  const byEpisode = episodesLanded(action, episodes);
  if (byEpisode !== undefined) return byEpisode;
  switch (action.kind) {
    case 'status':
      if (!truth) return false;
      if (truth.status === action.status) return true;
      if (truth.type === 'movie') {
        return truth.status === 'completed' && (action.status === 'watching' || action.status === 'hold');
      }
      return action.status === 'completed' && truth.status === 'watching' && truth.status !== before?.status;
    case 'rate':
      return truth?.rating === action.rating;
    case 'unrate':
      return !truth || truth.rating === null;
    case 'remove':
      return !truth;
    case 'watched':
      if (!truth) return false;
      if (action.scope === 'item' && truth.status === 'completed') return true;
      return watchedMoved(truth, before);
    case 'episodes':
      // A removal sent twice removes nothing more, so only a count that fell proves it; marks moved
      // the entry like a single episode does.
      if (action.mode === 'unwatch')
        return !truth || (truth.watchedEpisodes ?? 0) < (before?.watchedEpisodes ?? 0);
      return truth !== null && watchedMoved(truth, before);
    case 'checkin':
      // Nothing in the lists shows a check-in; the caller treats it as landed rather than risk a double.
      return true;
  }
}
