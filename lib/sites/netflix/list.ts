import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries } from '../listed';
import { linkTarget } from '../url';
import { titleIdOf, watchIdOf } from './paths';

/**
 * Every selector Netflix's list part reads. No real browse page was available
 * (docs/sites.md, Netflix: lists): these follow public extension and scraper code for the pages named. Tiles
 * say nothing of the kind.
 */
const SELECTORS = {
  /** A row's or a search gallery's tile: https://www.netflix.com/browse */
  tile: '.title-card-container',
  /** Its link, named by aria-label and .fallback-text: https://www.netflix.com/search?q=matrix */
  tileLink: 'a[href]',
  /** "More like this" in the detail modal: https://www.netflix.com/browse?jbv=80057281 */
  moreLikeThis: '.moreLikeThis--container .titleCard--container',
  /** The billboard autoplays a trailer and links Play and More info: never an entry: https://www.netflix.com/browse */
  billboard: '.billboard-row, .billboard, [data-uia="billboard"]',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.tile, name: [SELECTORS.tileLink] },
  { entry: SELECTORS.moreLikeThis, name: [SELECTORS.tileLink] },
];

/** The titles a Netflix page lists (null: a URL not on Netflix). */
export function listedOnNetflix(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  const mediaOf = (link: Element): DetectedMedia | undefined => {
    const target = linkTarget(link, page);
    if (!target) return undefined;
    const jbv = target.searchParams.get('jbv')?.trim();
    // On tiles the id after /watch/ is the title's (docs/sites.md, Netflix: lists); /title/ and ?jbv= name it too.
    const path = target.pathname;
    const id = watchIdOf(path) ?? titleIdOf(path) ?? (jbv && /^\d+$/.test(jbv) ? jbv : undefined);
    return id ? { site: 'netflix', ids: { netflix: id } } : undefined;
  };
  return findEntries(doc, RULES, mediaOf, SELECTORS.billboard);
}
