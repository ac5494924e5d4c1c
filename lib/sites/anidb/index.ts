import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, textOf } from '../dom';
import { numberedPaths } from '../url';
import { firstYear } from '../year';
import { listedOnAnidb } from './list';
import { ANIDB_MATCHES, aidOf } from './url';

/**
 * Every selector this adapter reads, from AniDB's server-rendered anime pages (docs/sites.md, AniDB:
 * page data). The aid is in the URL; the page adds its schema.org name and start date and, where
 * AniDB knows it, a MyAnimeList link.
 */
const SELECTORS = {
  /** The canonical link, /anime/<aid> whichever spelling was opened: https://anidb.net/anime/4563 */
  canonical: 'link[rel="canonical"]',
  /** The main title in the info table's microdata: https://anidb.net/anime/4563 */
  name: '#tab_1_pane [itemprop="name"]',
  /** The page heading, "Anime: Death Note" (name fallback and anchor): https://anidb.net/anime/4563 */
  heading: 'h1.anime',
  /** The first air date, content="2006-10-04": https://anidb.net/anime/4563 */
  startDate: '[itemprop="startDate"]',
  /** The resources' MyAnimeList link: https://anidb.net/anime/4563 */
  malLink: 'a.i_resource_mal, a[href*="myanimelist.net/anime/"]',
} as const;

/** The aid the DOM says it shows, to tell it from the URL's. */
function domId(doc: Document): string | null {
  const href = doc.querySelector(SELECTORS.canonical)?.getAttribute('href');
  return href ? aidOf(href) : null;
}

function titleOf(doc: Document): string | undefined {
  const heading = textOf(doc.querySelector(SELECTORS.heading))?.replace(/^Anime:\s*/, '');
  return textOf(doc.querySelector(SELECTORS.name)) ?? (heading || undefined);
}

function fromUrl(url: string): DetectedMedia | null {
  const aid = aidOf(url);
  return aid ? { site: 'anidb', kind: 'anime', ids: { anidb: aid } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const media = fromUrl(url);
  if (!media) return null;
  // A page that says it shows another anime (a stale DOM) lends it none of its ids.
  const shown = domId(doc);
  if (shown !== null && shown !== media.ids.anidb) return media;
  const mal = /myanimelist\.net\/anime\/(\d{1,9})(?:\/|$)/.exec(
    doc.querySelector(SELECTORS.malLink)?.getAttribute('href') ?? '',
  )?.[1];
  if (mal) media.ids.mal = mal;
  const title = titleOf(doc);
  if (title) media.title = title;
  const date = doc.querySelector(SELECTORS.startDate);
  const year = firstYear(date?.getAttribute('content') ?? textOf(date));
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const anidbUrl: SiteUrlReader = {
  id: 'anidb',
  matches: ANIDB_MATCHES,
  titleLinkPaths: numberedPaths(['/anime/', '/a', '/perl-bin/animedb.pl?show=anime&aid=']),
  fromUrl,
};

/**
 * The anime page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const anidbTitlePage = {
  id: 'anidb',
  name: 'AniDB',
  matches: ANIDB_MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.heading]),
  domId,
} satisfies SiteAdapter;

export const anidb: SiteAdapter = {
  ...anidbTitlePage,
  // An anime page is about one anime: its relations and similar anime are not read, as on Letterboxd.
  listed: (url, doc) => (aidOf(url) ? [] : listedOnAnidb(url, doc)),
};
