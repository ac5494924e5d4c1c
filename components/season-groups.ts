import type { EpisodesView } from '../lib/messaging';

export interface EpisodeLine {
  episode: number;
  title?: string;
  aired: boolean;
  /** When Simkl recorded it watched (null: watched, no date); undefined: not watched. */
  watchedAt?: string | null;
}

export interface SeasonGroup {
  season: number;
  episodes: EpisodeLine[];
  /** Aired episodes watched, of the aired ones: what "5/10 watched" counts (unaired ones wait). */
  watched: number;
  aired: number;
}

/**
 * The popup's seasons: Simkl's regular episodes with the mirror's watched marks, and any watched
 * episode the catalogue does not list (it failed, or lags behind), in season and episode order.
 */
export function seasonGroups(view: EpisodesView): SeasonGroup[] {
  const bySeason = new Map<number, Map<number, EpisodeLine>>();
  const lines = (season: number) => {
    const found = bySeason.get(season) ?? new Map<number, EpisodeLine>();
    bySeason.set(season, found);
    return found;
  };
  for (const { season, episode, title, aired } of view.catalogue ?? []) {
    lines(season).set(episode, { episode, title, aired });
  }
  for (const [season, episodes] of Object.entries(view.seasons)) {
    for (const [episode, at] of Object.entries(episodes)) {
      const line = lines(Number(season));
      const known = line.get(Number(episode));
      line.set(Number(episode), { ...(known ?? { episode: Number(episode), aired: true }), watchedAt: at });
    }
  }
  return [...bySeason.entries()]
    .sort(([a], [b]) => a - b)
    .map(([season, map]) => {
      const episodes = [...map.values()].sort((a, b) => a.episode - b.episode);
      const aired = episodes.filter((line) => line.aired);
      const watched = aired.filter((line) => line.watchedAt !== undefined).length;
      return { season, episodes, watched, aired: aired.length };
    });
}
