import type { MediaKind, Site } from '../../../lib/media';

/**
 * The project's list pages (tests/fixtures/sites/<site>/, each naming the real page it imitates) with
 * the entries findListedTitles must find there, in document order: the id, the kind where the page
 * says it, an episode's show, season and number, and the text of the link that names the title.
 */
export interface ExpectedEntry {
  /** The page's own id ('' for an episode that has none, only its show's). */
  id: string;
  /** The name link's text (or its aria-label, or its image's alt when it has no text). */
  name: string;
  kind?: MediaKind;
  show?: string;
  season?: number;
  episode?: number;
}

export interface ListPageExample {
  site: Site;
  url: string;
  file: string;
  entries: ExpectedEntry[];
  /** A title page: detection finds its own title there, and the entries are its related titles. */
  titlePage?: string;
}

type Extra = Partial<Omit<ExpectedEntry, 'id' | 'name'>>;
const entry = (id: string, name: string, extra: Extra = {}): ExpectedEntry => ({ id, name, ...extra });
const movie = (id: string, name: string) => entry(id, name, { kind: 'movie' });
const show = (id: string, name: string) => entry(id, name, { kind: 'show' });
const anime = (id: string, name: string) => entry(id, name, { kind: 'anime' });
const episode = (id: string, name: string, of: string, season?: number, number?: number) =>
  entry(id, name, { kind: 'episode', show: of, season, episode: number });

const doctorWho = 'tt0436992';
const chartTop = [
  movie('tt0111161', '1. The Shawshank Redemption'),
  movie('tt0068646', '2. The Godfather'),
  movie('tt0468569', '3. The Dark Knight'),
];
const listRows = [
  entry('tt0068646', '1. The Godfather'),
  show('tt0903747', '2. Breaking Bad'),
  show('tt0795176', '3. Planet Earth'),
];
const listerRows = [
  entry('tt0068646', 'The Godfather'),
  entry('tt0903747', 'Breaking Bad'),
  entry('tt0795176', 'Planet Earth'),
];
const season4 = (names: [string, string, number][]) =>
  names.map(([id, name, number]) => episode(id, name, doctorWho, 4, number));

