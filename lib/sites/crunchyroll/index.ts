import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, firstText, textOf } from '../dom';
import { asText, pick } from '../json';
import { jsonLdRecords } from '../json-ld';
import { listedOnCrunchyroll } from './list';
import { asEpisodeNumber, asSeasonNumber, splitEpisodeHeading } from './numbers';
import { CRUNCHYROLL_MATCHES, seriesIdOf, watchIdOf } from './paths';

/** Every selector Crunchyroll's watch and series pages are read by (docs/sites.md, Crunchyroll: page data). */
const SELECTORS = {
  /** The page's own address, to tell a stale DOM: https://www.crunchyroll.com/de/watch/G14UVJGX1/ceremony */
  canonical: 'link[rel="canonical"]',
  /** TVEpisode (episodeNumber, partOfSeason, partOfSeries), VideoObject, TVSeries: https://www.crunchyroll.com/de/watch/G14UVJGX1/ceremony */
  jsonLd: 'script[type="application/ld+json"]',
  /** The episode's heading, 'E1 - Die Zeremonie': https://www.crunchyroll.com/de/watch/G14UVJGX1/ceremony */
  episodeHeading: '.erc-current-media-info h1',
  /** The series link above it, /de/series/GEXH3W2MZ/…: https://www.crunchyroll.com/de/watch/G14UVJGX1/ceremony */
  showLink: '[data-t="show-title-link"]',
  /** A series page's hero title (its class is unverified): https://www.crunchyroll.com/series/GG5H5XQX4/frieren-beyond-journeys-end */
  seriesHeading: '.hero-heading-line h1',
  /** Any heading, should the hero's class change: https://www.crunchyroll.com/series/GG5H5XQX4/frieren-beyond-journeys-end */
  anyHeading: 'h1',
} as const;

/** The id the DOM says it shows (its canonical link's), to tell a stale DOM after client navigation. */
function domId(doc: Document): string | null {
  const href = doc.querySelector(SELECTORS.canonical)?.getAttribute('href');
  return watchIdOf(href) ?? seriesIdOf(href);
}

/** The episode a /watch page shows: its JSON-LD first, its headings where that says nothing. */
export function episodeOnPage(episodeId: string, url: string, doc: Document): DetectedMedia {
  const media: DetectedMedia = { site: 'crunchyroll', kind: 'episode', ids: { crunchyroll: episodeId } };
  const shown = domId(doc);
  if (shown !== null && shown !== episodeId) return media;
  // A record about another episode (after client-side navigation) lends this one nothing.
  const episode = jsonLdRecords(doc, SELECTORS.jsonLd, 'TVEpisode').find(
    (record) => watchIdOf(asText(record.url) ?? asText(record['@id'])) === episodeId,
  );
  const video = episode ? jsonLdRecords(doc, SELECTORS.jsonLd, 'VideoObject')[0] : undefined;
  const heading = splitEpisodeHeading(textOf(doc.querySelector(SELECTORS.episodeHeading)));
  const title = asText(video?.name) ?? heading.title;
  if (title) media.title = title;
  const showLink = doc.querySelector(SELECTORS.showLink);
  const seriesId =
    seriesIdOf(asText(pick(episode, 'partOfSeries', '@id'))) ??
    seriesIdOf(showLink?.getAttribute('href'), url);
  const showTitle = asText(pick(episode, 'partOfSeries', 'name')) ?? textOf(showLink);
  if (seriesId) media.show = { ids: { crunchyroll: seriesId }, ...(showTitle ? { title: showTitle } : {}) };
  const season = asSeasonNumber(pick(episode, 'partOfSeason', 'seasonNumber'));
  if (season !== undefined) media.season = season;
  const number = asEpisodeNumber(episode?.episodeNumber) ?? heading.episode;
  if (number !== undefined) media.episode = number;
  return media;
}

function seriesOnPage(seriesId: string, doc: Document): DetectedMedia {
  const media: DetectedMedia = { site: 'crunchyroll', ids: { crunchyroll: seriesId } };
  const shown = domId(doc);
  if (shown !== null && shown !== seriesId) return media;
  const record = jsonLdRecords(doc, SELECTORS.jsonLd, 'TVSeries').find(
    (item) => seriesIdOf(asText(item['@id']) ?? asText(item.url)) === seriesId,
  );
  const title = asText(record?.name) ?? firstText(doc, [SELECTORS.seriesHeading, SELECTORS.anyHeading]);
  if (title) media.title = title;
  return media;
}

function fromUrl(url: string): DetectedMedia | null {
  const episode = watchIdOf(url);
  if (episode) return { site: 'crunchyroll', kind: 'episode', ids: { crunchyroll: episode } };
  const series = seriesIdOf(url);
  return series ? { site: 'crunchyroll', ids: { crunchyroll: series } } : null;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const episode = watchIdOf(url);
  if (episode) return episodeOnPage(episode, url, doc);
  const series = seriesIdOf(url);
  return series ? seriesOnPage(series, doc) : null;
}

/** What a URL alone says (the background's link menu): an episode's or a series' id. */
export const crunchyrollUrl: SiteUrlReader = {
  id: 'crunchyroll',
  matches: CRUNCHYROLL_MATCHES,
  // Not in the link menu: a watch link names an episode without its series, and whether Simkl takes
  // a series' G-id is unverified (docs/sites.md, Crunchyroll: ids).
  titleLinkPaths: [],
  fromUrl,
};

/** Crunchyroll's watch and series pages, and the series its browse and search cards name. */
export const crunchyroll: SiteAdapter = {
  id: 'crunchyroll',
  name: 'Crunchyroll',
  matches: CRUNCHYROLL_MATCHES,
  detect,
  anchor: (doc) =>
    firstElement(doc, [SELECTORS.episodeHeading, SELECTORS.seriesHeading, SELECTORS.anyHeading]),
  domId,
  // A watch or series page is about one title: its episode list and recommendations are not read.
  listed: (url, doc) => (watchIdOf(url) || seriesIdOf(url) ? [] : listedOnCrunchyroll(url, doc)),
};
