/**
 * `use_tvdb_anime_seasons: true` on a `/sync/history` item (docs/simkl-api.md, Sync writes; Apiary "Handling Anime
 * Seasons with TVDB/TMDB IDs"): the item numbers an anime's seasons as TVDB does, so its season N
 * lands on the entry TVDB calls season N, as that entry's own season 1; a flat `episodes` list is
 * season 1; an item naming no episode means every season, from the first. Without the flag, or for
 * anything but an anime series, the item is taken as it is.
 */
import type { Title } from '../catalogue/model';
import { entryForTvdbSeason, tvdbSeriesOf } from '../catalogue/tvdb-seasons';
import { records } from './write-helpers';

type Item = Record<string, unknown>;

export interface HistoryPart {
  title: Title;
  item: Item;
}

/** The entries an item lands on and what each is given; none when no season it names exists. */
export function historyParts(title: Title, item: Item): HistoryPart[] {
  if (item.use_tvdb_anime_seasons !== true || title.kind !== 'anime' || title.animeType === 'movie')
    return [{ title, item }];
  const seasons = records(item.seasons);
  const flat = records(item.episodes);
  if (seasons.length === 0 && flat.length === 0)
    return tvdbSeriesOf(title).map((entry) => ({ title: entry, item }));
  const { episodes: _flat, seasons: _seasons, ...rest } = item;
  const byEntry = new Map<Title, Item[]>();
  const give = (tvdbSeason: number, season: Item) => {
    const entry = entryForTvdbSeason(title, tvdbSeason);
    if (entry) byEntry.set(entry, [...(byEntry.get(entry) ?? []), { ...season, number: 1 }]);
  };
  for (const season of seasons) give(Number(season.number), season);
  if (flat.length > 0) give(1, { number: 1, episodes: flat });
  return [...byEntry].map(([entry, list]) => ({ title: entry, item: { ...rest, seasons: list } }));
}
