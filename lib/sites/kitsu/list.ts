import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstPerId } from '../listed';
import { posterNumberOf } from './paths';

/**
 * Every selector Kitsu's list part reads (docs/sites.md, Kitsu: lists). Entries link a slug; the number
 * comes from the entry's poster address, and an entry without one is left out. Simkl's library never
 * returns Kitsu numbers: badges show a title only once its page was resolved (lib/resolve/cache.ts).
 */
const SELECTORS = {
  /** A library entry: https://kitsu.app/users/example/library */
  libraryEntry: '.library-grid-entry',
  /** A browse or search card: https://kitsu.app/anime?text=death */
  mediaCard: '.media-grid-card',
  /** The entry's title link, /anime/<slug>: https://kitsu.app/users/example/library */
  titleLink: 'a.entry-title[href*="/anime/"]',
  /** The entry's poster, media.kitsu.app/anime/poster_images/<number>/…: https://kitsu.app/anime?text=death */
  posterImage: 'img[src*="/poster_images/"]',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.libraryEntry, name: [SELECTORS.titleLink] },
  { entry: SELECTORS.mediaCard, name: [SELECTORS.titleLink] },
];

function mediaOf(_link: Element, entry: Element): DetectedMedia | undefined {
  const number = posterNumberOf(entry.querySelector(SELECTORS.posterImage)?.getAttribute('src'));
  return number ? { site: 'kitsu', kind: 'anime', ids: { kitsu: number } } : undefined;
}

/** The anime a Kitsu page lists, each once, in page order (null: a URL not on Kitsu). */
export function listedOnKitsu(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  return firstPerId(findEntries(doc, RULES, mediaOf), 'kitsu');
}
