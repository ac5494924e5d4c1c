import type { DetectedMedia, MediaKind } from '../../media';
import type { ListedTitle } from '../adapter';
import { asInt } from '../json';
import { type EntryRule, findEntries } from '../listed';
import { addEpisodeFacts, followsEpisodeLabel, rowKind, titleIdOf } from './row';

/**
 * Every selector IMDb's list part reads, with a real page it was seen on (docs/sites.md, IMDb: lists, from
 * public scrapers, and the real saved pages where the comment says so). Layouts change by year:
 * each page type matches its current and its older layout.
 */
const SELECTORS = {
  /** 2023+ rows of charts, lists, watchlists, ratings and advanced search: https://www.imdb.com/chart/top/ */
  row: 'li.ipc-metadata-list-summary-item',
  /** Their name link, whose h3 reads "1. The Shawshank Redemption": https://www.imdb.com/chart/top/ */
  rowName: 'a.ipc-title-link-wrapper',
  /** A 2023+ row's type ("TV Series"; films have none): https://www.imdb.com/search/title/?title_type=tv_series */
  rowType: '.dli-title-type-data',
  /** Charts before 2023: https://www.imdb.com/chart/top/ */
  chartRowOld: 'tbody.lister-list > tr',
  /** Their name link: https://www.imdb.com/chart/toptv/ */
  chartNameOld: 'td.titleColumn > a',
  /** Lists, watchlists, ratings and advanced search before 2023: https://www.imdb.com/search/title/?groups=top_250 */
  listerItem: 'div.lister-item',
  /** Header links; an episode row reads "Series (2008–2013) Episode: Ozymandias": https://www.imdb.com/search/title/?title_type=tv_episode */
  listerLinks: '.lister-item-header a',
  /** /find title results 2022+: https://www.imdb.com/find/?q=matrix */
  findRow: '[data-testid="find-results-section-title"] li.find-title-result',
  /** Their name link: https://www.imdb.com/find/?q=matrix */
  findName: 'a.ipc-metadata-list-summary-item__t',
  /** Their labels ("2005–2022", "TV Series"): https://www.imdb.com/find/?q=doctor%20who */
  findLabel: '.ipc-metadata-list-summary-item__li',
  /** /find before 2022, where the row's type is plain text "(TV Series)" (real sample): https://www.imdb.com/find?q=Smoke&s=tt */
  findRowOld: 'table.findList tr.findResult',
  /** Its name link (the poster link is in td.primary_photo): https://www.imdb.com/find?q=Smoke&s=tt */
  findNameOld: 'td.result_text > a',
  /** A person's credits 2023+, one row per credit: https://www.imdb.com/name/nm0000206/ */
  creditRow: '[data-testid="Filmography"] li.ipc-metadata-list-summary-item',
  /** Their name link: https://www.imdb.com/name/nm0000206/ */
  creditName: 'a.ipc-metadata-list-summary-item__t',
  /** Credits before 2023, one section per role; single episodes sit in .filmo-episodes: https://www.imdb.com/name/nm0000206/ */
  filmoRowOld: 'div.filmo-category-section > div.filmo-row',
  /** Their name link: https://www.imdb.com/name/nm0000206/ */
  filmoNameOld: 'b > a',
  /** "Known for" repeats titles of the credits, so it is not an entry: https://www.imdb.com/name/nm0000206/ */
  knownFor: '[data-testid="nm_flmg_kwn_for"], #knownfor',
  /** A title page's "More like this" 2022+, name links only (real sample): https://www.imdb.com/title/tt0133093/ */
  moreLikeThis: '[data-testid="MoreLikeThis"] a.ipc-poster-card__title',
  /** The same before 2021: https://www.imdb.com/title/tt0133093/ */
  moreLikeThisOld: '#titleRecs .rec_overview .rec-title > a',
  /** A season's episodes 2023+: https://www.imdb.com/title/tt0436992/episodes/?season=4 */
  episodeRow: 'article.episode-item-wrapper',
  /** Their name link, "S4.E1 ∙ Partners in Crime": https://www.imdb.com/title/tt0436992/episodes/?season=4 */
  episodeName: 'a.ipc-title-link-wrapper, .ipc-title a, h4 a',
  /** Before 2023, "S4, Ep1" on the poster: https://www.imdb.com/title/tt0436992/episodes?season=4 */
  episodeRowOld: '.eplist > .list_item',
  /** Their name link: https://www.imdb.com/title/tt0436992/episodes?season=4 */
  episodeNameOld: '.info strong > a',
} as const;

