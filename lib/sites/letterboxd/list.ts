import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries, firstPerId } from '../listed';

/**
 * Every selector Letterboxd's list part reads (docs/sites.md, Letterboxd: lists). Posters carry only
 * the film's slug (and Letterboxd's own film id); the badges learn TMDB and IMDb ids elsewhere
 * (lib/page/learned-ids/).
 */
const SELECTORS = {
  /** The current poster grid's lazy poster, data-item-slug="parasite-2019": https://letterboxd.com/films/popular/ */
  lazyPoster: 'li.posteritem div.react-component[data-item-slug]',
  /** The older grid's poster, data-film-slug="/film/parasite-2019/": https://letterboxd.com/dave/list/official-top-250-narrative-feature-films/ */
  filmPoster: 'div.film-poster[data-film-slug]',
  /**
   * The poster's link, which Letterboxd's script draws over the poster (the server HTML may have a
   * span there until then; a list that grows is scanned again): https://letterboxd.com/films/popular/
   */
  frameLink: 'a[href*="/film/"]',
} as const;

const RULES: EntryRule[] = [
  { entry: SELECTORS.lazyPoster, name: [SELECTORS.frameLink] },
  { entry: SELECTORS.filmPoster, name: [SELECTORS.frameLink] },
];

/** "parasite-2019" or "/film/parasite-2019/" → parasite-2019. */
const SLUG = /^(?:\/film\/)?([a-z0-9][a-z0-9-]*)\/?$/;

/** The slug from the poster's own data (its link may carry a member's path: /dave/film/…). */
function mediaOf(_link: Element, poster: Element): DetectedMedia | undefined {
  const raw = poster.getAttribute('data-item-slug') ?? poster.getAttribute('data-film-slug') ?? '';
  const slug = SLUG.exec(raw.trim())?.[1];
  return slug ? { site: 'letterboxd', kind: 'movie', ids: { letterboxd: slug } } : undefined;
}

/** The films a Letterboxd page lists, each slug once, in page order (null: a URL not on Letterboxd). */
export function listedOnLetterboxd(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  return firstPerId(findEntries(doc, RULES, mediaOf), 'letterboxd');
}
