import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstPerId } from '../listed';
import { linkTarget } from '../url';

/**
 * Every selector AniList's list part reads (docs/sites.md, AniList: lists). Entries carry only
 * AniList's own number, which Simkl's library never returns: their badges show a title only once
 * its page was resolved (lib/resolve/cache.ts).
 */
const SELECTORS = {
  /** A user's anime list row: https://anilist.co/user/Josh/animelist */
  listEntry: '.medialist .entry',
  /** The row's title link, /anime/<id>/<slug>/: https://anilist.co/user/Josh/animelist */
  listTitle: '.entry .title > a[href*="/anime/"]',
  /** Search, browse and season cards: https://anilist.co/search/anime */
  mediaCard: '.media-card',
  /** The card's title link (its cover links the same page): https://anilist.co/search/anime */
  cardTitle: 'a.title[href*="/anime/"]',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.listEntry, name: [SELECTORS.listTitle] },
  { entry: SELECTORS.mediaCard, name: [SELECTORS.cardTitle] },
];

/** /anime/<number> and its tabs: the title pages' path, which the adapter's URL rule reads too. */
export const ANIME_PATH = /^\/anime\/(\d+)(?:\/|$)/;

/** The /anime/<id>/ number the entry's title links to (/manga/… cards are left out). */
function mediaOf(page: URL) {
  return (link: Element): DetectedMedia | undefined => {
    const id = ANIME_PATH.exec(linkTarget(link, page)?.pathname ?? '')?.[1];
    return id ? { site: 'anilist', kind: 'anime', ids: { anilist: id } } : undefined;
  };
}

/** The anime an AniList page lists, each once, in page order (null: a URL not on AniList). */
export function listedOnAnilist(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  return firstPerId(findEntries(doc, RULES, mediaOf(page)), 'anilist');
}
