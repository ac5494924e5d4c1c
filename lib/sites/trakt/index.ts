import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, readMeta, textOf } from '../dom';
import { parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { listedOnTrakt } from './list';
import { addLinkedIds, linkedIds, metaContent, slugInHref } from './page-data';
import { APP_HOST, parseTraktPage, TRAKT_MATCHES, traktMediaFromUrl, traktMediaOf } from './url';

/**
 * Every selector this adapter reads, from the classic site's server-rendered pages (docs/sites.md,
 * Trakt: page data). The URL's slug is the page's own id; IMDb, TMDB and TVDB come from the page.
 */
const SELECTORS = {
  /** Trakt's numbers: data-movie-id / data-show-id, data-season-number, data-episode-number: https://trakt.tv/shows/game-of-thrones/seasons/1/episodes/1 */
  summary: '.notable-summary',
  /** The IMDb button (an episode's own id on its page): https://trakt.tv/movies/inception-2010 */
  imdbLink: 'a#external-link-imdb',
  /** The TMDB button, /movie/<id> or /tv/<id>[/season/<n>[/episode/<m>]]: https://trakt.tv/shows/game-of-thrones */
  tmdbLink: 'a#external-link-tmdb',
  /** The TVDB button, ?tab=series&id=<id> (a season's or an episode's id on theirs): https://trakt.tv/shows/game-of-thrones */
  tvdbLink: 'a#external-link-tvdb',
  /** Microdata names: https://trakt.tv/movies/inception-2010 */
  movieName: '[itemtype$="/Movie"] > meta[itemprop="name"]',
  /** The show's name, on its episode pages too: https://trakt.tv/shows/breaking-bad/seasons/1/episodes/1 */
  showName: '[itemtype$="/TVSeries"] > meta[itemprop="name"]',
  /** https://trakt.tv/shows/breaking-bad/seasons/1/episodes/1 */
  episodeName: '[itemtype$="/TVEpisode"] > meta[itemprop="name"]',
  /** "2010" beside the heading: https://trakt.tv/movies/inception-2010 */
  year: '#summary-wrapper h1 .year',
  /** The heading (anchor): https://trakt.tv/movies/inception-2010 */
  heading: '#summary-wrapper h1',
  /** The title the DOM shows (domId): https://trakt.tv/shows/game-of-thrones */
  canonical: 'link[rel="canonical"]',
} as const;

const LINKS = { imdb: SELECTORS.imdbLink, tmdb: SELECTORS.tmdbLink, tvdb: SELECTORS.tvdbLink };

/** The slug the DOM says it shows (canonical link, else og:url), to tell a stale DOM after navigation. */
function domId(doc: Document): string | null {
  return slugInHref(doc.querySelector(SELECTORS.canonical)?.getAttribute('href') ?? readMeta(doc, 'og:url'));
}

/**
 * The slug the page is about: the URL's, or the DOM's when the URL named Trakt's numeric id
 * (/shows/1883 may be either); null when the DOM shows another title (a stale DOM after navigation),
 * or, in the client-rendered app, when it does not say which title it shows: its links may be the
 * last title's, and a wrong id would write to the wrong title.
 */
function currentSlug(url: string, urlSlug: string, doc: Document): string | null {
  const shown = domId(doc);
  if (shown === null) return parseUrl(url)?.hostname === APP_HOST ? null : urlSlug;
  if (shown === urlSlug) return urlSlug;
  const summary = doc.querySelector(SELECTORS.summary);
  const number = summary?.getAttribute('data-show-id') ?? summary?.getAttribute('data-movie-id');
  return /^\d+$/.test(urlSlug) && number === urlSlug ? shown : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const page = parseTraktPage(url);
  if (!page) return null;
  const slug = currentSlug(url, page.slug, doc);
  // A page that shows another title (or may) lends the URL's none of its ids.
  if (slug === null) return traktMediaOf(page);
  const media = traktMediaOf({ ...page, slug });
  const linked = linkedIds(doc, LINKS);
  const showTitle = metaContent(doc, SELECTORS.showName);
  if (media.kind === 'episode' && media.show) {
    // An episode page links the episode's own IMDb and TVDB ids, and TMDB's under its show's id.
    if (linked.imdb) media.ids.imdb = linked.imdb;
    if (linked.tvdb) media.ids.tvdb = linked.tvdb;
    if (linked.tmdb?.tv) media.show.ids.tmdb = linked.tmdb.id;
    if (showTitle) media.show.title = showTitle;
    const title = metaContent(doc, SELECTORS.episodeName);
    if (title) media.title = title;
    return media;
  }
  // A season page's TVDB button names the season, not the show.
  addLinkedIds(
    media.ids,
    media.season === undefined ? linked : { ...linked, tvdb: undefined },
    page.type === 'show',
  );
  const title = page.type === 'movie' ? metaContent(doc, SELECTORS.movieName) : showTitle;
  if (title) media.title = title;
  const year = firstYear(textOf(doc.querySelector(SELECTORS.year)));
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const traktUrl: SiteUrlReader = {
  id: 'trakt',
  matches: TRAKT_MATCHES,
  // None: a link gives only a slug, which the resolver cannot look up (docs/sites.md, Trakt: ids).
  titleLinkPaths: [],
  fromUrl: traktMediaFromUrl,
};

/**
 * The title page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const traktTitlePage = {
  id: 'trakt',
  name: 'Trakt',
  matches: TRAKT_MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.heading, SELECTORS.summary]),
  domId,
} satisfies SiteAdapter;

export const trakt: SiteAdapter = {
  ...traktTitlePage,
  // A title page is about one title: its related titles are not read, as on TMDB.
  listed: (url, doc) => (parseTraktPage(url) ? [] : listedOnTrakt(parseUrlOn(url, TRAKT_MATCHES), doc)),
};
