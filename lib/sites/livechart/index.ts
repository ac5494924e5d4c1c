import type { DetectedMedia, MediaIds } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, readMeta, scriptTexts } from '../dom';
import { decodeEntities } from '../entities';
import { asRecord, asText, parseJson } from '../json';
import { numberedPaths, parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { ANIME_PATH, listedOnLivechart } from './list';

/**
 * Every selector this adapter reads, from LiveChart's server-rendered anime pages (docs/sites.md,
 * LiveChart: page data). The URL's number is the page's own id; the "External Resources" buttons
 * link MyAnimeList, AniList and AniDB, whose ids come along.
 */
const SELECTORS = {
  /** JSON-LD TVSeries / Movie with name and datePublished: https://www.livechart.me/anime/3437 */
  jsonLd: 'script[type="application/ld+json"]',
  /** External Resources, MyAnimeList's button: https://www.livechart.me/anime/3437 */
  malLink: 'a.lc-btn-myanimelist[href]',
  /** AniList's button, anilist.co/anime/1535: https://www.livechart.me/anime/3437 */
  anilistLink: 'a.lc-btn-anilist[href]',
  /** AniDB's button, anidb.net/a4563: https://www.livechart.me/anime/3437 */
  anidbLink: 'a.lc-btn-anidb[href]',
  /** The title as wide screens show it (anchor): https://www.livechart.me/anime/3437 */
  titleWide: 'div.text-xl.font-bold[data-controller="selectable-text"]',
  /** The title as narrow screens show it (anchor fallback): https://www.livechart.me/anime/3437 */
  titleNarrow: 'div.text-xl.font-bold',
} as const;

const MATCHES = ['https://www.livechart.me/*'];

/** Each linked site's id, from its button's href. */
const LINKED_IDS: Array<[keyof Pick<MediaIds, 'mal' | 'anilist' | 'anidb'>, string, RegExp]> = [
  ['mal', SELECTORS.malLink, /myanimelist\.net\/anime\/(\d+)/],
  ['anilist', SELECTORS.anilistLink, /anilist\.co\/anime\/(\d+)/],
  ['anidb', SELECTORS.anidbLink, /anidb\.net\/(?:a|anime\/|perl-bin\/animedb\.pl\?.*\baid=)(\d+)/],
];

function idOf(url: string): string | null {
  const parsed = parseUrlOn(url, MATCHES);
  return (parsed && ANIME_PATH.exec(parsed.pathname)?.[1]) ?? null;
}

/** The number the DOM says it shows (og:url): LiveChart's Turbo navigation swaps pages in place. */
function domId(doc: Document): string | null {
  const url = readMeta(doc, 'og:url');
  return url ? (ANIME_PATH.exec(parseUrl(url)?.pathname ?? '')?.[1] ?? null) : null;
}

/** The JSON-LD series or film: its name and first air date. */
function titleOf(doc: Document): { title?: string; year?: number } {
  for (const text of scriptTexts(doc, SELECTORS.jsonLd)) {
    const ld = asRecord(parseJson(text));
    if (ld?.['@type'] !== 'TVSeries' && ld?.['@type'] !== 'Movie') continue;
    const name = asText(ld.name);
    return { title: name && decodeEntities(name), year: firstYear(asText(ld.datePublished)) };
  }
  const name = readMeta(doc, 'og:title');
  return { title: name && decodeEntities(name) };
}

function fromUrl(url: string): DetectedMedia | null {
  const id = idOf(url);
  return id ? { site: 'livechart', kind: 'anime', ids: { livechart: id } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const media = fromUrl(url);
  if (!media) return null;
  // A page still showing another anime (mid-navigation) lends the URL's none of its data.
  const shown = domId(doc);
  if (shown !== null && shown !== media.ids.livechart) return media;
  for (const [key, selector, pattern] of LINKED_IDS) {
    const id = pattern.exec(doc.querySelector(selector)?.getAttribute('href') ?? '')?.[1];
    if (id) media.ids[key] = id;
  }
  const { title, year } = titleOf(doc);
  if (title) media.title = title;
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const livechartUrl: SiteUrlReader = {
  id: 'livechart',
  matches: MATCHES,
  titleLinkPaths: numberedPaths(['/anime/']),
  fromUrl,
};

/** The anime page's part of the adapter: the control's script imports this one, without list readers. */
export const livechartTitlePage = {
  id: 'livechart',
  name: 'LiveChart',
  matches: MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.titleWide, SELECTORS.titleNarrow]),
  domId,
} satisfies SiteAdapter;

export const livechart: SiteAdapter = {
  ...livechartTitlePage,
  listed: (url, doc) => (idOf(url) ? [] : listedOnLivechart(parseUrlOn(url, MATCHES), doc)),
};