const IMDB: Omit<ListPageExample, 'site'>[] = [
  { url: 'https://www.imdb.com/chart/top/', file: 'imdb/list-chart-top-2023.html', entries: chartTop },
  {
    url: 'https://m.imdb.com/chart/top/?ref_=nv_mv_250',
    file: 'imdb/list-chart-top-2023.html',
    entries: chartTop,
  },
  { url: 'https://www.imdb.com/de/chart/top/', file: 'imdb/list-chart-top-2023.html', entries: chartTop },
  {
    url: 'https://www.imdb.com/chart/toptv/',
    file: 'imdb/list-chart-toptv-2019.html',
    entries: [
      show('tt5491994', 'Planet Earth II'),
      show('tt0903747', 'Breaking Bad'),
      show('tt0185906', 'Band of Brothers'),
    ],
  },
  {
    url: 'https://www.imdb.com/chart/tvmeter/',
    file: 'imdb/list-chart-tvmeter-2023.html',
    entries: [show('tt4574334', 'Stranger Things'), show('tt0436992', 'Doctor Who')],
  },
  { url: 'https://www.imdb.com/list/ls055592025/', file: 'imdb/list-ls-2023.html', entries: listRows },
  { url: 'https://www.imdb.com/list/ls055592025/', file: 'imdb/list-ls-2020.html', entries: listerRows },
  {
    url: 'https://www.imdb.com/user/ur0000001/watchlist/',
    file: 'imdb/watchlist-ur0000001-2024.html',
    entries: [
      entry('tt15239678', '1. Dune: Part Two'),
      show('tt4574334', '2. Stranger Things'),
      movie('tt3845232', '3. Sherlock: The Abominable Bride'),
      entry('tt1234567', '4. Quest Game'),
    ],
  },
  {
    url: 'https://www.imdb.com/user/ur0000001/ratings',
    file: 'imdb/ratings-ur0000001-2021.html',
    entries: [entry('tt0133093', 'The Matrix'), entry('tt0436992', 'Doctor Who')],
  },
  {
    url: 'https://www.imdb.com/search/title/?title=doctor%20who',
    file: 'imdb/search-title-2023.html',
    entries: [
      show('tt0436992', '1. Doctor Who'),
      movie('tt0116118', '2. Doctor Who: The Movie'),
      episode('tt1205438', "3. Journey's End", doctorWho, 4, 13),
    ],
  },
  {
    url: 'https://www.imdb.com/search/title/?title_type=tv_episode&title=end',
    file: 'imdb/search-title-2021.html',
    entries: [
      episode('tt1205438', "Journey's End", doctorWho),
      episode('tt2301451', 'Ozymandias', 'tt0903747'),
      entry('tt0120737', 'The Lord of the Rings: The Fellowship of the Ring'),
    ],
  },
  {
    url: 'https://www.imdb.com/find/?q=doctor%20who',
    file: 'imdb/find-2023.html',
    entries: [
      show('tt0436992', 'Doctor Who'),
      movie('tt0116118', 'Doctor Who: The Movie'),
      show('tt0056751', 'Doctor Who'),
    ],
  },
  {
    url: 'https://www.imdb.com/find?q=matrix&s=all',
    file: 'imdb/find-2017.html',
    entries: [
      entry('tt0133093', 'The Matrix'),
      show('tt0106062', 'Matrix'),
      entry('tt0410519', 'The Matrix Online'),
      episode('tt0520088', 'The Matrix', 'tt0364790', 1, 3),
    ],
  },
  {
    url: 'https://www.imdb.com/name/nm0000206/',
    file: 'imdb/name-nm0000206-filmography-2023.html',
    entries: [
      entry('tt2911666', 'John Wick'),
      show('tt0149460', 'Futurama'),
      entry('tt2016940', 'Man of Tai Chi'),
      entry('tt2016940', 'Man of Tai Chi'),
    ],
  },
  {
    url: 'https://www.imdb.com/name/nm0000206/',
    file: 'imdb/name-nm0000206-filmography-2019.html',
    entries: [
      entry('tt2016940', 'Man of Tai Chi'),
      show('tt0149460', 'Futurama'),
      entry('tt0133093', 'The Matrix'),
      entry('tt2016940', 'Man of Tai Chi'),
    ],
  },
  {
    url: 'https://www.imdb.com/title/tt0133093/',
    file: 'imdb/title-tt0133093-more-like-this-2023.html',
    titlePage: 'tt0133093',
    entries: [
      entry('tt1375666', 'Inception'),
      entry('tt0137523', 'Fight Club'),
      entry('tt0234215', 'The Matrix Reloaded'),
    ],
  },
  {
    url: 'https://www.imdb.com/title/tt0133093/',
    file: 'imdb/title-tt0133093-more-like-this-2019.html',
    titlePage: 'tt0133093',
    entries: [entry('tt0234215', 'The Matrix Reloaded'), entry('tt0242653', 'The Matrix Revolutions')],
  },
  {
    url: 'https://www.imdb.com/title/tt0436992/episodes/?season=4',
    file: 'imdb/episodes-tt0436992-season-4-list-2023.html',
    titlePage: doctorWho,
    entries: season4([
      ['tt1000252', 'S4.E1 ∙ Partners in Crime', 1],
      ['tt1205437', 'S4.E12 ∙ The Stolen Earth', 12],
      ['tt1205438', "S4.E13 ∙ Journey's End", 13],
    ]),
  },
  {
    url: 'https://www.imdb.com/title/tt0436992/episodes?season=4',
    file: 'imdb/episodes-tt0436992-season-4-list-2019.html',
    titlePage: doctorWho,
    entries: season4([
      ['tt1000252', 'Partners in Crime', 1],
      ['tt1205438', "Journey's End", 13],
    ]),
  },
];

