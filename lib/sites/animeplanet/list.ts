import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstOfEach } from '../listed';
import { linkTarget, parseUrlOn } from '../url';
import { ANIMEPLANET_MATCHES, slugOf } from './url';

/**
 * Every selector Anime-Planet's list part reads (docs/sites.md, Anime-Planet: lists). Cards and rows
 * name the anime by its slug only, which Simkl's library never carries: their badges show what the
 * title index knows of them, which is nothing (docs/sites.md says why no id is learned).
 */
const SELECTORS = {
  /** A card of the browse grid, a chart or a user's list: https://www.anime-planet.com/anime/all */
  card: 'ul.cardDeck li.card',
  /** A row of the table view: https://www.anime-planet.com/anime/top-anime */
  tableRow: 'table.pure-table tr',
  /** The card's or row's anime link: https://www.anime-planet.com/anime/all */
  animeLink: 'a[href*="/anime/"]',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.card, name: [SELECTORS.animeLink] },
  { entry: SELECTORS.tableRow, name: [SELECTORS.animeLink] },
];

/** The anime Anime-Planet lists on this page, each slug once, in page order ([] off the site). */
export function listedOnAnimePlanet(url: string, doc: Document): ListedTitle[] {
  const page = parseUrlOn(url, ANIMEPLANET_MATCHES);
  if (!page) return [];
  const mediaOf = (link: Element): DetectedMedia | undefined => {
    const slug = slugOf(linkTarget(link, page)?.href ?? '');
    return slug ? { site: 'animeplanet', kind: 'anime', ids: { animeplanet: slug } } : undefined;
  };
  return firstOfEach(findEntries(doc, RULES, mediaOf), (media) => media.ids.animeplanet ?? '');
}
