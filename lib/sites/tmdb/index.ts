import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, readMeta, textOf } from '../dom';
import { asInt } from '../json';
import { isOnHosts, numberedPaths, parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { listedOnTmdb } from './list';

/**
 * Every selector this adapter reads. No real TMDB page was available (docs/sites.md, TMDB: page data):
 * these follow maintained extensions' reading of pages like https://www.themoviedb.org/movie/603-the-matrix,
 * so the URL stays authoritative and each DOM signal is optional.
 */
const SELECTORS = {
  /** Title links, one of which points at the title's own page: https://www.themoviedb.org/tv/66732-stranger-things */
  headingLinks: 'h2 a[href]',
  /** "(1999)" next to the title link: https://www.themoviedb.org/movie/603-the-matrix */
  releaseDate: '.release_date',
  /** Header title block (anchor): https://www.themoviedb.org/movie/603-the-matrix */
  titleBlock: '.header .title',
  /** Actions bar (anchor fallback): https://www.themoviedb.org/movie/603-the-matrix */
  actions: 'ul.auto.actions',
  /** The DOM's own id after navigation: https://www.themoviedb.org/tv/66732-stranger-things/season/1 */
  canonical: 'link[rel="canonical"]',
} as const;

const MATCHES = ['https://www.themoviedb.org/*'];
/** /movie/603, /tv/66732-stranger-things/season/1/episode/1, then any sub-page. */
const TITLE_PATH = /^\/(movie|tv)\/(\d+)(?:-[^/]*)?(?:\/season\/(\d+)(?:\/episode\/(\d+))?)?(?:\/|$)/;

interface TmdbPage {
  type: 'movie' | 'tv';
  id: string;
  season?: number;
  episode?: number;
  /** The title's own page, not a sub-page such as /cast or /season/1. */
  isMain: boolean;
}

function parsePage(url: string): TmdbPage | null {
  const parsed = parseUrl(url);
  const match = parsed && isOnHosts(parsed, MATCHES) ? TITLE_PATH.exec(parsed.pathname) : null;
  if (!match?.[2]) return null;
  const type = match[1] === 'tv' ? 'tv' : 'movie';
  const isMain = /^\/(?:movie|tv)\/\d+(?:-[^/]*)?\/?$/.test(parsed?.pathname ?? '');
  return { type, id: match[2], season: asInt(match[3]), episode: asInt(match[4]), isMain };
}

/** og:title, else <title> without the site suffix, split into name and "(1999)" year. */
function pageTitle(doc: Document): { title?: string; year?: number } {
  const raw = readMeta(doc, 'og:title') ?? doc.title?.replace(/\s+[—–|-]\s+The Movie Database.*$/i, '');
  const match = /^(.*?)\s*\((\d{4})\)$/.exec(raw?.trim() ?? '');
  const title = (match ? match[1] : raw)?.trim();
  return { title: title || undefined, year: firstYear(match?.[2]) };
}

/** The heading link whose path is exactly `target` (slug optional), e.g. /tv/66732-stranger-things. */
function headingLink(doc: Document, target: RegExp): Element | undefined {
  return Array.from(doc.querySelectorAll(SELECTORS.headingLinks)).find((link) => {
    const path = parseUrl(link.getAttribute('href') ?? '', 'https://www.themoviedb.org')?.pathname;
    return path !== undefined && target.test(path);
  });
}

/** What the URL alone says: an episode of its show, or the movie or show (and a season page's season). */
function fromUrl(page: TmdbPage): DetectedMedia {
  if (page.type === 'tv' && page.season !== undefined && page.episode !== undefined) {
    return {
      site: 'tmdb',
      kind: 'episode',
      ids: {},
      show: { ids: { tmdb: page.id } },
      season: page.season,
      episode: page.episode,
    };
  }
  const media: DetectedMedia = {
    site: 'tmdb',
    kind: page.type === 'tv' ? 'show' : 'movie',
    ids: { tmdb: page.id },
  };
  if (page.season !== undefined) media.season = page.season;
  return media;
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const page = parsePage(url);
  if (!page) return null;
  const media = fromUrl(page);
  const root = new RegExp(`^/${page.type}/${page.id}(?:-[^/]*)?/?$`);
  const rootLink = headingLink(doc, root);
  const title = textOf(rootLink);
  const year = firstYear(textOf(rootLink?.parentElement?.querySelector(SELECTORS.releaseDate)));

  if (media.kind === 'episode') {
    const episodePath = new RegExp(
      `^/tv/${page.id}(?:-[^/]*)?/season/${page.season}/episode/${page.episode}/?$`,
    );
    if (title && media.show) media.show.title = title;
    const episodeTitle = textOf(headingLink(doc, episodePath));
    if (episodeTitle) media.title = episodeTitle;
    return media;
  }

  // Without the title's own link, the page title is only trusted on the title's main page.
  const fallback = page.isMain && !title ? pageTitle(doc) : {};
  if (title ?? fallback.title) media.title = title ?? fallback.title;
  if ((year ?? fallback.year) !== undefined) media.year = year ?? fallback.year;
  return media;
}

function domId(doc: Document): string | null {
  const href = doc.querySelector(SELECTORS.canonical)?.getAttribute('href') ?? readMeta(doc, 'og:url');
  return /\/(?:movie|tv)\/(\d+)/.exec(href ?? '')?.[1] ?? null;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const tmdbUrl: SiteUrlReader = {
  id: 'tmdb',
  matches: MATCHES,
  // TITLE_PATH: /movie/{id}… and /tv/{id}…, seasons and episodes included.
  titleLinkPaths: numberedPaths(['/movie/', '/tv/']),
  fromUrl: (url) => {
    const page = parsePage(url);
    return page && fromUrl(page);
  },
};

/**
 * The title page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const tmdbTitlePage = {
  id: 'tmdb',
  name: 'TMDB',
  matches: MATCHES,
  detect,
  anchor: (doc) => firstElement(doc, [SELECTORS.titleBlock, SELECTORS.actions]),
  domId,
} satisfies SiteAdapter;

export const tmdb: SiteAdapter = {
  ...tmdbTitlePage,
  // A title page is about one title: its recommendations are not read (docs/sites.md, TMDB: lists).
  listed: (url, doc) => (parsePage(url) ? [] : listedOnTmdb(parseUrlOn(url, MATCHES), doc)),
};
