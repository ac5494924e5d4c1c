/**
 * One show's episodes from Netflix's metadata answer (docs/sites.md, Netflix: metadata): which season and
 * episode each video id is. The import makes one metadata request per show, not one per viewing.
 */
import { asInt, asText, pick } from '../json';
import { asYear } from '../year';

export interface EpisodeNumber {
  season: number;
  episode: number;
}

export interface NetflixShow {
  /** The show's title id. */
  netflix: string;
  title?: string;
  year?: number;
  /** Video id → its season and episode. */
  episodes: Map<string, EpisodeNumber>;
}

/** Null when the answer is not a show's metadata; never throws. */
export function readNetflixShow(json: unknown): NetflixShow | null {
  const id = asInt(pick(json, 'video', 'id'));
  if (id === undefined || pick(json, 'video', 'type') !== 'show') return null;
  const episodes = new Map<string, EpisodeNumber>();
  const seasons = pick(json, 'video', 'seasons');
  for (const season of Array.isArray(seasons) ? seasons : []) {
    const seasonNumber = asInt(pick(season, 'seq'));
    const list = pick(season, 'episodes');
    if (seasonNumber === undefined || !Array.isArray(list)) continue;
    for (const episode of list) {
      const videoId = asInt(pick(episode, 'id')) ?? asInt(pick(episode, 'episodeId'));
      const number = asInt(pick(episode, 'seq'));
      if (videoId !== undefined && number !== undefined) {
        episodes.set(String(videoId), { season: seasonNumber, episode: number });
      }
    }
  }
  const show: NetflixShow = { netflix: String(id), episodes };
  const title = asText(pick(json, 'video', 'title'));
  const year = asYear(pick(json, 'video', 'year'));
  if (title) show.title = title;
  if (year !== undefined) show.year = year;
  return show;
}
