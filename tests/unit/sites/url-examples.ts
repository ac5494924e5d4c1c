import type { DetectedMedia, Site } from '../../../lib/media';

/**
 * Each site's example URLs with what the URL alone gives (detection on an empty document), in the
 * manner of github-url-detection: every adapter must match its own examples and reject every other
 * site's. Pages with a DOM are in tests/fixtures/sites/pages.ts.
 */
export interface SiteExamples {
  positives: { url: string; expected: DetectedMedia }[];
  negatives: string[];
}

const imdb = (id: string, extra: Partial<DetectedMedia> = {}): DetectedMedia => ({
  site: 'imdb',
  ids: { imdb: id },
  ...extra,
});
const tmdb = (kind: 'movie' | 'show', id: string, extra: Partial<DetectedMedia> = {}): DetectedMedia => ({
  site: 'tmdb',
  kind,
  ids: { tmdb: id },
  ...extra,
});
const tmdbEpisode = (show: string, season: number, episode: number): DetectedMedia => ({
  site: 'tmdb',
  kind: 'episode',
  ids: {},
  show: { ids: { tmdb: show } },
  season,
  episode,
});
const mal = (id: string, extra: Partial<DetectedMedia> = {}): DetectedMedia => ({
  site: 'mal',
  kind: 'anime',
  ids: { mal: id },
  ...extra,
});
const livechart = (id: string): DetectedMedia => ({
  site: 'livechart',
  kind: 'anime',
  ids: { livechart: id },
});
const kitsu = (ids: DetectedMedia['ids']): DetectedMedia => ({ site: 'kitsu', kind: 'anime', ids });
const anilist = (id: string): DetectedMedia => ({ site: 'anilist', kind: 'anime', ids: { anilist: id } });
const letterboxd = (slug: string): DetectedMedia => ({
  site: 'letterboxd',
  kind: 'movie',
  ids: { letterboxd: slug },
});
const anidb = (aid: string): DetectedMedia => ({ site: 'anidb', kind: 'anime', ids: { anidb: aid } });
const tvdb = (id: string, kind: 'show' | 'movie'): DetectedMedia => ({
  site: 'tvdb',
  kind,
  ids: { tvdb: id },
});
const animeplanet = (slug: string): DetectedMedia => ({
  site: 'animeplanet',
  kind: 'anime',
  ids: { animeplanet: slug },
});
const crunchyrollEpisode = (id: string): DetectedMedia => ({
  site: 'crunchyroll',
  kind: 'episode',
  ids: { crunchyroll: id },
});
const crunchyrollSeries = (id: string): DetectedMedia => ({ site: 'crunchyroll', ids: { crunchyroll: id } });
const netflix = (id: string): DetectedMedia => ({ site: 'netflix', ids: { netflix: id } });
const trakt = (kind: 'movie' | 'show', slug: string, season?: number): DetectedMedia => ({
  site: 'trakt',
  kind,
  ids: { traktslug: slug },
  ...(season === undefined ? {} : { season }),
});
const traktEpisode = (show: string, season: number, episode: number): DetectedMedia => ({
  site: 'trakt',
  kind: 'episode',
  ids: {},
  show: { ids: { traktslug: show } },
  season,
  episode,
});

