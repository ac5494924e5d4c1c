import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, readMeta } from '../dom';
import { parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { listedOnLetterboxd } from './list';

/**
 * Every selector this adapter reads, from Letterboxd's server-rendered film pages (docs/sites.md,
 * Letterboxd: page data). The URL's slug is the page's own id; TMDB and IMDb come from the page.
 */
const SELECTORS = {
  /** data-tmdb-type / data-tmdb-id on the body (the id is empty on some TV items): https://letterboxd.com/film/parasite-2019/ */
  tmdbBody: 'body[data-tmdb-id]',
  /** The TMDB micro-button, /movie/<id>/ or /tv/<id>/ (data-track-action TMDb or TMDB): https://letterboxd.com/film/parasite-2019/ */
  tmdbLink: 'a.micro-button[data-track-action="TMDb"], a.micro-button[data-track-action="TMDB"]',
  /** The IMDb micro-button: https://letterboxd.com/film/parasite-2019/ */
  imdbLink: 'a.micro-button[data-track-action="IMDb"]',
  /** The film's header (anchor), older and current layouts: https://letterboxd.com/film/parasite-2019/ */
  header: '#featured-film-header',
  /** The title heading (anchor fallback): https://letterboxd.com/film/parasite-2019/ */
  heading: 'h1.headline-1',
} as const;

const MATCHES = ['https://letterboxd.com/*'];
/** /film/parasite-2019/ and its sub-pages (/reviews/, /crew/…); a member's /<user>/film/… is a diary page. */
const FILM_PATH = /^\/film\/([a-z0-9][a-z0-9-]*)(?:\/|$)/;

function slugOf(url: string): string | null {
  const parsed = parseUrlOn(url, MATCHES);
  return (parsed && FILM_PATH.exec(parsed.pathname)?.[1]) ?? null;
}

/** The slug the DOM says it shows (og:url), to tell it from the URL's after a navigation. */
function domId(doc: Document): string | null {
  const url = readMeta(doc, 'og:url');
  return url ? (FILM_PATH.exec(parseUrl(url)?.pathname ?? '')?.[1] ?? null) : null;
}

/** TMDB's id and scope from the micro-button, else the body's id (scope from data-tmdb-type). */
function tmdbOf(doc: Document): { id?: string; tv: boolean } {
  const href = doc.querySelector(SELECTORS.tmdbLink)?.getAttribute('href') ?? '';
  const linked = /themoviedb\.org\/(movie|tv)\/(\d+)/.exec(href);
  const body = doc.querySelector(SELECTORS.tmdbBody);
  const bodyId = body?.getAttribute('data-tmdb-id')?.trim();
  if (linked?.[2]) return { id: linked[2], tv: linked[1] === 'tv' };
  const tv = body?.getAttribute('data-tmdb-type') === 'tv';
  return { id: bodyId && /^\d+$/.test(bodyId) ? bodyId : undefined, tv };
}

/** og:title "Parasite (2019)", split into name and year. */
function titleOf(doc: Document): { title?: string; year?: number } {
  const match = /^(.*?)\s*\((\d{4})\)$/.exec(readMeta(doc, 'og:title') ?? '');
  return match ? { title: match[1]?.trim() || undefined, year: firstYear(match[2]) } : {};
}

function fromUrl(url: string): DetectedMedia | null {
  const slug = slugOf(url);
  return slug ? { site: 'letterboxd', kind: 'movie', ids: { letterboxd: slug } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const media = fromUrl(url);
  if (!media) return null;
  // A page that says it shows another film (a stale DOM) lends it none of its ids.
  const shown = domId(doc);
  if (shown !== null && shown !== media.ids.letterboxd) return media;
  const tmdb = tmdbOf(doc);
  if (tmdb.tv) media.kind = 'show';
  if (tmdb.id) media.ids.tmdb = tmdb.id;
  const imdb = /imdb\.com\/title\/(tt\d{5,12})/.exec(
    doc.querySelector(SELECTORS.imdbLink)?.getAttribute('href') ?? '',
  )?.[1];
  if (imdb) media.ids.imdb = imdb;
  const { title, year } = titleOf(doc);
  if (title) media.title = title;
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const letterboxdUrl: SiteUrlReader = {
  id: 'letterboxd',
  matches: MATCHES,
  // None yet: a link gives only the slug, which the resolver cannot look up (docs/sites.md, Letterboxd).
  titleLinkPaths: [],
  fromUrl,
};

/**
 * The film page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const letterboxdTitlePage = {
  id: 'letterboxd',
  name: 'Letterboxd',
  matches: MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.header, SELECTORS.heading]),
  domId,
} satisfies SiteAdapter;

export const letterboxd: SiteAdapter = {
  ...letterboxdTitlePage,
  // A film page is about one film: its "similar films" are not read, as on TMDB.
  listed: (url, doc) => (slugOf(url) ? [] : listedOnLetterboxd(parseUrlOn(url, MATCHES), doc)),
};
