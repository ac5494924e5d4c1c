import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, scriptTexts, textOf } from '../dom';
import { asRecord, asText, parseJson } from '../json';
import { firstYear } from '../year';
import { listedOnAnimePlanet } from './list';
import { ANIMEPLANET_MATCHES, slugOf } from './url';

/**
 * Every selector this adapter reads, from Anime-Planet's server-rendered anime pages (docs/sites.md,
 * Anime-Planet: page data). The slug is in the URL; the page links no other database.
 */
const SELECTORS = {
  /** The canonical link, /anime/<slug>: https://www.anime-planet.com/anime/death-note */
  canonical: 'link[rel="canonical"]',
  /** JSON-LD TVSeries (or Movie): name and startDate: https://www.anime-planet.com/anime/death-note */
  jsonLd: 'script[type="application/ld+json"]',
  /** The title heading (name fallback and anchor): https://www.anime-planet.com/anime/death-note */
  heading: 'h1[itemprop="name"]',
  /** Any heading of the page's main column, should the microdata go: https://www.anime-planet.com/anime/death-note */
  mainHeading: '#siteContainer h1',
  /** The type and years bar under the title (the last anchor): https://www.anime-planet.com/anime/death-note */
  entryBar: 'section.entryBar',
} as const;

/** The slug the DOM says it shows, to tell it from the URL's. */
function domId(doc: Document): string | null {
  const href = doc.querySelector(SELECTORS.canonical)?.getAttribute('href');
  return href ? slugOf(href) : null;
}

/** The JSON-LD record about the anime (TVSeries or Movie), when the page has one that parses. */
function animeRecord(doc: Document): Record<string, unknown> | undefined {
  for (const text of scriptTexts(doc, SELECTORS.jsonLd)) {
    const record = asRecord(parseJson(text));
    if (record && /^(TVSeries|Movie)$/.test(String(record['@type']))) return record;
  }
  return undefined;
}

function fromUrl(url: string): DetectedMedia | null {
  const slug = slugOf(url);
  return slug ? { site: 'animeplanet', kind: 'anime', ids: { animeplanet: slug } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const media = fromUrl(url);
  if (!media) return null;
  // A page that says it shows another anime (a stale DOM) lends it none of its data.
  const shown = domId(doc);
  if (shown !== null && shown !== media.ids.animeplanet) return media;
  const record = animeRecord(doc);
  const title = asText(record?.name) ?? textOf(firstElement(doc, [SELECTORS.heading, SELECTORS.mainHeading]));
  if (title) media.title = title;
  const year = firstYear(asText(record?.startDate));
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const animeplanetUrl: SiteUrlReader = {
  id: 'animeplanet',
  matches: ANIMEPLANET_MATCHES,
  // Simkl's /search/id takes the slug; the directories (/anime/all…) are refused by the click's parse.
  titleLinkPaths: ['/anime/*'],
  fromUrl,
};

/**
 * The anime page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const animeplanetTitlePage = {
  id: 'animeplanet',
  name: 'Anime-Planet',
  matches: ANIMEPLANET_MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.heading, SELECTORS.mainHeading, SELECTORS.entryBar]),
  domId,
} satisfies SiteAdapter;

export const animeplanet: SiteAdapter = {
  ...animeplanetTitlePage,
  // An anime page is about one anime: its recommendations are not read.
  listed: (url, doc) => (slugOf(url) ? [] : listedOnAnimePlanet(url, doc)),
};
