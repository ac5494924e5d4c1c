/**
 * Reading a series' watched episodes (the mirror's WatchedSeasons) for a page or the popup: one
 * episode's state, and whether an episode of Simkl's list counts as aired. Pure: no IndexedDB here,
 * so the popup and the pages can use them on what the background answers.
 */
import type { EpisodeInfo, WatchedSeasons } from '../simkl/api';
import type { EpisodeRef } from './episode-code';
import { seasonOf } from './episode-patch';

export interface EpisodeState {
  watched: boolean;
  /** When Simkl recorded it (ISO); absent when not watched or Simkl gave no date. */
  watchedAt?: string;
}

/** "S2E5 ✓ 3 Mar 2025" or "not watched": by season and episode (anime: no season, or 1). */
export function episodeState(seasons: WatchedSeasons | null | undefined, ref: EpisodeRef): EpisodeState {
  const at = seasons?.[seasonOf(ref)]?.[ref.episode];
  if (at === undefined) return { watched: false };
  return at === null ? { watched: true } : { watched: true, watchedAt: at };
}

/**
 * A regular episode that has aired by `now`: specials (Simkl's type, or season 0) never count, and an
 * episode without Simkl's `aired` flag counts by its broadcast date.
 */
export function isAiredEpisode(info: EpisodeInfo, now: number): info is EpisodeInfo & { episode: number } {
  if (info.type === 'special' || info.season === 0 || info.episode === undefined) return false;
  if (info.aired !== undefined) return info.aired;
  return info.date !== undefined && Date.parse(info.date) <= now;
}
