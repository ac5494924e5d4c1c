/**
 * "Already watched on Simkl", from the mirror alone (no request): a film the user completed, an
 * episode of a show they completed, or an episode the mirror's per-episode state (lib/library's
 * episode store) holds as watched for a show in progress. What the mirror cannot tell is sent.
 */
import { episodeState } from '../../library/episode-state';
import type { LibraryEntry } from '../../media';
import type { WatchedSeasons } from '../../simkl/api';
import type { ImportTarget } from './netflix-map';

export function mirrorWatched(
  entries: readonly LibraryEntry[],
  episodesBySimklId: ReadonlyMap<number, WatchedSeasons> = new Map(),
): (target: ImportTarget) => boolean {
  const completed = new Set(
    entries.filter((entry) => entry.status === 'completed').map((entry) => entry.ids.simkl),
  );
  return (target) => {
    const simkl = target.ids.simkl;
    if (simkl === undefined) return false;
    if (completed.has(simkl)) return true;
    if (!target.episode) return false;
    return episodeState(episodesBySimklId.get(simkl), target.episode).watched;
  };
}
