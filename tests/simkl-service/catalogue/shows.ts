/**
 * TV shows with their real season sizes (episodes are generated from them). IMDb / TMDB / Netflix / TVDB ids are
 * the real ones. `simkl` below 9,000,000 is Simkl's real id; from 9,200,000 up it is invented.
 * Shows with `airing` have a current season dated relative to the clock, so the calendar has content.
 */
import type { TitleSeed } from './model';

// biome-ignore format: one title per line reads as a table
export const SHOWS: TitleSeed[] = [
  { simkl: 9200001, title: 'Doctor Who', year: 2005, imdb: 'tt0436992', tmdb: '57243', runtime: 45, genres: 'Adventure|Drama|Science Fiction', country: 'GB', network: 'BBC One', date: '2005-03-26', rating: 8.4,
    seasons: [13, 13, 13, 13, 13, 13, 13, 12, 12, 12, 10, 10, 6],
    episodeTitles: { '4:12': 'The Stolen Earth', '4:13': "Journey's End" }, episodeImdb: { '4:13': 'tt1205438' } },
  { simkl: 548312, title: 'Stranger Things', year: 2016, imdb: 'tt4574334', tmdb: '66732', netflix: '80057281', tvdb: '305288', runtime: 50, genres: 'Drama|Fantasy|Horror', network: 'Netflix', date: '2016-07-15', rating: 8.6,
    seasons: [8, 9, 8, 9], episodeTitles: { '1:1': 'Chapter One: The Vanishing of Will Byers', '1:3': 'Chapter Three: Holly, Jolly' } },
  { simkl: 11121, title: 'Breaking Bad', year: 2008, imdb: 'tt0903747', tmdb: '1396', netflix: '70143836', tvdb: '81189', traktslug: 'breaking-bad', runtime: 47, genres: 'Drama|Crime|Thriller', network: 'AMC', date: '2008-01-20', rating: 9.2,
    seasons: [7, 13, 13, 13, 16], episodeTitles: { '1:1': 'Pilot', '5:1': 'Live Free or Die', '5:16': 'Felina' } },
  { simkl: 17465, title: 'Game of Thrones', year: 2011, imdb: 'tt0944947', tmdb: '1399', tvdb: '121361', traktslug: 'game-of-thrones', runtime: 57, genres: 'Drama|Fantasy|Adventure', network: 'HBO', date: '2011-04-17', rating: 8.9, seasons: [10, 10, 10, 10, 10, 10, 7, 6] },
  { simkl: 2090, title: 'The Walking Dead', year: 2010, imdb: 'tt1520211', tmdb: '1402', tvdb: '153021', runtime: 44, genres: 'Drama|Horror|Thriller', network: 'AMC', date: '2010-10-31', rating: 8.0,
    seasons: [6, 13, 16, 16, 16, 16, 16, 16, 16, 22, 24], episodeTitles: { '1:1': 'Days Gone Bye', '1:2': 'Guts' } },
  { simkl: 2753, title: 'The Office (US)', year: 2005, imdb: 'tt0386676', tmdb: '2316', tvdb: '73244', runtime: 22, genres: 'Comedy', network: 'NBC', date: '2005-03-24', rating: 8.8, seasons: [6, 22, 25, 19, 28, 26, 26, 24, 25] },
  { simkl: 9200007, title: 'Friends', year: 1994, imdb: 'tt0108778', tmdb: '1668', runtime: 22, genres: 'Comedy|Romance', network: 'NBC', date: '1994-09-22', rating: 8.8, seasons: [24, 24, 25, 24, 24, 25, 24, 24, 24, 18] },
  { simkl: 9200008, title: 'Sherlock', year: 2010, imdb: 'tt1475582', tmdb: '19885', runtime: 88, genres: 'Crime|Drama|Mystery', country: 'GB', network: 'BBC One', date: '2010-07-25', rating: 8.9, seasons: [3, 3, 3, 3] },
  { simkl: 10280, title: 'The Big Bang Theory', year: 2007, imdb: 'tt0898266', tmdb: '1418', runtime: 22, genres: 'Comedy|Romance', network: 'CBS', date: '2007-09-24', rating: 8.1, seasons: [17, 23, 23, 24, 24, 24, 24, 24, 24, 24, 24, 24] },
  { simkl: 9200010, title: 'Better Call Saul', year: 2015, imdb: 'tt3032476', tmdb: '60059', runtime: 46, genres: 'Crime|Drama', network: 'AMC', date: '2015-02-08', rating: 8.9, seasons: [10, 10, 10, 10, 10, 13] },
  { simkl: 9200011, title: 'The Wire', year: 2002, imdb: 'tt0306414', tmdb: '1438', runtime: 59, genres: 'Crime|Drama', network: 'HBO', date: '2002-06-02', rating: 9.2, seasons: [13, 12, 12, 13, 10] },
  { simkl: 9200012, title: 'The Sopranos', year: 1999, imdb: 'tt0141842', tmdb: '1398', runtime: 55, genres: 'Crime|Drama', network: 'HBO', date: '1999-01-10', rating: 9.1, seasons: [13, 13, 13, 13, 13, 21] },
  { simkl: 9200013, title: 'Chernobyl', year: 2019, imdb: 'tt7366338', tmdb: '87108', tvdb: '360893', runtime: 65, genres: 'Drama|History', network: 'HBO', date: '2019-05-06', rating: 9.3, seasons: [5] },
  { simkl: 9200014, title: 'True Detective', year: 2014, imdb: 'tt2356777', tmdb: '46648', runtime: 60, genres: 'Crime|Drama|Mystery', network: 'HBO', date: '2014-01-12', rating: 8.7, seasons: [8, 8, 6, 6] },
  { simkl: 9200015, title: 'Westworld', year: 2016, imdb: 'tt0475784', tmdb: '63247', runtime: 62, genres: 'Science Fiction|Western|Drama', network: 'HBO', date: '2016-10-02', rating: 8.4, seasons: [10, 10, 8, 8] },
  { simkl: 9200016, title: 'The Mandalorian', year: 2019, imdb: 'tt8111088', tmdb: '82856', runtime: 38, genres: 'Science Fiction|Action|Adventure', network: 'Disney+', date: '2019-11-12', rating: 8.6, seasons: [8, 8, 8] },
  { simkl: 9200017, title: 'The Crown', year: 2016, imdb: 'tt4786824', tmdb: '65494', runtime: 58, genres: 'Drama|History', country: 'GB', network: 'Netflix', date: '2016-11-04', rating: 8.6, seasons: [10, 10, 10, 10, 10, 10] },
  { simkl: 9200018, title: 'Dark', year: 2017, imdb: 'tt5753856', tmdb: '70523', runtime: 55, genres: 'Crime|Drama|Mystery|Science Fiction', country: 'DE', network: 'Netflix', date: '2017-12-01', rating: 8.8, seasons: [10, 8, 8] },
  { simkl: 9200019, title: 'Succession', year: 2018, imdb: 'tt7660850', tmdb: '76331', runtime: 62, genres: 'Drama|Comedy', network: 'HBO', date: '2018-06-03', rating: 8.8, seasons: [10, 10, 9, 10] },
  { simkl: 9200020, title: 'Severance', year: 2022, imdb: 'tt11280740', tmdb: '95396', runtime: 50, genres: 'Drama|Mystery|Science Fiction', network: 'Apple TV+', date: '2022-02-18', rating: 8.7, seasons: [9, 10] },
  { simkl: 9200021, title: 'The Last of Us', year: 2023, imdb: 'tt3581920', tmdb: '100088', runtime: 55, genres: 'Drama|Action|Adventure', network: 'HBO', date: '2023-01-15', rating: 8.7, seasons: [9, 7] },
  { simkl: 9200022, title: 'Lost', year: 2004, imdb: 'tt0411008', tmdb: '4607', runtime: 44, genres: 'Adventure|Drama|Mystery', network: 'ABC', date: '2004-09-22', rating: 8.3, seasons: [25, 24, 23, 14, 17, 18] },
  { simkl: 9200023, title: 'Mr. Robot', year: 2015, imdb: 'tt4158110', tmdb: '62560', runtime: 49, genres: 'Crime|Drama|Thriller', network: 'USA Network', date: '2015-06-24', rating: 8.6, seasons: [10, 12, 10, 13] },
  { simkl: 51884, title: "Marvel's Daredevil", year: 2015, imdb: 'tt3322312', tmdb: '61889', runtime: 54, genres: 'Action|Crime|Drama', network: 'Netflix', date: '2015-04-10', rating: 8.5, seasons: [13, 13, 13] },
  { simkl: 15578, title: 'The Vampire Diaries', year: 2009, imdb: 'tt1405406', tmdb: '18165', runtime: 43, genres: 'Drama|Fantasy|Horror', network: 'The CW', date: '2009-09-10', rating: 7.7, seasons: [22, 22, 22, 23, 22, 22, 22, 16] },
  { simkl: 9200026, title: 'Seinfeld', year: 1989, imdb: 'tt0098904', tmdb: '1400', runtime: 22, genres: 'Comedy', network: 'NBC', date: '1989-07-05', rating: 8.8, seasons: [5, 12, 23, 24, 22, 24, 24, 22, 24] },
  { simkl: 9200027, title: 'Peaky Blinders', year: 2013, imdb: 'tt2442560', tmdb: '60574', runtime: 58, genres: 'Crime|Drama', country: 'GB', network: 'BBC Two', date: '2013-09-12', rating: 8.8, seasons: [6, 6, 6, 6, 6, 6] },
  { simkl: 9200028, title: 'Black Mirror', year: 2011, imdb: 'tt2085059', tmdb: '42009', runtime: 60, genres: 'Drama|Science Fiction|Thriller', country: 'GB', network: 'Netflix', date: '2011-12-04', rating: 8.7, seasons: [3, 3, 6, 6, 3, 5, 6] },
  { simkl: 9200029, title: 'Ted Lasso', year: 2020, imdb: 'tt10986410', tmdb: '97546', runtime: 35, genres: 'Comedy|Drama', network: 'Apple TV+', date: '2020-08-14', rating: 8.7, seasons: [10, 12, 12] },
  { simkl: 9200030, title: 'Wednesday', year: 2022, imdb: 'tt13443470', tmdb: '119051', runtime: 50, genres: 'Comedy|Fantasy|Mystery', network: 'Netflix', date: '2022-11-23', rating: 8.1, seasons: [8, 8] },
  { simkl: 9200031, title: 'Squid Game', year: 2021, imdb: 'tt10919420', tmdb: '93405', runtime: 55, genres: 'Action|Drama|Mystery', country: 'KR', network: 'Netflix', date: '2021-09-17', rating: 8.0, seasons: [9, 7, 6] },
  { simkl: 9200032, title: 'Fargo', year: 2014, imdb: 'tt2802850', tmdb: '60622', runtime: 53, genres: 'Crime|Drama|Thriller', network: 'FX', date: '2014-04-15', rating: 8.9, seasons: [10, 10, 10, 10, 11] },
  { simkl: 9200033, title: 'Mad Men', year: 2007, imdb: 'tt0804503', tmdb: '1104', runtime: 47, genres: 'Drama', network: 'AMC', date: '2007-07-19', rating: 8.6, seasons: [13, 13, 13, 13, 13, 13, 14] },
  { simkl: 583436, title: 'Emerald City', year: 2017, imdb: 'tt3579018', tmdb: '62417', runtime: 40, genres: 'Drama|Fantasy', network: 'NBC', date: '2017-01-06', rating: 6.8, seasons: [10] },
  { simkl: 42040, title: 'The Last Ship', year: 2014, imdb: 'tt2402207', runtime: 43, genres: 'Action|Drama|Science Fiction', network: 'TNT', date: '2014-06-22', rating: 7.6, seasons: [10, 13, 13, 10, 10] },
  // Airing: the last season is dated relative to the clock.
  { simkl: 9200036, title: 'The Boys', year: 2019, imdb: 'tt1190634', tmdb: '76479', runtime: 60, genres: 'Action|Comedy|Crime', network: 'Prime Video', date: '2019-07-26', rating: 8.6,
    seasons: [8, 8, 8, 8, 8], airing: { aired: 3, nextInDays: 4 } },
  { simkl: 9200037, title: 'House of the Dragon', year: 2022, imdb: 'tt11198330', tmdb: '94997', runtime: 60, genres: 'Drama|Fantasy|Action', network: 'HBO', date: '2022-08-21', rating: 8.3,
    seasons: [10, 8, 8], airing: { aired: 1, nextInDays: 2 } },
  { simkl: 9200038, title: 'The Bear', year: 2022, imdb: 'tt14452776', tmdb: '136315', runtime: 30, genres: 'Comedy|Drama', network: 'FX', date: '2022-06-23', rating: 8.5,
    seasons: [8, 10, 10, 10, 10], airing: { aired: 6, nextInDays: 6 } },
];