export const URL_EXAMPLES: Record<Site, SiteExamples> = {
  imdb: {
    positives: [
      { url: 'https://www.imdb.com/title/tt0133093/', expected: imdb('tt0133093') },
      { url: 'https://www.imdb.com/title/tt0133093', expected: imdb('tt0133093') },
      { url: 'https://www.imdb.com/title/tt0133093/?ref_=nv_sr_srsg_0', expected: imdb('tt0133093') },
      { url: 'https://m.imdb.com/title/tt0436992/', expected: imdb('tt0436992') },
      { url: 'https://www.imdb.com/de/title/tt0133093/', expected: imdb('tt0133093') },
      { url: 'https://www.imdb.com/fr-ca/title/tt10272386/', expected: imdb('tt10272386') },
      { url: 'https://www.imdb.com/title/tt26581740/', expected: imdb('tt26581740') },
      { url: 'https://www.imdb.com/title/tt0133093/fullcredits/?ref_=tt_cl_sm', expected: imdb('tt0133093') },
      { url: 'https://www.imdb.com/title/tt0133093/reference', expected: imdb('tt0133093') },
      { url: 'https://www.imdb.com/title/tt0133093/mediaviewer/rm1234567890/', expected: imdb('tt0133093') },
      {
        url: 'https://www.imdb.com/title/tt0436992/episodes/?season=4',
        expected: imdb('tt0436992', { kind: 'show', season: 4 }),
      },
      {
        url: 'https://m.imdb.com/title/tt0436992/episodes?season=2&ref_=tt_eps_sn_2',
        expected: imdb('tt0436992', { kind: 'show', season: 2 }),
      },
      {
        url: 'https://www.imdb.com/title/tt0436992/episodes/',
        expected: imdb('tt0436992', { kind: 'show' }),
      },
    ],
    negatives: [
      'https://www.imdb.com/',
      'https://www.imdb.com/name/nm0000206/',
      'https://www.imdb.com/list/ls000000001/',
      'https://www.imdb.com/chart/top/',
      'https://www.imdb.com/search/title/?title=matrix',
      'https://www.imdb.com/find/?q=matrix',
      'https://www.imdb.com/title/tt123/',
      'https://www.imdb.com/de/name/nm0000206/',
      'https://pro.imdb.com/title/tt0133093/',
    ],
  },
  tmdb: {
    positives: [
      { url: 'https://www.themoviedb.org/movie/603', expected: tmdb('movie', '603') },
      { url: 'https://www.themoviedb.org/movie/603-the-matrix', expected: tmdb('movie', '603') },
      {
        url: 'https://www.themoviedb.org/movie/603-the-matrix?language=de-DE',
        expected: tmdb('movie', '603'),
      },
      { url: 'https://www.themoviedb.org/movie/603-the-matrix/cast', expected: tmdb('movie', '603') },
      {
        url: 'https://www.themoviedb.org/movie/603-the-matrix/watch?locale=US',
        expected: tmdb('movie', '603'),
      },
      { url: 'https://www.themoviedb.org/tv/66732', expected: tmdb('show', '66732') },
      { url: 'https://www.themoviedb.org/tv/66732-stranger-things', expected: tmdb('show', '66732') },
      { url: 'https://www.themoviedb.org/tv/66732-stranger-things/seasons', expected: tmdb('show', '66732') },
      {
        url: 'https://www.themoviedb.org/tv/66732-stranger-things/season/1',
        expected: tmdb('show', '66732', { season: 1 }),
      },
      {
        url: 'https://www.themoviedb.org/tv/66732-stranger-things/season/4?language=fr-FR',
        expected: tmdb('show', '66732', { season: 4 }),
      },
      {
        url: 'https://www.themoviedb.org/tv/66732-stranger-things/season/1/episode/1',
        expected: tmdbEpisode('66732', 1, 1),
      },
      {
        url: 'https://www.themoviedb.org/tv/1399/season/2/episode/9/cast',
        expected: tmdbEpisode('1399', 2, 9),
      },
    ],
    negatives: [
      'https://www.themoviedb.org/',
      'https://www.themoviedb.org/movie',
      'https://www.themoviedb.org/movie/now-playing',
      'https://www.themoviedb.org/movie/top-rated',
      'https://www.themoviedb.org/tv/airing-today',
      'https://www.themoviedb.org/tv/top-rated',
      'https://www.themoviedb.org/person/6384-keanu-reeves',
      'https://www.themoviedb.org/collection/2344-the-matrix-collection',
      'https://www.themoviedb.org/discover/movie',
      'https://www.themoviedb.org/search?query=matrix',
    ],
  },
  mal: {
    positives: [
      { url: 'https://myanimelist.net/anime/1535/Death_Note', expected: mal('1535') },
      { url: 'https://myanimelist.net/anime/1535', expected: mal('1535') },
      { url: 'https://myanimelist.net/anime/1535/', expected: mal('1535') },
      { url: 'https://myanimelist.net/anime/57181/Ao_no_Hako/stats', expected: mal('57181') },
      { url: 'https://myanimelist.net/anime/57181/Ao_no_Hako/characters', expected: mal('57181') },
      { url: 'https://myanimelist.net/anime/1535/Death_Note/episode', expected: mal('1535') },
      { url: 'https://myanimelist.net/anime/1535/Death_Note/episode?offset=100', expected: mal('1535') },
      {
        url: 'https://myanimelist.net/anime/1535/Death_Note/episode/5',
        expected: mal('1535', { kind: 'episode', show: { ids: { mal: '1535' } }, episode: 5 }),
      },
      { url: 'https://myanimelist.net/anime/199/Sen_to_Chihiro_no_Kamikakushi', expected: mal('199') },
      { url: 'https://myanimelist.net/anime.php?id=1535', expected: mal('1535') },
    ],
    negatives: [
      'https://myanimelist.net/',
      'https://myanimelist.net/manga/11/Naruto',
      'https://myanimelist.net/manga.php?id=11',
      'https://myanimelist.net/anime/season',
      'https://myanimelist.net/anime/season/2024/fall',
      'https://myanimelist.net/anime/season/schedule',
      'https://myanimelist.net/anime/genre/1/Action',
      'https://myanimelist.net/anime/producer/10/Production_IG',
      'https://myanimelist.net/anime.php?q=naruto',
      'https://myanimelist.net/topanime.php',
      'https://myanimelist.net/character/71/L_Lawliet',
    ],
  },
  netflix: {
    positives: [
      { url: 'https://www.netflix.com/title/80057281', expected: netflix('80057281') },
      { url: 'https://www.netflix.com/title/80057281?s=i&trkid=13747225', expected: netflix('80057281') },
      { url: 'https://www.netflix.com/tr/title/82123114?s=i&vlang=tr', expected: netflix('82123114') },
      { url: 'https://www.netflix.com/de-en/title/80057281', expected: netflix('80057281') },
      { url: 'https://www.netflix.com/browse?jbv=20557937', expected: netflix('20557937') },
      { url: 'https://www.netflix.com/browse/genre/34399?jbv=20557937', expected: netflix('20557937') },
      { url: 'https://www.netflix.com/search?q=matrix&jbv=20557937', expected: netflix('20557937') },
      { url: 'https://www.netflix.com/latest?jbv=80057281', expected: netflix('80057281') },
      { url: 'https://www.netflix.com/watch/81649856', expected: netflix('81649856') },
      {
        url: 'https://www.netflix.com/watch/81649856?trackId=255824129&tctx=0%2C0',
        expected: netflix('81649856'),
      },
    ],
    negatives: [
      'https://www.netflix.com/',
      'https://www.netflix.com/browse',
      'https://www.netflix.com/browse/my-list',
      'https://www.netflix.com/browse?jbv=',
      'https://www.netflix.com/browse?jbv=abc',
      'https://www.netflix.com/search?q=matrix',
      'https://www.netflix.com/YourAccount',
      'https://www.netflix.com/login',
    ],
  },
  letterboxd: {
    positives: [
      { url: 'https://letterboxd.com/film/the-matrix/', expected: letterboxd('the-matrix') },
      { url: 'https://letterboxd.com/film/parasite-2019', expected: letterboxd('parasite-2019') },
      {
        url: 'https://letterboxd.com/film/parasite-2019/reviews/by/activity/',
        expected: letterboxd('parasite-2019'),
      },
      { url: 'https://letterboxd.com/film/the-matrix/crew/?ref=x', expected: letterboxd('the-matrix') },
      {
        url: 'https://letterboxd.com/film/2001-a-space-odyssey/',
        expected: letterboxd('2001-a-space-odyssey'),
      },
    ],
    negatives: [
      'https://letterboxd.com/',
      'https://letterboxd.com/films/popular/',
      'https://letterboxd.com/dave/list/official-top-250-narrative-feature-films/',
      'https://letterboxd.com/dave/film/parasite-2019/',
      'https://letterboxd.com/film/',
      'https://letterboxd.com/search/films/matrix/',
      'https://letterboxd.com/actor/keanu-reeves/',
    ],
  },
  anidb: {
    positives: [
      { url: 'https://anidb.net/anime/4563', expected: anidb('4563') },
      { url: 'https://anidb.net/anime/4563/', expected: anidb('4563') },
      { url: 'https://anidb.net/anime/4563/relation/graph', expected: anidb('4563') },
      { url: 'https://anidb.net/perl-bin/animedb.pl?show=anime&aid=4563', expected: anidb('4563') },
      { url: 'https://anidb.net/a23', expected: anidb('23') },
    ],
    negatives: [
      'https://anidb.net/',
      'https://anidb.net/anime/',
      'https://anidb.net/anime/?h=1&noalias=1&view=list',
      'https://anidb.net/anime/season/',
      'https://anidb.net/perl-bin/animedb.pl?show=character&charid=4563',
      'https://anidb.net/perl-bin/animedb.pl?show=anime&aid=x',
      'https://anidb.net/creator/2017',
      'https://anidb.net/episode/4563',
      'https://anidb.net/about',
    ],
  },
  tvdb: {
    // A title page's URL names only a slug: its number is read from the page (tests/fixtures/sites/tvdb/).
    positives: [
      { url: 'https://thetvdb.com/dereferrer/series/81189', expected: tvdb('81189', 'show') },
      { url: 'https://thetvdb.com/dereferrer/movie/169', expected: tvdb('169', 'movie') },
    ],
    negatives: [
      'https://thetvdb.com/',
      'https://thetvdb.com/series/breaking-bad',
      'https://thetvdb.com/movies/the-matrix',
      'https://thetvdb.com/series/breaking-bad/seasons/official/1',
      'https://thetvdb.com/dereferrer/series/breaking-bad',
      'https://thetvdb.com/lists/best-of-hbo',
      'https://thetvdb.com/people/303-someone',
      'https://thetvdb.com/search?query=81189',
    ],
  },
  animeplanet: {
    positives: [
      { url: 'https://www.anime-planet.com/anime/death-note', expected: animeplanet('death-note') },
      {
        url: 'https://www.anime-planet.com/anime/hunter-x-hunter-2011/',
        expected: animeplanet('hunter-x-hunter-2011'),
      },
      {
        url: 'https://www.anime-planet.com/anime/death-note/characters',
        expected: animeplanet('death-note'),
      },
    ],
    negatives: [
      'https://www.anime-planet.com/',
      'https://www.anime-planet.com/anime/',
      'https://www.anime-planet.com/anime/all',
      'https://www.anime-planet.com/anime/top-anime',
      'https://www.anime-planet.com/anime/seasons/fall-2024',
      'https://www.anime-planet.com/anime/tags/psychological',
      'https://www.anime-planet.com/manga/death-note',
      'https://www.anime-planet.com/characters/light-yagami',
      'https://www.anime-planet.com/users/someone/anime',
    ],
  },
  trakt: {
    positives: [
      {
        url: 'https://trakt.tv/movies/john-wick-chapter-4-2023',
        expected: trakt('movie', 'john-wick-chapter-4-2023'),
      },
      { url: 'https://trakt.tv/movies/inception-2010/comments', expected: trakt('movie', 'inception-2010') },
      { url: 'https://trakt.tv/shows/game-of-thrones', expected: trakt('show', 'game-of-thrones') },
      {
        url: 'https://trakt.tv/shows/game-of-thrones/seasons/2',
        expected: trakt('show', 'game-of-thrones', 2),
      },
      {
        url: 'https://trakt.tv/shows/breaking-bad/seasons/5/episodes/16',
        expected: traktEpisode('breaking-bad', 5, 16),
      },
      // The trap: a number may be Trakt's id rather than a slug; the URL alone cannot tell.
      { url: 'https://trakt.tv/shows/1883', expected: trakt('show', '1883') },
      { url: 'https://app.trakt.tv/movies/inception-2010', expected: trakt('movie', 'inception-2010') },
      { url: 'https://app.trakt.tv/shows/breaking-bad', expected: trakt('show', 'breaking-bad') },
      {
        url: 'https://app.trakt.tv/shows/breaking-bad?season=1&view=episode&episode=3',
        expected: traktEpisode('breaking-bad', 1, 3),
      },
      { url: 'https://app.trakt.tv/shows/breaking-bad?season=2', expected: trakt('show', 'breaking-bad', 2) },
      {
        url: 'https://app.trakt.tv/shows/breaking-bad/seasons/1/episodes/2',
        expected: traktEpisode('breaking-bad', 1, 2),
      },
    ],
    negatives: [
      'https://trakt.tv/',
      'https://trakt.tv/movies/trending',
      'https://trakt.tv/shows/popular',
      'https://trakt.tv/movies/watched/weekly',
      'https://trakt.tv/movies/inception-2010/seasons/1',
      'https://trakt.tv/search?query=matrix',
      'https://trakt.tv/people/keanu-reeves',
      'https://trakt.tv/users/sean/watchlist',
      'https://app.trakt.tv/discover',
      'https://www.trakt.tv.example.com/movies/inception-2010',
    ],
  },
  anilist: {
    positives: [
      { url: 'https://anilist.co/anime/1535/Death-Note/', expected: anilist('1535') },
      { url: 'https://anilist.co/anime/1535', expected: anilist('1535') },
      { url: 'https://anilist.co/anime/21/ONE-PIECE/characters', expected: anilist('21') },
      { url: 'https://anilist.co/anime/154587/Sousou-no-Frieren/?ref=x', expected: anilist('154587') },
    ],
    negatives: [
      'https://anilist.co/',
      'https://anilist.co/home',
      'https://anilist.co/search/anime',
      'https://anilist.co/search/anime/trending',
      'https://anilist.co/manga/30021/Death-Note/',
      'https://anilist.co/user/Josh/animelist',
      'https://anilist.co/staff/96955/Tsugumi-Ohba',
      'https://anilist.co/character/71/L',
      'https://anilist.co/anime/',
    ],
  },
  livechart: {
    positives: [
      { url: 'https://www.livechart.me/anime/3437', expected: livechart('3437') },
      { url: 'https://www.livechart.me/anime/3437/videos', expected: livechart('3437') },
      { url: 'https://www.livechart.me/anime/11388?ref=schedule', expected: livechart('11388') },
    ],
    negatives: [
      'https://www.livechart.me/',
      'https://www.livechart.me/fall-2006/tv',
      'https://www.livechart.me/schedule',
      'https://www.livechart.me/search?q=death',
      'https://www.livechart.me/users/example/library',
      'https://www.livechart.me/characters/2000',
      'https://www.livechart.me/studios/65',
      'https://www.livechart.me/anime/',
    ],
  },
  kitsu: {
    positives: [
      { url: 'https://kitsu.app/anime/1376', expected: kitsu({ kitsu: '1376' }) },
      { url: 'https://kitsu.app/anime/12/episodes', expected: kitsu({ kitsu: '12' }) },
      // A slug names no id Simkl takes: the page's poster or Kitsu's API gives the number.
      { url: 'https://kitsu.app/anime/death-note', expected: kitsu({}) },
      { url: 'https://kitsu.app/anime/86-eighty-six/reactions?ref=x', expected: kitsu({}) },
    ],
    negatives: [
      'https://kitsu.app/',
      'https://kitsu.app/explore/anime',
      'https://kitsu.app/anime?text=death',
      'https://kitsu.app/anime/',
      'https://kitsu.app/manga/death-note',
      'https://kitsu.app/users/example/library',
      'https://kitsu.app/users/example',
      'https://kitsu.io/anime/death-note',
    ],
  },
  crunchyroll: {
    positives: [
      {
        url: 'https://www.crunchyroll.com/watch/GX9UQE5P1/phantoms-of-the-dead',
        expected: crunchyrollEpisode('GX9UQE5P1'),
      },
      // A locale segment before the path, and ids lower-cased in a shared link.
      {
        url: 'https://www.crunchyroll.com/de/watch/G14UVJGX1/ceremony',
        expected: crunchyrollEpisode('G14UVJGX1'),
      },
      {
        url: 'https://www.crunchyroll.com/pt-br/watch/ge00361957jajp/a-wild-last-boss-appears',
        expected: crunchyrollEpisode('GE00361957JAJP'),
      },
      {
        url: 'https://www.crunchyroll.com/series/GG5H5XQX4/frieren-beyond-journeys-end',
        expected: crunchyrollSeries('GG5H5XQX4'),
      },
      {
        url: 'https://www.crunchyroll.com/fr/series/GEXH3W2MZ?tab=episodes',
        expected: crunchyrollSeries('GEXH3W2MZ'),
      },
    ],
    negatives: [
      'https://www.crunchyroll.com/',
      'https://www.crunchyroll.com/de/',
      'https://www.crunchyroll.com/videos/popular',
      'https://www.crunchyroll.com/search?q=frieren',
      'https://www.crunchyroll.com/watch/',
      'https://www.crunchyroll.com/simulcastcalendar',
      'https://www.crunchyroll.com/watchlist',
      'https://static.crunchyroll.com/vilos-v2/web/vilos/player.html',
    ],
  },
};
