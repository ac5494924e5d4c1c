/**
 * The optimistic side of episode writes: what a pending write does to a series' watched episodes
 * until the sync after it brings Simkl's own record (which replaces the optimistic one whole).
 */
import type { WatchedSeasons } from '../simkl/api';
import type { EpisodeRef } from './episode-code';
import type { EntryPatch } from './types';

/** all-items lists a flat episode (anime, or a show without seasons) under season 1. */
export const seasonOf = (ref: { season?: number }): number => ref.season ?? 1;

export function isWatched(seasons: WatchedSeasons | null | undefined, ref: EpisodeRef): boolean {
  return seasons?.[seasonOf(ref)]?.[ref.episode] !== undefined;
}

/** The episodes a patch marks: its one episode and its batch. */
function markedBy(patch: EntryPatch): EpisodeRef[] {
  const one = typeof patch.watched === 'object' ? [patch.watched] : [];
  return [...one, ...(patch.watchedEpisodes ?? [])];
}

/** Whether the patch changes anything in the episode store. */
export function touchesEpisodes(patch: EntryPatch): boolean {
  return patch.removed === true || markedBy(patch).length > 0 || (patch.unwatchedEpisodes?.length ?? 0) > 0;
}

/**
 * The patch as it changes these seasons: an episode already watched is not counted again, one not
 * watched is not taken back (so the entry's counters move by what really changes).
 */
export function narrowPatch(seasons: WatchedSeasons, patch: EntryPatch): EntryPatch {
  const narrowed: EntryPatch = { ...patch };
  if (patch.watchedEpisodes)
    narrowed.watchedEpisodes = patch.watchedEpisodes.filter((ref) => !isWatched(seasons, ref));
  if (patch.unwatchedEpisodes)
    narrowed.unwatchedEpisodes = patch.unwatchedEpisodes.filter((ref) => isWatched(seasons, ref));
  return narrowed;
}

/** The seasons after the patch (a copy): marks carry the write's time; a removed item has none. */
export function patchSeasons(seasons: WatchedSeasons, patch: EntryPatch): WatchedSeasons {
  if (patch.removed) return {};
  const next: WatchedSeasons = {};
  for (const [season, episodes] of Object.entries(seasons)) next[Number(season)] = { ...episodes };
  for (const ref of markedBy(patch)) {
    const row = next[seasonOf(ref)] ?? {};
    row[ref.episode] ??= patch.at ?? null;
    next[seasonOf(ref)] = row;
  }
  for (const ref of patch.unwatchedEpisodes ?? []) {
    const row = next[seasonOf(ref)];
    if (!row) continue;
    delete row[ref.episode];
    if (Object.keys(row).length === 0) delete next[seasonOf(ref)];
  }
  return next;
}