const TMDB: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://www.themoviedb.org/movie/top-rated',
    file: 'tmdb/list-movie-top-rated.html',
    entries: [
      movie('278', 'The Shawshank Redemption'),
      movie('238', 'The Godfather'),
      movie('129', 'Spirited Away'),
    ],
  },
  {
    url: 'https://www.themoviedb.org/tv',
    file: 'tmdb/list-tv-popular.html',
    entries: [
      show('66732', 'Stranger Things'),
      show('1399', 'Game of Thrones'),
      show('1396', 'Breaking Bad'),
    ],
  },
  {
    url: 'https://www.themoviedb.org/discover/movie',
    file: 'tmdb/discover-movie.html',
    entries: [movie('27205', 'Inception'), movie('155', 'The Dark Knight')],
  },
  {
    url: 'https://www.themoviedb.org/search?query=matrix',
    file: 'tmdb/search-matrix.html',
    entries: [
      movie('603', 'The Matrix'),
      movie('624860', 'The Matrix Resurrections'),
      show('66732', 'Stranger Things'),
    ],
  },
  {
    url: 'https://www.themoviedb.org/collection/2344-the-matrix-collection',
    file: 'tmdb/collection-2344-the-matrix-collection.html',
    entries: [
      movie('603', 'The Matrix'),
      movie('604', 'The Matrix Reloaded'),
      movie('605', 'The Matrix Revolutions'),
      movie('624860', 'The Matrix Resurrections'),
    ],
  },
  {
    url: 'https://www.themoviedb.org/person/6384-keanu-reeves',
    file: 'tmdb/person-6384-keanu-reeves-credits.html',
    entries: [
      movie('603692', 'John Wick: Chapter 4'),
      movie('603', 'The Matrix'),
      show('456', 'The Simpsons'),
      movie('603692', 'John Wick: Chapter 4'),
    ],
  },
  {
    url: 'https://www.themoviedb.org/list/10',
    file: 'tmdb/list-10-best-picture.html',
    entries: [movie('680', 'Pulp Fiction'), show('1396', 'Breaking Bad')],
  },
];

const MAL: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://myanimelist.net/anime/season/2024/fall',
    file: 'mal/list-season-2024-fall.html',
    entries: [
      anime('57181', 'Ao no Hako'),
      anime('57334', 'Dandadan'),
      anime('50250', 'Chiikawa'),
      anime('21', 'One Piece'),
      anime('58514', 'Kusuriya no Hitorigoto 2nd Season'),
    ],
  },
  {
    url: 'https://myanimelist.net/anime/genre/1/Action',
    file: 'mal/list-genre-1-action.html',
    entries: [anime('16498', 'Shingeki no Kyojin'), anime('5114', 'Fullmetal Alchemist: Brotherhood')],
  },
  {
    url: 'https://myanimelist.net/anime/producer/10/Production_IG',
    file: 'mal/list-producer-10-production-ig.html',
    entries: [anime('43', 'Koukaku Kidoutai'), anime('20583', 'Haikyuu!!'), anime('13601', 'Psycho-Pass')],
  },
  {
    url: 'https://myanimelist.net/topanime.php?type=movie',
    file: 'mal/list-topanime-movie.html',
    entries: [
      anime('28851', 'Koe no Katachi'),
      anime('32281', 'Kimi no Na wa.'),
      anime('199', 'Sen to Chihiro no Kamikakushi'),
    ],
  },
  {
    url: 'https://myanimelist.net/anime.php?q=death%20note&cat=anime',
    file: 'mal/search-q-death-note.html',
    entries: [anime('1535', 'Death Note'), anime('2994', 'Death Note: Rewrite')],
  },
  {
    url: 'https://myanimelist.net/animelist/Xinil',
    file: 'mal/animelist-xinil.html',
    entries: [
      anime('1535', 'Death Note'),
      anime('57181', 'Ao no Hako'),
      anime('199', 'Sen to Chihiro no Kamikakushi'),
      anime('5114', 'Fullmetal Alchemist: Brotherhood'),
    ],
  },
  {
    url: 'https://myanimelist.net/animelist/Xinil?status=2',
    file: 'mal/animelist-xinil-classic.html',
    entries: [anime('1535', 'Death Note'), anime('5114', 'Fullmetal Alchemist: Brotherhood')],
  },
  {
    url: 'https://myanimelist.net/anime/1535/Death_Note',
    file: 'mal/anime-1535-death-note-related-desktop.html',
    titlePage: '1535',
    entries: [
      anime('2994', 'Death Note: Rewrite'),
      anime('38003', 'Death Note: Relight'),
      anime('1575', 'Code Geass: Hangyaku no Lelouch634 Users'),
      anime('19', 'Monster114 Users'),
      anime('23283', 'Zankyou no TerrorAutoRec'),
    ],
  },
  {
    url: 'https://myanimelist.net/anime/1535/Death_Note',
    file: 'mal/anime-1535-death-note-related-2018.html',
    titlePage: '1535',
    entries: [anime('2994', 'Death Note: Rewrite'), anime('38003', 'Death Note: Relight')],
  },
];

