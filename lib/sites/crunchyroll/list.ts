import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstPerId } from '../listed';
import { parseUrlOn } from '../url';
import { CRUNCHYROLL_MATCHES, seriesIdOf } from './paths';

/**
 * Every selector Crunchyroll's list part reads (docs/sites.md, Crunchyroll: lists). Cards name a
 * series by its G-id, which Simkl's library never carries: a badge shows a series once its page was
 * resolved (lib/resolve/cache.ts). Episode cards are left out: they name no series in their link.
 */
const SELECTORS = {
  /** A browse or search card (the class is this project's guess, unverified): https://www.crunchyroll.com/search?q=frieren */
  card: '.browse-card',
  /** The card's series link, /series/<id>/<slug>: https://www.crunchyroll.com/videos/popular */
  seriesLink: 'a[href*="/series/"]',
} as const;

const RULES: EntryRule[] = [{ entry: SELECTORS.card, name: [SELECTORS.seriesLink] }];

/** The series a Crunchyroll page lists, each once, in page order ([] off the site). */
export function listedOnCrunchyroll(url: string, doc: Document): ListedTitle[] {
  const page = parseUrlOn(url, CRUNCHYROLL_MATCHES);
  if (!page) return [];
  const mediaOf = (link: Element): DetectedMedia | undefined => {
    const id = seriesIdOf(link.getAttribute('href'), page.href);
    return id ? { site: 'crunchyroll', ids: { crunchyroll: id } } : undefined;
  };
  return firstPerId(findEntries(doc, RULES, mediaOf), 'crunchyroll');
}
