import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, spacedTextOf, textOf } from '../dom';
import { numberedPaths } from '../url';
import { firstYear } from '../year';
import { listedOnTvdb } from './list';
import { dereferrerOf, TVDB_MATCHES, titlePageOf } from './url';

/**
 * Every selector this adapter reads, from TheTVDB's server-rendered title pages (docs/sites.md,
 * TheTVDB: page data). Known from older pages only, so each is read for its words, not its layout.
 */
const SELECTORS = {
  /** The title heading (name and anchor): https://thetvdb.com/series/breaking-bad */
  title: '#series_title',
  /** The basic info box: "TheTVDB.com Series ID 81189", "First Aired", the other sites' links: https://thetvdb.com/series/breaking-bad */
  basicInfo: '#series_basic_info',
  /** IMDb's title link in the info box: https://thetvdb.com/series/breaking-bad */
  imdbLink: '#series_basic_info a[href*="imdb.com/title/tt"]',
  /** TMDB's link in the info box, /tv/<id> or /movie/<id>: https://thetvdb.com/series/breaking-bad */
  tmdbLink: '#series_basic_info a[href*="themoviedb.org/"]',
} as const;

/** "TheTVDB.com Series ID 81189" (or "Movie ID"), a colon or not, in whatever markup holds it. */
const OWN_ID = /TheTVDB(?:\.com)? (?:Series|Movie) ID:? (\d{1,12})\b/i;
/** "First Aired January 20, 2008" / "Released 1999-03-31". */
const FIRST_DATE = /(?:First Aired|Released):? ([^|]{0,40}?\b(?:18|19|20)\d{2})\b/i;

function fromUrl(url: string): DetectedMedia | null {
  const named = dereferrerOf(url);
  return named ? { site: 'tvdb', kind: named.kind, ids: { tvdb: named.id } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const page = titlePageOf(url);
  if (!page) return fromUrl(url);
  const info = doc.querySelector(SELECTORS.basicInfo);
  const words = info ? spacedTextOf(info) : '';
  const tvdb = OWN_ID.exec(words)?.[1];
  // The slug names nothing Simkl's library carries: without the page's number (a page still
  // parsing, a redesign) this is no title yet.
  if (!tvdb) return null;
  const media: DetectedMedia = { site: 'tvdb', kind: page.kind, ids: { tvdb } };
  const imdb = /imdb\.com\/title\/(tt\d{5,12})/.exec(
    doc.querySelector(SELECTORS.imdbLink)?.getAttribute('href') ?? '',
  )?.[1];
  if (imdb) media.ids.imdb = imdb;
  // A TMDB link of the other section (a film's page linking a TV entry) would name another title.
  const tmdbSection = page.kind === 'show' ? 'tv' : 'movie';
  const tmdb = new RegExp(`themoviedb\\.org/${tmdbSection}/(\\d{1,12})`).exec(
    doc.querySelector(SELECTORS.tmdbLink)?.getAttribute('href') ?? '',
  )?.[1];
  if (tmdb) media.ids.tmdb = tmdb;
  const title = textOf(doc.querySelector(SELECTORS.title));
  if (title) media.title = title;
  const year = firstYear(FIRST_DATE.exec(words)?.[1]);
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const tvdbUrl: SiteUrlReader = {
  id: 'tvdb',
  matches: TVDB_MATCHES,
  // Only the dereferrer's numbered links: a /series/<slug> link names no id the resolver looks up.
  titleLinkPaths: numberedPaths(['/dereferrer/series/', '/dereferrer/movie/']),
  fromUrl,
};

/**
 * The title page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const tvdbTitlePage = {
  id: 'tvdb',
  name: 'TheTVDB',
  matches: TVDB_MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.title]),
} satisfies SiteAdapter;

export const tvdb: SiteAdapter = {
  ...tvdbTitlePage,
  listed: (url, doc) => (titlePageOf(url) ? [] : listedOnTvdb(url, doc)),
};
