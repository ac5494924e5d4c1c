/**
 * The catalogue's vocabulary: what a seed row says about a title, and the derived record every route uses
 * (slug, poster path, status, ratings). Seed rows live in movies.ts, shows.ts and anime.ts.
 */
import { createHash } from 'node:crypto';
import type { Kind } from '../types';

export type AnimeType = 'tv' | 'movie' | 'ova' | 'ona' | 'special';

export interface TitleSeed {
  /** Below 9,000,000: Simkl's real id. From 9,100,000 up: invented for this service. */
  simkl: number;
  title: string;
  year: number;
  imdb?: string;
  tmdb?: string;
  mal?: string;
  netflix?: string;
  /** Anime: AniDB's anime id (Simkl's anime catalogue is built on AniDB). */
  anidb?: string;
  /** Shows: TheTVDB's series id. */
  tvdb?: string;
  /** Anime: Anime-Planet's slug, which Simkl's `/search/id` takes and its library never carries. */
  animeplanet?: string;
  /** Trakt's slug, for the titles the Trakt fixture pages show (docs/sites.md, Trakt: ids). */
  traktslug?: string;
  /** Letterboxd's film slug, which the contract lists for /search/id; the library never carries it. */
  letterboxd?: string;
  /** Anime: AniList's, Kitsu's and LiveChart's numbers (catalogue/anime-site-ids.ts). */
  anilist?: string;
  kitsu?: string;
  livechart?: string;
  /** Crunchyroll's and Hulu's ids (catalogue/streaming-ids.ts). */
  crunchyroll?: string;
  hulu?: string;
  runtime: number;
  genres: string;
  country?: string;
  network?: string;
  /** Simkl's average out of 10 (illustrative). */
  rating: number;
  /** Movies: release date; shows and anime: first air date (YYYY-MM-DD). */
  date?: string;
  /** Upcoming movies: release this many days after the service's "today". */
  releaseInDays?: number;
  /** Shows and anime: episodes per season (anime keep one season, numbered 1..n). */
  seasons?: number[];
  /** The last season is airing: `aired` of its episodes are out, the next one comes in `nextInDays`. */
  airing?: { aired: number; nextInDays: number };
  animeType?: AnimeType;
  /**
   * Anime: a later season Simkl keeps as its own entry (AniDB numbering) that TVDB and TMDB number as
   * season `season` of the series whose first entry is `of` (`use_tvdb_anime_seasons` reads it).
   */
  tvdbSeason?: { of: number; season: number };
  enTitle?: string;
  altTitles?: string[];
  /** 'season:episode' → real episode title / IMDb id where known. */
  episodeTitles?: Record<string, string>;
  episodeImdb?: Record<string, string>;
}

export interface Title extends TitleSeed {
  kind: Kind;
  slug: string;
  poster: string;
  fanart: string;
  rank: number;
  /** Wire ids: `simkl` int, the rest strings (docs/simkl-api.md, Ids and media objects). */
  ids: Record<string, string | number>;
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Simkl image paths look like `74/74415673dcdc9cdd`: a two-digit folder that starts the file name. */
export function imagePath(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  const folder = String((Number.parseInt(hex.slice(0, 4), 16) % 90) + 10);
  return `${folder}/${folder}${hex.slice(4, 17)}`;
}

/**
 * Every other site's id a seed may carry: the catalogue finds a title by each (`/search/id`), and
 * the library answers carry only some of them (library-ids.ts).
 */
export const SEED_ID_KEYS = [
  'imdb',
  'tmdb',
  'mal',
  'netflix',
  'anidb',
  'tvdb',
  'animeplanet',
  'traktslug',
  'letterboxd',
  'anilist',
  'kitsu',
  'livechart',
  'crunchyroll',
  'hulu',
] as const;

export function buildTitle(seed: TitleSeed, kind: Kind, rank: number): Title {
  const slug = slugify(seed.title);
  const ids: Record<string, string | number> = { simkl: seed.simkl, slug };
  for (const key of SEED_ID_KEYS) {
    const value = seed[key];
    if (value) ids[key] = value;
  }
  return {
    ...seed,
    kind,
    slug,
    poster: imagePath(`poster:${seed.simkl}`),
    fanart: imagePath(`fanart:${seed.simkl}`),
    rank,
    ids,
  };
}

/** Where the title lives on simkl.com: /movies/…, /tv/…, /anime/…. */
export function titleUrl(title: Title): string {
  const section = title.kind === 'movie' ? 'movies' : title.kind === 'show' ? 'tv' : 'anime';
  return `/${section}/${title.simkl}/${title.slug}`;
}

export function wireType(title: Title): 'movie' | 'tv' | 'anime' {
  return title.kind === 'show' ? 'tv' : title.kind;
}

/** Illustrative community numbers, stable per title: Simkl's own, plus IMDb / MAL where the title has them. */
export function ratingsOf(title: Title): Record<string, Record<string, number>> {
  const votes = 200 + (title.simkl % 4973);
  const ratings: Record<string, Record<string, number>> = { simkl: { rating: title.rating, votes } };
  if (title.imdb)
    ratings.imdb = { rating: Math.max(1, Math.round((title.rating - 0.2) * 10) / 10), votes: votes * 97 };
  if (title.mal)
    ratings.mal = { rating: Math.round((title.rating + 0.1) * 10) / 10, votes: votes * 41, rank: title.rank };
  return ratings;
}