function listerName(entry: Element): Element | undefined {
  const links = Array.from(entry.querySelectorAll(SELECTORS.listerLinks));
  return links.find(followsEpisodeLabel) ?? links[0];
}

const LISTER: EntryRule[] = [
  { entry: SELECTORS.row, name: [SELECTORS.rowName] },
  { entry: SELECTORS.chartRowOld, name: [SELECTORS.chartNameOld] },
  { entry: SELECTORS.listerItem, name: listerName },
];
const FIND: EntryRule[] = [
  { entry: SELECTORS.findRow, name: [SELECTORS.findName] },
  { entry: SELECTORS.findRowOld, name: [SELECTORS.findNameOld] },
];
/** One entry per credit row: a title credited in two roles gets a badge in both sections. */
const FILMOGRAPHY: EntryRule[] = [
  { entry: SELECTORS.creditRow, name: [SELECTORS.creditName] },
  { entry: SELECTORS.filmoRowOld, name: [SELECTORS.filmoNameOld] },
];
const MORE_LIKE_THIS: EntryRule[] = [{ entry: SELECTORS.moreLikeThis }, { entry: SELECTORS.moreLikeThisOld }];
const EPISODES: EntryRule[] = [
  { entry: SELECTORS.episodeRow, name: [SELECTORS.episodeName] },
  { entry: SELECTORS.episodeRowOld, name: [SELECTORS.episodeNameOld] },
];

/** What the page says for all its entries: the chart's kind, the episode list's show and season. */
interface ListPage {
  rules: readonly EntryRule[];
  kind?: MediaKind;
  show?: string;
  season?: number;
  exclude?: string;
}

const CHART_KINDS = new Map<string, MediaKind>([
  ...['top', 'moviemeter', 'boxoffice', 'top-english-movies', 'bottom'].map(
    (chart) => [chart, 'movie'] as const,
  ),
  ...['toptv', 'tvmeter'].map((chart) => [chart, 'show'] as const),
]);
const LISTER_PATH = /^\/(?:list\/ls\d+|user\/ur\d+\/(?:watchlist|ratings)|watchlist|search\/title)(?:\/|$)/;

function listPage(page: URL): ListPage | null {
  const path = page.pathname.replace(/^\/[a-z]{2}(?:-[a-z]{2})?(?=\/)/, '');
  const chart = /^\/chart\/([a-z-]+)/.exec(path)?.[1];
  if (chart) return { rules: LISTER, kind: CHART_KINDS.get(chart) };
  if (LISTER_PATH.test(path)) return { rules: LISTER };
  if (/^\/find(?:\/|$)/.test(path)) return { rules: FIND };
  if (/^\/name\/nm\d+\/?$/.test(path)) return { rules: FILMOGRAPHY, exclude: SELECTORS.knownFor };
  const title = /^\/title\/(tt\d{7,})(?:\/([^/]*))?/.exec(path);
  if (!title) return null;
  if (title[2] !== 'episodes') return title[2] ? null : { rules: MORE_LIKE_THIS };
  return { rules: EPISODES, kind: 'episode', show: title[1], season: asInt(page.searchParams.get('season')) };
}

/** The titles an IMDb page lists (null: a URL not on IMDb). */
export function listedOnImdb(page: URL | null, doc: Document): ListedTitle[] {
  const list = page && listPage(page);
  if (!page || !list) return [];
  const mediaOf = (link: Element, entry: Element): DetectedMedia | undefined => {
    const id = titleIdOf(link, page);
    if (!id) return undefined;
    const media: DetectedMedia = { site: 'imdb', ids: { imdb: id } };
    const kind = list.kind ?? rowKind(entry, link, `${SELECTORS.rowType}, ${SELECTORS.findLabel}`);
    if (kind) media.kind = kind;
    if (kind === 'episode') addEpisodeFacts(media, entry, page, list);
    return media;
  };
  return findEntries(doc, list.rules, mediaOf, list.exclude);
}
