import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, readMeta, textOf } from '../dom';
import { numberedPaths, parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { ANIME_PATH, listedOnAnilist } from './list';

/**
 * Every selector this adapter reads, from AniList's anime pages (docs/sites.md, AniList: page data).
 * AniList is a single-page app: the URL's number is the page's own id, og:url says which title the
 * DOM shows (the runner waits for it after a client-side navigation).
 */
const SELECTORS = {
  /** The title in the header: https://anilist.co/anime/1535/Death-Note/ */
  heading: '.media .header .content h1',
  /** The header's text column (anchor): https://anilist.co/anime/1535/Death-Note/ */
  headerContent: '.media .header .content',
  /** The sidebar's "Start Date" / "Season" values: https://anilist.co/anime/1535/Death-Note/ */
  dataSet: '.media .sidebar .data-set',
  /** An external link to MyAnimeList, where the page lists one: https://anilist.co/anime/1535/Death-Note/ */
  malLink: '.external-links a[href*="myanimelist.net/anime/"]',
} as const;

const MATCHES = ['https://anilist.co/*'];

function idOf(url: string): string | null {
  const parsed = parseUrlOn(url, MATCHES);
  return (parsed && ANIME_PATH.exec(parsed.pathname)?.[1]) ?? null;
}

/** The number the DOM says it shows (og:url, which AniList rewrites on every navigation). */
function domId(doc: Document): string | null {
  const url = readMeta(doc, 'og:url');
  return url ? (ANIME_PATH.exec(parseUrl(url)?.pathname ?? '')?.[1] ?? null) : null;
}

/** The first year of the sidebar's "Start Date" ("Oct 4, 2006"), else of its "Season" ("Fall 2006"). */
function yearOf(doc: Document): number | undefined {
  const values = new Map<string, string>();
  for (const set of doc.querySelectorAll(SELECTORS.dataSet)) {
    const label = textOf(set.querySelector('.type'));
    const value = textOf(set.querySelector('.value'));
    if (label && value) values.set(label.toLowerCase(), value);
  }
  return firstYear(values.get('start date')) ?? firstYear(values.get('season'));
}

function fromUrl(url: string): DetectedMedia | null {
  const id = idOf(url);
  return id ? { site: 'anilist', kind: 'anime', ids: { anilist: id } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const media = fromUrl(url);
  if (!media) return null;
  // A DOM still showing the title navigated from lends the new one none of its data.
  const shown = domId(doc);
  if (shown !== null && shown !== media.ids.anilist) return media;
  const mal = /myanimelist\.net\/anime\/(\d+)/.exec(
    doc.querySelector(SELECTORS.malLink)?.getAttribute('href') ?? '',
  )?.[1];
  if (mal) media.ids.mal = mal;
  const title = textOf(doc.querySelector(SELECTORS.heading));
  if (title) media.title = title;
  const year = yearOf(doc);
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const anilistUrl: SiteUrlReader = {
  id: 'anilist',
  matches: MATCHES,
  titleLinkPaths: numberedPaths(['/anime/']),
  fromUrl,
};

/** The anime page's part of the adapter: the control's script imports this one, without list readers. */
export const anilistTitlePage = {
  id: 'anilist',
  name: 'AniList',
  matches: MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.heading, SELECTORS.headerContent]),
  domId,
} satisfies SiteAdapter;

export const anilist: SiteAdapter = {
  ...anilistTitlePage,
  // An anime page's relations and recommendations are not read, as on TMDB.
  listed: (url, doc) => (idOf(url) ? [] : listedOnAnilist(parseUrlOn(url, MATCHES), doc)),
};
