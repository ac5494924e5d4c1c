/**
 * Anime seasons as TVDB and TMDB count them (docs/simkl-api.md, Sync writes; Apiary "Handling Anime Seasons with
 * TVDB/TMDB IDs"): Simkl keeps each anime season as its own entry numbered from episode 1 (AniDB),
 * while TVDB numbers them as seasons 1, 2, … of one series. A seed's `tvdbSeason` says which entry
 * is which season; an entry without one is season 1 of its own series.
 */
import { TITLES } from './index';
import type { Title } from './model';

/** The simkl id of the series' first entry. */
const seriesOf = (title: Title): number => title.tvdbSeason?.of ?? title.simkl;
const seasonOf = (title: Title): number => title.tvdbSeason?.season ?? 1;

/** Every entry of the anime's TVDB series, season 1 first. */
export function tvdbSeriesOf(title: Title): Title[] {
  if (title.kind !== 'anime') return [title];
  const series = seriesOf(title);
  return TITLES.filter((entry) => entry.kind === 'anime' && seriesOf(entry) === series).sort(
    (a, b) => seasonOf(a) - seasonOf(b),
  );
}

/** The entry TVDB calls season `season` of this anime's series. */
export function entryForTvdbSeason(title: Title, season: number): Title | undefined {
  return tvdbSeriesOf(title).find((entry) => seasonOf(entry) === season);
}
