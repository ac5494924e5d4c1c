import type { DetectedMedia } from '../../media';
import type { SiteAdapter, SiteUrlReader } from '../adapter';
import { firstElement, firstText, readMeta, textOf } from '../dom';
import { asInt } from '../json';
import { isOnHosts, numberedPaths, parseUrl, parseUrlOn } from '../url';
import { firstYear } from '../year';
import { listedOnMal } from './list';

/** Every selector this adapter reads, with a real page it was seen on. */
const SELECTORS = {
  /** Desktop `h1.title-name.h1_bold_none > strong`: https://myanimelist.net/anime/57181/Ao_no_Hako;
   *  mobile `h1.title-name`: https://myanimelist.net/anime/1535/Death_Note */
  title: 'h1.title-name',
  /** 2018 layout: https://myanimelist.net/manga/11/Naruto (same header on anime pages then) */
  titleLegacy: 'h1 span[itemprop="name"]',
  /** Desktop title block (anchor): https://myanimelist.net/anime/57181/Ao_no_Hako */
  titleBlockDesktop: '.h1-title',
  /** Mobile title link inside the title bar (anchor): https://myanimelist.net/anime/1535/Death_Note.
   *  After it, the control sits in the bar, under the title, on the title's left edge; after the bar
   *  it would fall between the bar and the score block, flush with the screen's edge. */
  titleLinkMobile: '.page-title > a.title',
  /** Mobile title block (anchor): https://myanimelist.net/anime/1535/Death_Note */
  titleBlockMobile: '.page-title',
  /** Desktop sidebar labels ("Aired:", "Premiered:"): https://myanimelist.net/anime/57181/Ao_no_Hako */
  sidebarLabel: 'span.dark_text',
  /** Mobile info table labels ("Aired"): https://myanimelist.net/anime/1535/Death_Note */
  mobileLabel: 'td.list-title',
} as const;

const MATCHES = ['https://myanimelist.net/*'];
/** The id right after /anime/ excludes /anime/season, /anime/genre/… by itself. */
const ANIME_PATH = /^\/anime\/(\d+)(?:\/|$)/;
const EPISODE_PATH = /\/episode\/(\d+)\/?$/;

interface MalPage {
  id: string;
  episode?: number;
}

function parsePage(url: string): MalPage | null {
  const parsed = parseUrl(url);
  if (!parsed || !isOnHosts(parsed, MATCHES)) return null;
  // Legacy /anime.php?id=1535 is the same page as /anime/1535; /anime.php?q= is a search.
  const legacyId = parsed.pathname === '/anime.php' ? asInt(parsed.searchParams.get('id')) : undefined;
  if (legacyId !== undefined) return { id: String(legacyId) };
  const id = ANIME_PATH.exec(parsed.pathname)?.[1];
  if (!id) return null;
  return { id, episode: asInt(EPISODE_PATH.exec(parsed.pathname)?.[1]) };
}

/** The year of the first air date: the desktop sidebar, else the mobile table, else the season. */
function airedYear(doc: Document): number | undefined {
  for (const label of ['Aired', 'Premiered']) {
    for (const element of doc.querySelectorAll(SELECTORS.sidebarLabel)) {
      if (textOf(element)?.startsWith(label)) return firstYear(textOf(element.parentElement));
    }
    for (const element of doc.querySelectorAll(SELECTORS.mobileLabel)) {
      if (textOf(element) === label) return firstYear(textOf(element.nextElementSibling));
    }
  }
  return undefined;
}

/** What the URL alone says: the anime (everything on MAL is filed as anime on Simkl, films included). */
function fromUrl(page: MalPage): DetectedMedia {
  const media: DetectedMedia = { site: 'mal', kind: 'anime', ids: { mal: page.id } };
  if (page.episode === undefined) return media;
  // An episode page is about that episode of the anime (Simkl numbers an anime's episodes in one
  // season): written and shown as the episode, resolved through its anime.
  return { ...media, kind: 'episode', show: { ids: { mal: page.id } }, episode: page.episode };
}

function detect(url: string, doc: Document): DetectedMedia | null {
  const page = parsePage(url);
  if (!page) return null;
  // Manga pages say books.book; anything but a video type is not an anime page.
  const ogType = readMeta(doc, 'og:type');
  if (ogType !== undefined && !ogType.startsWith('video.')) return null;
  const media = fromUrl(page);
  // The header h1 stays the anime's name on sub-pages, where og:title may describe the sub-page.
  const title = firstText(doc, [SELECTORS.title, SELECTORS.titleLegacy]) ?? readMeta(doc, 'og:title');
  const year = airedYear(doc);
  if (title) media.title = title;
  if (title && media.show) media.show.title = title;
  if (year !== undefined) media.year = year;
  return media;
}

/** What a URL alone says, without the page's list readers (for the background's link menu). */
export const malUrl: SiteUrlReader = {
  id: 'mal',
  matches: MATCHES,
  // ANIME_PATH and the legacy /anime.php?id=.
  titleLinkPaths: [...numberedPaths(['/anime/']), '/anime.php?id=*'],
  fromUrl: (url) => {
    const page = parsePage(url);
    return page && fromUrl(page);
  },
};

/**
 * The title page's part of the adapter: the control's script imports this one, so it carries no list
 * readers (docs/architecture.md, Budgets).
 */
export const malTitlePage = {
  id: 'mal',
  name: 'MyAnimeList',
  matches: MATCHES,
  detect,
  anchor: (doc) =>
    firstElement(doc, [
      SELECTORS.titleBlockDesktop,
      SELECTORS.titleLinkMobile,
      SELECTORS.titleBlockMobile,
      SELECTORS.title,
      SELECTORS.titleLegacy,
    ]),
} satisfies SiteAdapter;

export const mal: SiteAdapter = {
  ...malTitlePage,
  listed: (url, doc) => listedOnMal(parseUrlOn(url, MATCHES), doc, detect(url, doc)?.ids.mal),
};
