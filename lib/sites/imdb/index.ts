import type { DetectedMedia, MediaKind } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, firstText, readMeta, scriptTexts, textOf } from '../dom';
import { asInt } from '../json';
import { isOnHosts, parseUrl, parseUrlOn } from '../url';
import { yearInTitleParens } from '../year';
import { type ImdbFacts, readJsonLd, readNextData } from './data';
import { asImdbId, kindOfType } from './kind';
import { listedOnImdb } from './list';

/** Every selector this adapter reads, with a real page it was seen on. */
const SELECTORS = {
  /** The id the DOM belongs to; on all title pages 2022–2025, e.g. https://www.imdb.com/title/tt0133093/ */
  pageConst: 'meta[property="imdb:pageConst"]',
  /** https://www.imdb.com/title/tt0133093/ */
  canonical: 'link[rel="canonical"]',
  /** Server-rendered page data (trusted only when its tconst is the URL's): https://www.imdb.com/title/tt0133093/ */
  nextData: 'script#__NEXT_DATA__',
  /** Type and name (not on episode lists): https://m.imdb.com/title/tt1205438/ */
  jsonLd: 'script[type="application/ld+json"]',
  /** 2024+ title span: https://m.imdb.com/title/tt0436992/ */
  heroPrimaryText: '[data-testid="hero__primary-text"]',
  /** 2023+ title: https://www.imdb.com/title/tt0133093/ */
  heroTitle: 'h1[data-testid="hero__pageTitle"]',
  /** 2022 title: https://www.imdb.com/title/tt0114814/ */
  heroTitleOld: 'h1[data-testid="hero-title-block__title"]',
  /** Series name on episode lists and sub-pages: https://m.imdb.com/title/tt0436992/episodes/?season=4 */
  subtitle: '[data-testid="subtitle"]',
  /** Parent series of an episode: https://m.imdb.com/title/tt1205438/ */
  seriesLink: 'a[data-testid="hero-title-block__series-link"]',
  /** "S4.E13": https://m.imdb.com/title/tt1205438/ */
  episodeNumbers: '[data-testid="hero-subnav-bar-season-episode-numbers-section"]',
} as const;

const MATCHES = ['https://www.imdb.com/*', 'https://m.imdb.com/*'];
/** Optional locale prefix (/de/, /fr-ca/), the id, then the sub-page name if any. */
const TITLE_PATH = /^\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?title\/(tt\d{7,})(?:\/([^/?#]*))?/;

interface ImdbPage {
  id: string;
  subPage: string;
  season?: number;
}

function parsePage(url: string): ImdbPage | null {
  const parsed = parseUrl(url);
  const match = parsed && isOnHosts(parsed, MATCHES) ? TITLE_PATH.exec(parsed.pathname) : null;
  if (!parsed || !match?.[1]) return null;
  const subPage = match[2] ?? '';
  const season = subPage === 'episodes' ? asInt(parsed.searchParams.get('season')) : undefined;
  return { id: match[1], subPage, season };
}

/** What the URL alone says: the id, and for an episode list the show and its season. */
function fromUrl(page: ImdbPage): DetectedMedia {
  const media: DetectedMedia = { site: 'imdb', ids: { imdb: page.id } };
  if (page.subPage === 'episodes') media.kind = 'show';
  if (page.season !== undefined) media.season = page.season;
  return media;
}

function domId(doc: Document): string | null {
  const pageConst = doc.querySelector(SELECTORS.pageConst)?.getAttribute('content');
  return asImdbId(pageConst ?? doc.querySelector(SELECTORS.canonical)?.getAttribute('href')) ?? null;
}

/** The first signal that knows; null (untracked type) counts as knowing. */
function settleKind(...kinds: (MediaKind | null | undefined)[]): MediaKind | null | undefined {
  return kinds.find((kind) => kind !== undefined);
}

/** Parent series and S/E: page data first, then the hero's series link and "S4.E13" badge. */
function addEpisodeDetails(media: DetectedMedia, doc: Document, next: ImdbFacts): void {
  const numbers = /S(\d+)\D{0,3}E(\d+)/i.exec(textOf(doc.querySelector(SELECTORS.episodeNumbers)) ?? '');
  const link = doc.querySelector(SELECTORS.seriesLink);
  const showId = next.show?.id ?? asImdbId(link?.getAttribute('href'));
  const showTitle = next.show?.title ?? textOf(link);
  const season = next.season ?? asInt(numbers?.[1]);
  const episode = next.episode ?? asInt(numbers?.[2]);
  if (showId)
    media.show = showTitle ? { ids: { imdb: showId }, title: showTitle } : { ids: { imdb: showId } };
  if (season !== undefined) media.season = season;
  if (episode !== undefined) media.episode = episode;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const page = parsePage(url);
  if (!page) return null;
  const media = fromUrl(page);
  const shownId = domId(doc);
  // A stale DOM (client-side navigation not rendered yet) says nothing about this title.
  if (shownId !== null && shownId !== page.id) return media;

  const isMain = page.subPage === '';
  const next = readNextData(doc.querySelector(SELECTORS.nextData)?.textContent, page.id) ?? {};
  const ld = readJsonLd(scriptTexts(doc, SELECTORS.jsonLd), page.id) ?? {};
  const kind =
    media.kind ?? settleKind(next.kind, ld.kind, isMain ? kindOfType(readMeta(doc, 'og:type')) : undefined);
  if (kind === null) return null;
  if (kind) media.kind = kind;

  const title =
    next.title ??
    ld.title ??
    firstText(doc, [SELECTORS.heroPrimaryText, SELECTORS.heroTitle, SELECTORS.heroTitleOld]) ??
    (isMain ? undefined : textOf(doc.querySelector(SELECTORS.subtitle)));
  const year =
    next.year ??
    yearInTitleParens(readMeta(doc, 'og:title') ?? doc.title) ??
    (kind === 'show' ? undefined : ld.published);
  if (title) media.title = title;
  if (year !== undefined) media.year = year;
  if (kind === 'episode') addEpisodeDetails(media, doc, next);
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const imdbUrl: SiteUrlReader = {
  id: 'imdb',
  matches: MATCHES,
  // TITLE_PATH: /title/tt…, optionally after a locale prefix (/de/, /fr-ca/).
  titleLinkPaths: ['/title/tt*', '/*/title/tt*'],
  fromUrl: (url) => {
    const page = parsePage(url);
    return page && fromUrl(page);
  },
};

/**
 * The title page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const imdbTitlePage = {
  id: 'imdb',
  name: 'IMDb',
  matches: MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.heroTitle, SELECTORS.heroTitleOld, SELECTORS.subtitle]),
  domId,
} satisfies SiteAdapter;

export const imdb: SiteAdapter = {
  ...imdbTitlePage,
  listed: (url, doc) => listedOnImdb(parseUrlOn(url, MATCHES), doc),
};
