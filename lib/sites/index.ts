import type { DetectedMedia } from '../media';
import type { ListedTitle, SiteAdapter } from './adapter';
import { anidb } from './anidb';
import { anilist } from './anilist';
import { animeplanet } from './animeplanet';
import { crunchyroll } from './crunchyroll';
import { imdb } from './imdb';
import { kitsu } from './kitsu';
import { letterboxd } from './letterboxd';
import { livechart } from './livechart';
import { mal } from './mal';
import { netflix } from './netflix';
import { tmdb } from './tmdb';
import { trakt } from './trakt';
import { tvdb } from './tvdb';
import { isOnHosts, parseUrl } from './url';

export type { DetectedMedia, MediaIds, MediaKind, Site } from '../media';
export type { ListedTitle, SiteAdapter, SiteUrlReader } from './adapter';
export { parseViewingActivity } from './netflix/history';
export { ownIdKey, pageIdOf } from './page-id';
export { detectMediaFromUrl } from './url-readers';

/** The site list, single source of truth: content scripts, the README table and tests read it. */
export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  imdb,
  tmdb,
  mal,
  netflix,
  letterboxd,
  anidb,
  tvdb,
  animeplanet,
  trakt,
  anilist,
  livechart,
  kitsu,
  crunchyroll,
];

/** The adapter whose hosts serve this URL, or null (also for URLs that do not parse). */
export function adapterForUrl(url: string): SiteAdapter | null {
  const parsed = parseUrl(url);
  if (!parsed) return null;
  return SITE_ADAPTERS.find((adapter) => isOnHosts(parsed, adapter.matches)) ?? null;
}

/** The title this page is about, or null. Never throws, whatever the document holds. */
export function detectMedia(url: string, doc: Document): DetectedMedia | null {
  try {
    return adapterForUrl(url)?.detect(url, doc) ?? null;
  } catch {
    return null;
  }
}

/**
 * One entry per title this page lists (a chart, a search, a list, a filmography, an episode list,
 * a title page's "More like this"), in document order; [] for anything else. Site chrome (navigation,
 * footers, sidebars, billboards) is never an entry. Pure and never throws, whatever the document holds.
 */
export function findListedTitles(url: string, doc: Document): ListedTitle[] {
  try {
    return adapterForUrl(url)?.listed?.(url, doc) ?? [];
  } catch {
    return [];
  }
}
