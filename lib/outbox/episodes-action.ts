/**
 * The several-episode write (EpisodesAction) in the shapes around it: built from the episodes an
 * action picked, read back as episode refs for the mirror's patch, and counted for its label.
 */
import type { EpisodeRef } from '../library/episode-code';
import type { HistoryWrite } from '../simkl/api';
import type { EpisodesAction } from './types';

/** Groups the episode refs of an /sync/history item (seasons → episodes, already in order). */
export function episodesAction(
  mode: EpisodesAction['mode'],
  write: Pick<HistoryWrite, 'seasons'>,
): EpisodesAction {
  const seasons = (write.seasons ?? []).map((season) => ({
    number: season.number,
    episodes: season.episodes.map((episode) => episode.number),
  }));
  return { kind: 'episodes', mode, seasons };
}

export const refsOf = (action: EpisodesAction): EpisodeRef[] =>
  action.seasons.flatMap((season) => season.episodes.map((episode) => ({ season: season.number, episode })));

export const episodeCountOf = (action: EpisodesAction): number =>
  action.seasons.reduce((sum, season) => sum + season.episodes.length, 0);

/** The contract's `seasons: [{number, episodes: [{number}]}]`, seasons that name no episode left out. */
export const historySeasonsOf = (action: EpisodesAction): NonNullable<HistoryWrite['seasons']> =>
  action.seasons
    .filter((season) => season.episodes.length > 0)
    .map((season) => ({ number: season.number, episodes: season.episodes.map((number) => ({ number })) }));
