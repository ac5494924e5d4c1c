import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { type EntryRule, findEntries } from '../listed';
import { linkTarget } from '../url';

/**
 * Every selector TMDB's list part reads. No real TMDB page was available (docs/sites.md, TMDB: lists): these
 * follow what public scrapers read on the pages named, so an entry counts only when its name link
 * points at a /movie/ or /tv/ page, which also gives its kind.
 */
const SELECTORS = {
  /** Poster cards of /movie, /tv, their top-rated and upcoming lists, /discover and lists: https://www.themoviedb.org/movie/top-rated */
  card: 'div.card.style_1',
  /** Their name link (the poster link is in .image): https://www.themoviedb.org/tv/top-rated */
  cardName: '.content h2 a',
  /** Result cards of a search and a collection's parts: https://www.themoviedb.org/search?query=matrix */
  resultCard: 'div.card.v4',
  /** Their name link, a.result[data-media-type] around the h2: https://www.themoviedb.org/search?query=matrix */
  resultName: '.details .title a',
  /** A person's credits (rows of table.credit_group inside table.card.credits): https://www.themoviedb.org/person/6384-keanu-reeves */
  creditRow: 'table.credits tr',
  /** Their name link: https://www.themoviedb.org/person/6384-keanu-reeves */
  creditName: 'td.role a',
  /** "Known For" repeats titles of the credits, so it is not an entry: https://www.themoviedb.org/person/6384-keanu-reeves */
  knownFor: '#known_for',
} as const;

/**
 * One entry per row and card: a person credited in two departments for a title has it in both. The
 * outer row of table.card.credits wraps the groups: its first link is its first group's, counted once.
 */
const RULES: EntryRule[] = [
  { entry: SELECTORS.card, name: [SELECTORS.cardName] },
  { entry: SELECTORS.resultCard, name: [SELECTORS.resultName] },
  { entry: SELECTORS.creditRow, name: [SELECTORS.creditName] },
];

/** /movie/603-the-matrix or /tv/1399, not a season or a sub-page. */
const TITLE_LINK = /^\/(movie|tv)\/(\d+)(?:-[^/]*)?\/?$/;

/** The titles a TMDB page lists (null: a URL not on TMDB; title pages list none). */
export function listedOnTmdb(page: URL | null, doc: Document): ListedTitle[] {
  if (!page) return [];
  const mediaOf = (link: Element): DetectedMedia | undefined => {
    const target = linkTarget(link, page);
    const match = target ? TITLE_LINK.exec(target.pathname) : null;
    if (!match?.[2]) return undefined;
    return { site: 'tmdb', kind: match[1] === 'tv' ? 'show' : 'movie', ids: { tmdb: match[2] } };
  };
  return findEntries(doc, RULES, mediaOf, SELECTORS.knownFor);
}
