/**
 * The watched episodes of one library item (all-items with `extended=full&episode_watched_at=yes`,
 * docs/simkl-api.md, Sync reads): `seasons[{number, episodes[{number, watched_at?}]}]`. Anime list their
 * episodes under one season (AniDB's numbering, season 1); a flat `episodes[]` counts as season 1 too.
 */
import type { WatchedSeasons } from './api';
import { expectList, expectRecord, nullableDate, optionalInt } from './parse-guards';

function addEpisodes(target: WatchedSeasons, season: number, episodes: unknown): void {
  const row = target[season] ?? {};
  for (const value of expectList(episodes, 'season episodes')) {
    const raw = expectRecord(value, 'watched episode');
    const number = optionalInt(raw.number ?? raw.episode);
    if (number === undefined) continue;
    row[number] = nullableDate(raw.watched_at, 'episode watched_at');
  }
  if (Object.keys(row).length > 0) target[season] = row;
}

/** Season → episode → watched_at (null when Simkl gave no date); {} when nothing is watched. */
export function parseWatchedSeasons(raw: Record<string, unknown>): WatchedSeasons {
  const watched: WatchedSeasons = {};
  for (const value of expectList(raw.seasons, 'seasons')) {
    const season = expectRecord(value, 'season');
    const number = optionalInt(season.number);
    if (number !== undefined) addEpisodes(watched, number, season.episodes);
  }
  if (raw.episodes !== undefined) addEpisodes(watched, 1, raw.episodes);
  return watched;
}
