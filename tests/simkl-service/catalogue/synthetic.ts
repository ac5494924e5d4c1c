/**
 * Made-up titles for volume tests (a 5,000-item library for the sync bench): simkl ids from 9,500,000
 * up, IMDb ids `tt9…` that no real catalogue title uses. They exist for the sync endpoints and id
 * lookups only; search, calendars and images never list them.
 */
import type { Kind, ListStatus, SeedItem } from '../types';
import { buildTitle, type Title, type TitleSeed } from './model';

export const SYNTHETIC_SIMKL_BASE = 9_500_000;
/** Six movies, three shows and one anime in every ten, roughly a real library's mix. */
const KINDS: readonly Kind[] = [
  'movie',
  'movie',
  'movie',
  'movie',
  'movie',
  'movie',
  'show',
  'show',
  'show',
  'anime',
];
const MOVIE_LISTS: readonly ListStatus[] = ['completed', 'completed', 'completed', 'plantowatch', 'dropped'];
const SERIES_LISTS: readonly ListStatus[] = ['completed', 'watching', 'plantowatch', 'hold', 'dropped'];

/** Volume options: `episodes` gives every show and anime that many (shows in seasons of 25 at most). */
export interface SyntheticOptions {
  episodes?: number;
}

const SEASON_LENGTH = 25;

function seasonsOf(kind: Kind, episodes: number | undefined): number[] {
  if (episodes === undefined) return kind === 'show' ? [10, 10] : [24];
  if (kind === 'anime') return [episodes];
  const seasons = Array.from({ length: Math.floor(episodes / SEASON_LENGTH) }, () => SEASON_LENGTH);
  if (episodes % SEASON_LENGTH > 0) seasons.push(episodes % SEASON_LENGTH);
  return seasons;
}

export function syntheticTitle(index: number, options: SyntheticOptions = {}): Title {
  const kind = KINDS[index % KINDS.length] ?? 'movie';
  const year = 1970 + (index % 55);
  const seed: TitleSeed = {
    simkl: SYNTHETIC_SIMKL_BASE + index,
    title: `Synthetic ${kind} ${index}`,
    year,
    imdb: `tt9${String(index).padStart(7, '0')}`,
    tmdb: String(900_000 + index),
    runtime: kind === 'movie' ? 100 : kind === 'show' ? 45 : 24,
    genres: 'Drama',
    rating: 5 + (index % 50) / 10,
    date: `${year}-03-01`,
  };
  if (kind !== 'movie') seed.seasons = seasonsOf(kind, options.episodes);
  if (kind === 'anime') Object.assign(seed, { animeType: 'tv', mal: String(900_000 + index) });
  return buildTitle(seed, kind, 0);
}

/**
 * A plausible entry for the title: lists spread like a real user's, every third item rated. Series on
 * Watching, On hold or Dropped have watched a few episodes, or (with `episodes`) all but a few.
 */
export function syntheticSeedItem(title: Title, index: number, options: SyntheticOptions = {}): SeedItem {
  const lists = title.kind === 'movie' ? MOVIE_LISTS : SERIES_LISTS;
  const status = lists[Math.floor(index / KINDS.length) % lists.length] ?? 'completed';
  const item: SeedItem = { ids: { simkl: title.simkl }, type: title.kind, status };
  if (index % 3 === 0) item.rating = 1 + (index % 10);
  if (title.kind !== 'movie' && status !== 'plantowatch' && status !== 'completed') {
    const few = 1 + (index % 9);
    item.watchedEpisodes = options.episodes === undefined ? few : Math.max(0, options.episodes - few);
  }
  return item;
}
