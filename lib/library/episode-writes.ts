/**
 * The writes of the episode actions, built from the mirror's watched episodes and Simkl's episode
 * list: "mark watched up to here" (one /sync/history write of every aired episode not yet watched)
 * and unwatch of an episode or a season (/sync/history/remove). Pure; the outbox sends them.
 */
import type { EpisodeInfo, HistoryWrite, WatchedSeasons, WriteTarget } from '../simkl/api';
import type { EpisodeRef } from './episode-code';
import { isWatched, seasonOf } from './episode-patch';
import { isAiredEpisode } from './episode-state';

export interface EpisodeWrite {
  /** How many episodes it marks or takes back (the confirmation says it). */
  count: number;
  /** The same episodes, for the mirror's optimistic patch (`watchedEpisodes` / `unwatchedEpisodes`). */
  episodes: EpisodeRef[];
  /** The item of the /sync/history (or /history/remove) body: seasons → episodes, in order. */
  write: HistoryWrite;
}

const byOrder = (a: EpisodeRef, b: EpisodeRef) => seasonOf(a) - seasonOf(b) || a.episode - b.episode;

/** Groups episodes into the contract's `seasons: [{number, episodes: [{number}]}]`. */
export function episodeWrite(
  target: WriteTarget,
  refs: readonly EpisodeRef[],
  watchedAt?: string,
): EpisodeWrite {
  const episodes = [...refs].sort(byOrder);
  const seasons: NonNullable<HistoryWrite['seasons']> = [];
  for (const ref of episodes) {
    const number = seasonOf(ref);
    let season = seasons.at(-1);
    if (season?.number !== number) {
      season = { number, episodes: [] };
      seasons.push(season);
    }
    season.episodes.push({ number: ref.episode });
  }
  const write: HistoryWrite = { ...target, seasons };
  if (watchedAt) write.watchedAt = watchedAt;
  return { count: episodes.length, episodes, write };
}

/**
 * Every aired regular episode up to and including `here` (by season, then episode) that is not
 * watched yet; specials and episodes still to air are left out.
 */
export function catchUpTo(
  target: WriteTarget,
  seasons: WatchedSeasons | null | undefined,
  catalogue: readonly EpisodeInfo[],
  here: EpisodeRef,
  now: number,
  watchedAt?: string,
): EpisodeWrite {
  const refs = catalogue
    .flatMap((info) => (isAiredEpisode(info, now) ? [{ season: seasonOf(info), episode: info.episode }] : []))
    .filter((ref) => byOrder(ref, here) <= 0 && !isWatched(seasons, ref));
  return episodeWrite(target, refs, watchedAt);
}

/** Unwatch one episode: its /sync/history/remove item. */
export const unwatchEpisode = (target: WriteTarget, ref: EpisodeRef): EpisodeWrite =>
  episodeWrite(target, [{ season: seasonOf(ref), episode: ref.episode }]);

/** Unwatch a season: every episode of it the mirror holds as watched, named one by one. */
export function unwatchSeason(
  target: WriteTarget,
  seasons: WatchedSeasons | null | undefined,
  season: number,
) {
  const watched = Object.keys(seasons?.[season] ?? {}).map((episode) => ({
    season,
    episode: Number(episode),
  }));
  return episodeWrite(target, watched);
}