const NETFLIX: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://www.netflix.com/browse',
    file: 'netflix/list-browse-rows.html',
    entries: [
      entry('80057281', 'Stranger Things'),
      entry('81648953', 'Delicious in Dungeon'),
      entry('20557937', 'The Matrix'),
      entry('80100172', 'Dark'),
      entry('80117401', 'Glow Up'),
    ],
  },
  {
    url: 'https://www.netflix.com/search?q=matrix',
    file: 'netflix/list-search-matrix.html',
    entries: [
      entry('20557937', 'The Matrix'),
      entry('60034551', 'The Matrix Reloaded'),
      entry('80057281', 'Stranger Things'),
    ],
  },
  {
    url: 'https://www.netflix.com/browse?jbv=80057281',
    file: 'netflix/list-browse-jbv-80057281-more-like-this.html',
    titlePage: '80057281',
    entries: [
      entry('81648953', 'Delicious in Dungeon'),
      entry('80100172', 'Dark'),
      entry('80025744', 'The OA'),
    ],
  },
];

const LETTERBOXD: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://letterboxd.com/dave/list/films-to-watch-together/',
    file: 'letterboxd/list-dave-films-to-watch-together.html',
    // The Matrix is listed twice: one entry, the first.
    entries: [
      movie('the-matrix', 'The Matrix'),
      movie('inception', 'Inception'),
      movie('chernobyl', 'Chernobyl'),
      movie('local-legends', 'Local Legends'),
      movie('parasite-2019', 'Parasite'),
    ],
  },
  {
    url: 'https://letterboxd.com/films/popular/',
    file: 'letterboxd/list-films-popular-2022.html',
    entries: [movie('parasite-2019', 'Parasite'), movie('the-matrix', 'The Matrix')],
  },
];
const ANILIST: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://anilist.co/user/Josh/animelist',
    file: 'anilist/user-josh-animelist.html',
    // Death Note is on two of the user's lists: one entry, the first; the manga row is no anime.
    entries: [anime('1535', 'Death Note'), anime('21', 'ONE PIECE'), anime('1', 'Cowboy Bebop')],
  },
  {
    url: 'https://anilist.co/search/anime',
    file: 'anilist/search-anime.html',
    entries: [
      anime('16498', 'Attack on Titan'),
      anime('9253', 'Steins;Gate'),
      anime('154587', "Frieren: Beyond Journey's End"),
    ],
  },
];

const LIVECHART: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://www.livechart.me/fall-2006/tv',
    file: 'livechart/chart-fall-2006-tv.html',
    entries: [
      anime('3437', 'Death Note'),
      anime('1100', 'Code Geass: Lelouch of the Rebellion'),
      anime('1199', 'Kanon'),
    ],
  },
  {
    url: 'https://www.livechart.me/users/example/library',
    file: 'livechart/users-example-library.html',
    // Death Note's second row (a rewatch) is the same anime: one entry, the first.
    entries: [anime('3437', 'Death Note'), anime('321', 'One Piece')],
  },
];

