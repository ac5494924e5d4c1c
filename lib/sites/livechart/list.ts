import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstPerId } from '../listed';
import { linkTarget } from '../url';

/**
 * Every selector LiveChart's list part reads (docs/sites.md, LiveChart: lists). Entries carry only
 * LiveChart's own number, which Simkl's library never returns: their badges show a title only once
 * its page was resolved (lib/resolve/cache.ts).
 */
const SELECTORS = {
  /** A seasonal chart's card, article.anime[data-anime-id]: https://www.livechart.me/fall-2006/tv */
  chartCard: 'article.anime[data-anime-id]',
  /** The card's title link, /anime/<id>: https://www.livechart.me/fall-2006/tv */
  chartTitle: 'h3.main-title a[href*="/anime/"]',
  /** A user's library row: https://www.livechart.me/users/example/library */
  libraryRow: 'tr[data-library-anime-id]',
  /** The row's title link: https://www.livechart.me/users/example/library */
  libraryTitle: 'a.lc-library-title[href*="/anime/"]',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.chartCard, name: [SELECTORS.chartTitle] },
  { entry: SELECTORS.libraryRow, name: [SELECTORS.libraryTitle] },
];

/** /anime/<number> and its tabs: the title pages' path, which the adapter's URL rule reads too. */
export const ANIME_PATH = /^\/anime\/(\d+)(?:\/|$)/;

function mediaOf(page: URL) {
  return (link: Element): DetectedMedia | undefined => {
    const id = ANIME_PATH.exec(linkTarget(link, page)?.pathname ?? '')?.[1];
    return id ? { site: 'livechart', kind: 'anime', ids: { livechart: id } } : undefined;
  };
}

/** The anime a LiveChart page lists, each once, in page order (null: a URL not on LiveChart). */
export function listedOnLivechart(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  return firstPerId(findEntries(doc, RULES, mediaOf(page)), 'livechart');
}
