/**
 * Trakt's URL rules (docs/sites.md, Trakt: URLs): the classic site's paths and the app's, whose
 * episode view is a query on the show's path. Apart from the adapter so that the background's URL
 * reader carries no DOM reader.
 */
import type { DetectedMedia } from '../../media';
import { asInt } from '../json';
import { parseUrlOn } from '../url';

export const APP_HOST = 'app.trakt.tv';
export const TRAKT_MATCHES = ['https://trakt.tv/*', `https://${APP_HOST}/*`];

/** /movies/<slug>, /shows/<slug>[/seasons/<n>[/episodes/<m>]], then any sub-page (/comments, …). */
const TITLE_PATH =
  /^\/(movies|shows)\/([a-z0-9][a-z0-9-]*)(?:\/seasons\/(\d+)(?:\/episodes\/(\d+))?)?(?:\/|$)/;

/** Paths under /movies/ and /shows/ that are Trakt's lists, not a title's slug. */
const LIST_SLUGS = new Set([
  'trending',
  'popular',
  'anticipated',
  'boxoffice',
  'watched',
  'collected',
  'played',
  'favorited',
  'recommended',
  'recommendations',
  'streaming',
  'premieres',
  'new',
  'community',
]);

export interface TraktPage {
  type: 'movie' | 'show';
  /** The URL's slug, or Trakt's numeric id (/shows/1883 may be either: the page tells). */
  slug: string;
  season?: number;
  episode?: number;
}

/** The title a Trakt URL names, or null for its other pages (lists, search, people). */
export function parseTraktPage(url: string): TraktPage | null {
  const parsed = parseUrlOn(url, TRAKT_MATCHES);
  const match = parsed && TITLE_PATH.exec(parsed.pathname);
  if (!parsed || !match?.[2] || LIST_SLUGS.has(match[2])) return null;
  if (match[1] === 'movies') return match[3] === undefined ? { type: 'movie', slug: match[2] } : null;
  const page: TraktPage = { type: 'show', slug: match[2] };
  // The app shows a season or an episode on the show's own path: ?season=1&view=episode&episode=1.
  const query = parsed.searchParams;
  const inPath = match[3] !== undefined;
  const season = inPath ? asInt(match[3]) : asInt(query.get('season'));
  const episode = inPath
    ? asInt(match[4])
    : query.get('view') === 'episode'
      ? asInt(query.get('episode'))
      : undefined;
  if (season !== undefined) page.season = season;
  if (season !== undefined && episode !== undefined) page.episode = episode;
  return page;
}

/** What the URL alone says: a movie, a show (with a season page's season) or an episode of a show. */
export function traktMediaOf(page: TraktPage): DetectedMedia {
  if (page.season !== undefined && page.episode !== undefined) {
    return {
      site: 'trakt',
      kind: 'episode',
      ids: {},
      show: { ids: { traktslug: page.slug } },
      season: page.season,
      episode: page.episode,
    };
  }
  const media: DetectedMedia = { site: 'trakt', kind: page.type, ids: { traktslug: page.slug } };
  if (page.season !== undefined) media.season = page.season;
  return media;
}

export function traktMediaFromUrl(url: string): DetectedMedia | null {
  const page = parseTraktPage(url);
  return page && traktMediaOf(page);
}
