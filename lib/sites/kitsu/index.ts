import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, readMeta, textOf } from '../dom';
import { parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { listedOnKitsu } from './list';
import { KITSU_MATCHES, type KitsuPage, kitsuPageOf, posterNumberOf } from './paths';

/**
 * Every selector this adapter reads, from Kitsu's anime pages (docs/sites.md, Kitsu: page data). A
 * single-page app: the URL names the anime by slug (`death-note`), sometimes by number; the number
 * Simkl wants is in the page's poster address once the page shows that anime, else Kitsu's own API
 * gives it (lib/page/control/kitsu-resolver.ts).
 */
const SELECTORS = {
  /** The poster, media.kitsu.app/anime/poster_images/<number>/…: https://kitsu.app/anime/death-note */
  poster: '.media-sidebar .media-poster img[src*="/poster_images/"]',
  /** The title in the summary header (anchor): https://kitsu.app/anime/death-note */
  heading: '.media-summary .media--title h3',
  /** The summary block (anchor fallback): https://kitsu.app/anime/death-note */
  summary: '.media-summary',
  /** The details list's "Aired" value ("Oct 4, 2006 to Jun 27, 2007"): https://kitsu.app/anime/death-note/ */
  aired: '.media-details li[data-detail="aired"] span',
} as const;

/**
 * The anime the DOM says it shows (og:url, rewritten by the app on each page), as a slug or number.
 * Not the runner's domId: a numeric URL's page may say its slug, and the API, not the DOM, names the
 * anime of a slug URL, so detect alone uses it, to take nothing from a stale DOM.
 */
function shownKey(doc: Document): string | null {
  const url = readMeta(doc, 'og:url');
  return (url && kitsuPageOf(parseUrl(url)?.href ?? '')?.key) ?? null;
}

function fromPage(page: KitsuPage | null): DetectedMedia | null {
  if (!page) return null;
  return { site: 'kitsu', kind: 'anime', ids: page.number ? { kitsu: page.number } : {} };
}

/** A number in the URL; a slug URL alone names no id Simkl takes (the page or the API must). */
const fromUrl = (url: string): DetectedMedia | null => fromPage(kitsuPageOf(url));

function detect(url: string, doc: Document): DetectedMedia | null {
  const page = kitsuPageOf(url);
  const media = fromPage(page);
  // Only a DOM that says it shows this anime lends its data: after a client-side navigation the old
  // anime's poster (and number) may still be there.
  if (!page || !media || shownKey(doc) !== page.key) return media;
  const number = posterNumberOf(doc.querySelector(SELECTORS.poster)?.getAttribute('src'));
  if (number && !media.ids.kitsu) media.ids.kitsu = number;
  const title = textOf(doc.querySelector(SELECTORS.heading));
  if (title) media.title = title;
  const year = firstYear(textOf(doc.querySelector(SELECTORS.aired)));
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const kitsuUrl: SiteUrlReader = {
  id: 'kitsu',
  matches: KITSU_MATCHES,
  // None: most links name a slug, which only Kitsu's API turns into a number (docs/sites.md, Kitsu: ids).
  titleLinkPaths: [],
  fromUrl,
};

/** The anime page's part of the adapter: the control's script imports this one, without list readers. */
export const kitsuTitlePage = {
  id: 'kitsu',
  name: 'Kitsu',
  matches: KITSU_MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.heading, SELECTORS.summary]),
} satisfies SiteAdapter;

export const kitsu: SiteAdapter = {
  ...kitsuTitlePage,
  listed: (url, doc) => (kitsuPageOf(url) ? [] : listedOnKitsu(parseUrlOn(url, KITSU_MATCHES), doc)),
};
