import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstOfEach } from '../listed';
import { linkTarget, parseUrlOn } from '../url';
import { ANIDB_MATCHES, aidOf } from './url';

/**
 * Every selector AniDB's list part reads (docs/sites.md, AniDB: lists). Rows link the anime by its
 * aid, which Simkl's library carries: the badges need no other id.
 */
const SELECTORS = {
  /** A row of the anime list (browse, search, a season): https://anidb.net/anime/?h=1&noalias=1&view=list */
  listRow: 'table.animelist tr',
  /** A row of a tag's or a creator's anime table: https://anidb.net/tag/2604/animetb */
  tagRow: 'table.animetb tr',
  /** The row's name cell link: https://anidb.net/anime/?h=1&noalias=1&view=list */
  nameLink: 'td.name a',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.listRow, name: [SELECTORS.nameLink] },
  { entry: SELECTORS.tagRow, name: [SELECTORS.nameLink] },
];

/** The anime AniDB lists on this page, each aid once, in page order ([] off AniDB). */
export function listedOnAnidb(url: string, doc: Document): ListedTitle[] {
  const page = parseUrlOn(url, ANIDB_MATCHES);
  if (!page) return [];
  const mediaOf = (link: Element): DetectedMedia | undefined => {
    const aid = aidOf(linkTarget(link, page)?.href ?? '');
    return aid ? { site: 'anidb', kind: 'anime', ids: { anidb: aid } } : undefined;
  };
  return firstOfEach(findEntries(doc, RULES, mediaOf), (media) => media.ids.anidb ?? '');
}
