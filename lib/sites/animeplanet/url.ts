/**
 * Anime-Planet's anime pages, /anime/<slug> (docs/sites.md, Anime-Planet: URLs): the slug is the id
 * Simkl's `animeplanet` key takes. The same folder holds the site's anime directories, whose first
 * segment is a word, not a title.
 */
import { parseUrlOn } from '../url';

export const ANIMEPLANET_MATCHES = ['https://www.anime-planet.com/*'];

/** /anime/death-note and its sub-pages (/characters, /reviews…). */
const ANIME_PATH = /^\/anime\/([a-z0-9][a-z0-9-]*)(?:\/|$)/;
/** The directories under /anime/: browse, charts, seasons, tags… (no anime is called so). */
const NOT_TITLES = new Set([
  'all',
  'top-anime',
  'seasons',
  'tags',
  'studios',
  'recommendations',
  'watch-online',
  'random',
  'genres',
]);

/** The slug a URL (or a link resolved against the site) names, or null. */
export function slugOf(url: string): string | null {
  const parsed = parseUrlOn(url, ANIMEPLANET_MATCHES);
  const slug = parsed && ANIME_PATH.exec(parsed.pathname)?.[1];
  return slug && !NOT_TITLES.has(slug) ? slug : null;
}
