import type { DetectedMedia } from '../../media';
import type { ListedTitle } from '../adapter';
import { asInt } from '../json';
import { type EntryRule, findEntries } from '../listed';
import { linkTarget } from '../url';

/**
 * Every selector MyAnimeList's list part reads, with a real page it was seen on
 * (docs/sites.md, MyAnimeList: lists).
 */
const SELECTORS = {
  /** Cards of seasonal, genre and studio pages, kids/r18 cards (hidden by default) included: https://myanimelist.net/anime/season/2024/fall */
  seasonalCard: 'div.js-seasonal-anime, div.seasonal-anime',
  /** The classic card's name link: https://myanimelist.net/anime/season/2024/fall */
  seasonalName: 'h2.h2_anime_title > a.link-title',
  /** The newer card has no a.link-title: the first /anime/ link of its title block: https://myanimelist.net/anime/genre/1/Action */
  seasonalNameNew: '.title a[href*="/anime/"]',
  /** Ranking rows (real sample mal-list-topanime-2026-NEGATIVE.html): https://myanimelist.net/topanime.php */
  rankingRow: 'tr.ranking-list',
  /** Their name link; the poster a.hoverinfo_trigger points at the same id: https://myanimelist.net/topanime.php */
  rankingName: 'h3.anime_ranking_h3 > a',
  /** Search result rows (the header row has no link): https://myanimelist.net/anime.php?q=naruto&cat=anime */
  searchRow: 'div.js-categories-seasonal tr',
  /** The bold name link of search rows, and of ranking rows before the h3: https://myanimelist.net/anime.php?q=naruto&cat=anime */
  boldName: 'a.hoverinfo_trigger.fw-b',
  /** A user's list, rendered from its table.list-table[data-items] JSON: https://myanimelist.net/animelist/Xinil */
  animelistRow: 'table.list-table[data-items] tbody.list-item',
  /** Its name link (the image cell links the same id): https://myanimelist.net/animelist/Xinil */
  animelistName: 'td.data.title a.link',
  /** The classic list layout, where the name link is the entry: https://myanimelist.net/animelist/Xinil */
  animelistClassic: 'a.animetitle',
  /** An anime page's related entries 2023+: tiles, then rows of more: https://myanimelist.net/anime/1535/Death_Note */
  relatedEntry: '.related-entries .entry, .related-entries .slider, .related-entries ul.entries > li',
  /** Related entries before 2023, each link an entry: https://myanimelist.net/manga/11/Naruto */
  relatedOld: 'table.anime_detail_related_anime a',
  /** Recommendations on desktop (user recs link /recommendations/anime/A-B): https://myanimelist.net/anime/57181/Ao_no_Hako */
  recommendation: '#anime_recommendation li.btn-anime',
  /** Recommendations on mobile: https://myanimelist.net/anime/1535/Death_Note */
  recommendationMobile: '#recommendations .slider',
  /** A desktop related tile's name: https://myanimelist.net/anime/57181/Ao_no_Hako */
  titleBlockLink: '.title a',
  /** A mobile recommendation's name: https://myanimelist.net/anime/1535/Death_Note */
  titleLink: 'a.title',
  /** A desktop recommendation's link, around its name: https://myanimelist.net/anime/57181/Ao_no_Hako */
  slideLink: 'a.link',
  /** A mobile related tile has only its poster link: https://myanimelist.net/anime/1535/Death_Note */
  thumbLink: 'a.thumb',
  /** A related row's only link: https://myanimelist.net/anime/1535/Death_Note */
  anyLink: 'a[href]',
} as const;

const TILE_NAME = [
  SELECTORS.titleBlockLink,
  SELECTORS.titleLink,
  SELECTORS.slideLink,
  SELECTORS.thumbLink,
  SELECTORS.anyLink,
];
const LISTS: EntryRule[] = [
  { entry: SELECTORS.seasonalCard, name: [SELECTORS.seasonalName, SELECTORS.seasonalNameNew] },
  { entry: SELECTORS.rankingRow, name: [SELECTORS.rankingName, SELECTORS.boldName] },
  { entry: SELECTORS.searchRow, name: [SELECTORS.boldName] },
  { entry: SELECTORS.animelistRow, name: [SELECTORS.animelistName] },
  { entry: SELECTORS.animelistClassic },
];
/** Manga links among them are not entries: the name link must be an anime's. */
const ANIME_PAGE: EntryRule[] = [
  { entry: SELECTORS.relatedEntry, name: TILE_NAME },
  { entry: SELECTORS.relatedOld },
  { entry: SELECTORS.recommendation, name: TILE_NAME },
  { entry: SELECTORS.recommendationMobile, name: TILE_NAME },
];

const LIST_PATH =
  /^\/(?:anime\/(?:season(?:\/|$)|genre\/\d+|producer\/\d+)|topanime\.php$|anime\.php$|animelist\/)/;
const ANIME_LINK = /^\/anime\/(\d+)(?:\/|$)/;
const RECOMMENDATION_LINK = /^\/recommendations\/anime\/(\d+)-(\d+)\/?$/;

/** The anime a link names: /anime/ID, the legacy /anime.php?id=, or the other half of a user rec. */
function animeIdOf(link: Element, page: URL, ownId: string | undefined): string | undefined {
  const target = linkTarget(link, page);
  if (!target) return undefined;
  const pair = RECOMMENDATION_LINK.exec(target.pathname);
  if (pair) return pair[1] === ownId ? pair[2] : pair[1];
  if (target.pathname === '/anime.php') return asInt(target.searchParams.get('id'))?.toString();
  return ANIME_LINK.exec(target.pathname)?.[1];
}

/**
 * The anime a MyAnimeList page lists (null: a URL not on MAL). `animeId` is set on an anime's own
 * page, whose related entries and recommendations are read; manga pages list nothing.
 */
export function listedOnMal(page: URL | null, doc: Document, animeId?: string): ListedTitle[] {
  if (!page) return [];
  const rules = animeId ? ANIME_PAGE : LIST_PATH.test(page.pathname) ? LISTS : [];
  const mediaOf = (link: Element): DetectedMedia | undefined => {
    const id = animeIdOf(link, page, animeId);
    return id && id !== animeId ? { site: 'mal', kind: 'anime', ids: { mal: id } } : undefined;
  };
  return findEntries(doc, rules, mediaOf);
}
