/**
 * The sites' URL rules without their page readers: the background's link menu parses a link with
 * these, so its bundle carries each site's detection but none of the list and DOM readers that only
 * content scripts need (index.ts has the whole adapters).
 */
import type { DetectedMedia } from '../media';
import type { SiteUrlReader } from './adapter';
import { anidbUrl } from './anidb';
import { anilistUrl } from './anilist';
import { animeplanetUrl } from './animeplanet';
import { crunchyrollUrl } from './crunchyroll';
import { imdbUrl } from './imdb';
import { kitsuUrl } from './kitsu';
import { letterboxdUrl } from './letterboxd';
import { livechartUrl } from './livechart';
import { malUrl } from './mal';
import { netflixUrl } from './netflix';
import { tmdbUrl } from './tmdb';
import { traktUrl } from './trakt';
import { tvdbUrl } from './tvdb';
import { isOnHosts, parseUrl } from './url';

/** In the order of SITE_ADAPTERS. */
export const SITE_URL_READERS: readonly SiteUrlReader[] = [
  imdbUrl,
  tmdbUrl,
  malUrl,
  netflixUrl,
  letterboxdUrl,
  anidbUrl,
  tvdbUrl,
  animeplanetUrl,
  traktUrl,
  anilistUrl,
  livechartUrl,
  kitsuUrl,
  crunchyrollUrl,
];

/** What the URL alone says (ids, and kind/season/episode where the URL carries them). */
export function detectMediaFromUrl(url: string): DetectedMedia | null {
  const parsed = parseUrl(url);
  const reader = parsed && SITE_URL_READERS.find((site) => isOnHosts(parsed, site.matches));
  return reader ? reader.fromUrl(url) : null;
}
