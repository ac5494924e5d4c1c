import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries } from '../listed';
import { parseUrl } from '../url';
import { parseTraktPage, traktMediaOf } from './url';

/**
 * Every selector Trakt's list part reads (docs/sites.md, Trakt: lists). Grid items carry Trakt's own
 * slug and number only, so their badges know a title only once the mirror does by those (never).
 */
const SELECTORS = {
  /** A poster of a grid, data-type="movie" data-url="/movies/inception-2010" data-movie-id="16662": https://trakt.tv/movies/trending */
  gridItem: '.grid-item[data-type][data-url]',
  /** The title's name under the poster: https://trakt.tv/movies/trending */
  titleLink: '.titles a[href]',
  /** The poster's link (name fallback): https://trakt.tv/users/sean/watchlist */
  posterLink: 'a[href]',
} as const;

const RULES: EntryRule[] = [{ entry: SELECTORS.gridItem, name: [SELECTORS.titleLink, SELECTORS.posterLink] }];

/** The kinds of grid items that are titles; people and lists are not. */
const TITLE_TYPES = new Set(['movie', 'show', 'season', 'episode']);

/** The title from the grid item's own data: its type's number must be there (data-movie-id, …). */
function mediaOf(_link: Element, item: Element): DetectedMedia | undefined {
  const type = item.getAttribute('data-type') ?? '';
  if (!TITLE_TYPES.has(type) || !item.hasAttribute(`data-${type}-id`)) return undefined;
  const url = parseUrl(item.getAttribute('data-url') ?? '', 'https://trakt.tv');
  const page = url && parseTraktPage(url.href);
  return page ? traktMediaOf(page) : undefined;
}

const keyOf = ({ kind, ids, show, season, episode }: DetectedMedia) =>
  [kind, ids.traktslug ?? show?.ids.traktslug, season, episode].join('|');

/** The titles a Trakt page lists, each once, in page order (null: a URL not on Trakt). */
export function listedOnTrakt(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  const seen = new Set<string>();
  return findEntries(doc, RULES, mediaOf).filter(({ media }) => {
    const key = keyOf(media);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