const KITSU: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://kitsu.app/users/example/library',
    file: 'kitsu/users-example-library.html',
    // An entry whose poster has not loaded names no number: left out; Death Note twice: once.
    entries: [anime('1376', 'Death Note'), anime('12', 'One Piece')],
  },
  {
    url: 'https://kitsu.app/anime?text=death',
    file: 'kitsu/anime-search.html',
    entries: [anime('7442', 'Attack on Titan'), anime('5646', 'Steins;Gate')],
  },
];

const CRUNCHYROLL: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://www.crunchyroll.com/search?q=frieren',
    file: 'crunchyroll/search-negative.html',
    // The episode card names no series in its link: left out.
    entries: [entry('GG5H5XQX4', "Frieren: Beyond Journey's End")],
  },
];

const ANIDB: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://anidb.net/anime/?h=1&noalias=1&view=list',
    file: 'anidb/list-anime-browse.html',
    // Each spelling of an anime link (/anime/, absolute, animedb.pl, /a<aid>); Death Note's second row is left out.
    entries: [
      anime('4563', 'Death Note'),
      anime('23', 'Cowboy Bebop'),
      anime('8597', 'Hunter x Hunter (2011)'),
      anime('69', 'One Piece'),
    ],
  },
];

const TVDB: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://thetvdb.com/lists/best-of-hbo',
    file: 'tvdb/list-best-of-hbo.html',
    // Numbers from the artwork (v4, the older banners/posters/, a lazy data-src); the entry without
    // artwork and Game of Thrones' second entry are left out.
    entries: [
      show('121361', 'Game of Thrones'),
      show('360893', 'Chernobyl'),
      movie('169', 'The Matrix'),
      show('81189', 'Breaking Bad'),
    ],
  },
];

const ANIMEPLANET: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://www.anime-planet.com/anime/all',
    file: 'animeplanet/list-anime-all.html',
    // Death Note's second card and a tag's card are left out.
    entries: [
      anime('death-note', 'Death Note'),
      anime('cowboy-bebop', 'Cowboy Bebop'),
      anime('hunter-x-hunter-2011', 'Hunter x Hunter (2011)'),
    ],
  },
];

const TRAKT: Omit<ListPageExample, 'site'>[] = [
  {
    url: 'https://trakt.tv/movies/trending',
    file: 'trakt/list-movies-trending.html',
    entries: [
      movie('inception-2010', 'Inception'),
      movie('the-matrix-1999', 'The Matrix'),
      movie('fight-club-1999', 'Fight Club'),
    ],
  },
  {
    url: 'https://trakt.tv/users/sean/watchlist',
    file: 'trakt/list-users-sean-watchlist.html',
    // A season is its show's, an episode has no id of its own; the person is left out, and
    // Game of Thrones, listed twice, counts once.
    entries: [
      show('game-of-thrones', 'Game of Thrones'),
      movie('inception-2010', 'Inception'),
      entry('the-walking-dead', 'The Walking Dead: Season 2', { kind: 'show', season: 2 }),
      entry('', 'Breaking Bad: 1x01 Pilot', { kind: 'episode', show: 'breaking-bad', season: 1, episode: 1 }),
      show('1883', '1883'),
    ],
  },
];

const bySite = (site: Site, pages: Omit<ListPageExample, 'site'>[]) =>
  pages.map((page): ListPageExample => ({ site, ...page }));

export const LIST_PAGES: readonly ListPageExample[] = [
  ...bySite('imdb', IMDB),
  ...bySite('tmdb', TMDB),
  ...bySite('mal', MAL),
  ...bySite('netflix', NETFLIX),
  ...bySite('letterboxd', LETTERBOXD),
  ...bySite('anidb', ANIDB),
  ...bySite('tvdb', TVDB),
  ...bySite('animeplanet', ANIMEPLANET),
  ...bySite('trakt', TRAKT),
  ...bySite('anilist', ANILIST),
  ...bySite('livechart', LIVECHART),
  ...bySite('kitsu', KITSU),
  ...bySite('crunchyroll', CRUNCHYROLL),
];
