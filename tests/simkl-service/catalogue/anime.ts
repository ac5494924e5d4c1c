/**
 * Anime series and films. Simkl titles anime by their romaji name, with the English one as `en_title`.
 * MAL / IMDb / TMDB / Netflix ids are the real ones (an id we were not sure of is left out).
 * `simkl` below 9,000,000 is Simkl's real id; from 9,300,000 up it is invented.
 */
import type { TitleSeed } from './model';

// biome-ignore format: one title per line reads as a table
export const ANIME: TitleSeed[] = [
  { simkl: 9300001, title: 'Death Note', year: 2006, mal: '1535', imdb: 'tt0877057', tmdb: '13916', netflix: '70204970', runtime: 23, genres: 'Mystery|Supernatural|Thriller', network: 'NTV', date: '2006-10-04', rating: 8.7, seasons: [37], animeType: 'tv' },
  { simkl: 9300002, title: 'Ao no Hako', enTitle: 'Blue Box', year: 2024, mal: '57181', runtime: 24, genres: 'Romance|Sports|School', network: 'TBS', date: '2024-10-03', rating: 8.1, seasons: [25], animeType: 'tv' },
  { simkl: 9300003, title: 'Dungeon Meshi', enTitle: 'Delicious in Dungeon', altTitles: ['Dungeon Meshi', 'Delicious in Dungeon'], year: 2024, mal: '52701', netflix: '81648953', runtime: 24, genres: 'Adventure|Comedy|Fantasy', network: 'TOKYO MX', date: '2024-01-04', rating: 8.5, seasons: [24], animeType: 'tv' },
  { simkl: 9300004, title: 'Sen to Chihiro no Kamikakushi', enTitle: 'Spirited Away', year: 2001, mal: '199', imdb: 'tt0245429', tmdb: '129', runtime: 125, genres: 'Adventure|Fantasy|Family', date: '2001-07-20', rating: 8.9, animeType: 'movie' },
  { simkl: 9300005, title: 'Sousou no Frieren', enTitle: "Frieren: Beyond Journey's End", altTitles: ['Frieren'], year: 2023, mal: '52991', tmdb: '209867', runtime: 24, genres: 'Adventure|Drama|Fantasy', network: 'NTV', date: '2023-09-29', rating: 9.1, seasons: [28], animeType: 'tv' },
  { simkl: 38636, title: 'One Piece', year: 1999, mal: '21', imdb: 'tt0388629', tmdb: '37854', runtime: 24, genres: 'Action|Adventure|Comedy', network: 'Fuji TV', date: '1999-10-20', rating: 8.7, seasons: [1155], airing: { aired: 1150, nextInDays: 3 }, animeType: 'tv' },
  { simkl: 9300007, title: 'Meitantei Conan', enTitle: 'Case Closed', altTitles: ['Detective Conan'], year: 1996, mal: '235', runtime: 24, genres: 'Mystery|Comedy', network: 'NTV', date: '1996-01-08', rating: 8.1, seasons: [1180], airing: { aired: 1177, nextInDays: 5 }, animeType: 'tv' },
  { simkl: 39687, title: 'Shingeki no Kyojin', enTitle: 'Attack on Titan', year: 2013, mal: '16498', imdb: 'tt2560140', tmdb: '1429', runtime: 24, genres: 'Action|Drama|Fantasy', network: 'MBS', date: '2013-04-07', rating: 8.7, seasons: [25], animeType: 'tv' },
  { simkl: 439744, title: 'Shingeki no Kyojin Season 2', enTitle: 'Attack on Titan Season 2', altTitles: ['Attack on Titan'], year: 2017, mal: '25777', runtime: 24, genres: 'Action|Drama|Fantasy', network: 'MBS', date: '2017-04-01', rating: 8.5, seasons: [12], animeType: 'tv' },
  { simkl: 40398, title: 'Hunter x Hunter', year: 2011, mal: '11061', imdb: 'tt2098220', runtime: 23, genres: 'Action|Adventure|Fantasy', network: 'NTV', date: '2011-10-02', rating: 8.9, seasons: [148], animeType: 'tv' },
  { simkl: 9300011, title: 'Hagane no Renkinjutsushi: Fullmetal Alchemist', enTitle: 'Fullmetal Alchemist: Brotherhood', year: 2009, mal: '5114', imdb: 'tt1355642', tmdb: '31911', runtime: 24, genres: 'Action|Adventure|Drama', network: 'MBS', date: '2009-04-05', rating: 9.0, seasons: [64], animeType: 'tv' },
  { simkl: 9300012, title: 'Steins;Gate', year: 2011, mal: '9253', imdb: 'tt1910272', tmdb: '42509', runtime: 24, genres: 'Drama|Sci-Fi|Thriller', network: 'TOKYO MX', date: '2011-04-06', rating: 8.9, seasons: [24], animeType: 'tv' },
  { simkl: 9300013, title: 'Cowboy Bebop', year: 1998, mal: '1', imdb: 'tt0213338', tmdb: '30991', runtime: 24, genres: 'Action|Sci-Fi', network: 'TV Tokyo', date: '1998-04-03', rating: 8.7, seasons: [26], animeType: 'tv' },
  { simkl: 9300014, title: 'Shinseiki Evangelion', enTitle: 'Neon Genesis Evangelion', year: 1995, mal: '30', imdb: 'tt0112159', tmdb: '890', runtime: 24, genres: 'Action|Drama|Sci-Fi', network: 'TV Tokyo', date: '1995-10-04', rating: 8.4, seasons: [26], animeType: 'tv' },
  { simkl: 9300015, title: 'Code Geass: Hangyaku no Lelouch', enTitle: 'Code Geass: Lelouch of the Rebellion', year: 2006, mal: '1575', runtime: 24, genres: 'Action|Drama|Sci-Fi', network: 'MBS', date: '2006-10-06', rating: 8.6, seasons: [25], animeType: 'tv' },
  { simkl: 9300016, title: 'Naruto', year: 2002, mal: '20', imdb: 'tt0409591', tmdb: '46260', runtime: 23, genres: 'Action|Adventure|Fantasy', network: 'TV Tokyo', date: '2002-10-03', rating: 8.1, seasons: [220], animeType: 'tv' },
  { simkl: 9300017, title: 'Naruto: Shippuuden', enTitle: 'Naruto Shippuden', year: 2007, mal: '1735', imdb: 'tt0988824', tmdb: '31910', runtime: 23, genres: 'Action|Adventure|Fantasy', network: 'TV Tokyo', date: '2007-02-15', rating: 8.4, seasons: [500], animeType: 'tv' },
  { simkl: 9300018, title: 'Kimetsu no Yaiba', enTitle: 'Demon Slayer: Kimetsu no Yaiba', year: 2019, mal: '38000', imdb: 'tt9335498', tmdb: '85937', runtime: 24, genres: 'Action|Fantasy', network: 'TOKYO MX', date: '2019-04-06', rating: 8.5, seasons: [26], animeType: 'tv' },
  { simkl: 9300019, title: 'Jujutsu Kaisen', year: 2020, mal: '40748', imdb: 'tt12343534', tmdb: '95479', runtime: 24, genres: 'Action|Fantasy', network: 'MBS', date: '2020-10-03', rating: 8.6, seasons: [24], animeType: 'tv' },
  { simkl: 9300020, title: 'Chainsaw Man', year: 2022, mal: '44511', imdb: 'tt13616990', tmdb: '114410', runtime: 24, genres: 'Action|Fantasy', network: 'TV Tokyo', date: '2022-10-12', rating: 8.5, seasons: [12], animeType: 'tv' },
  { simkl: 9300021, title: 'Spy x Family', year: 2022, mal: '50265', imdb: 'tt13706018', tmdb: '120089', runtime: 24, genres: 'Action|Comedy', network: 'TV Tokyo', date: '2022-04-09', rating: 8.5, seasons: [12], animeType: 'tv' },
  { simkl: 9300022, title: 'Mob Psycho 100', year: 2016, mal: '32182', imdb: 'tt5897304', tmdb: '67075', runtime: 24, genres: 'Action|Comedy|Supernatural', network: 'TOKYO MX', date: '2016-07-12', rating: 8.5, seasons: [12], animeType: 'tv' },
  { simkl: 9300023, title: 'One Punch Man', year: 2015, mal: '30276', imdb: 'tt4508902', tmdb: '63926', runtime: 24, genres: 'Action|Comedy', network: 'TV Tokyo', date: '2015-10-05', rating: 8.5, seasons: [12], animeType: 'tv' },
  { simkl: 9300024, title: 'Boku no Hero Academia', enTitle: 'My Hero Academia', year: 2016, mal: '31964', imdb: 'tt5626028', tmdb: '65930', runtime: 24, genres: 'Action', network: 'MBS', date: '2016-04-03', rating: 8.0, seasons: [13], animeType: 'tv' },
  { simkl: 9300025, title: 'Vinland Saga', year: 2019, mal: '37521', runtime: 24, genres: 'Action|Adventure|Drama', network: 'NHK', date: '2019-07-08', rating: 8.8, seasons: [24], animeType: 'tv' },
  { simkl: 9300026, title: 'Made in Abyss', year: 2017, mal: '34599', runtime: 24, genres: 'Adventure|Drama|Fantasy', network: 'AT-X', date: '2017-07-07', rating: 8.7, seasons: [13], animeType: 'tv' },
  { simkl: 9300027, title: 'Violet Evergarden', year: 2018, mal: '33352', runtime: 24, genres: 'Drama|Fantasy', network: 'TOKYO MX', date: '2018-01-11', rating: 8.7, seasons: [13], animeType: 'tv' },
  { simkl: 9300028, title: 'Bocchi the Rock!', year: 2022, mal: '47917', runtime: 24, genres: 'Comedy|Music', network: 'TOKYO MX', date: '2022-10-09', rating: 8.8, seasons: [12], animeType: 'tv' },
  { simkl: 9300029, title: 'Cyberpunk: Edgerunners', year: 2022, mal: '42310', runtime: 24, genres: 'Action|Sci-Fi', network: 'Netflix', date: '2022-09-13', rating: 8.6, seasons: [10], animeType: 'ona' },
  { simkl: 9300030, title: 'Oshi no Ko', enTitle: '[Oshi no Ko]', year: 2023, mal: '52034', runtime: 24, genres: 'Drama|Supernatural', network: 'TOKYO MX', date: '2023-04-12', rating: 8.6, seasons: [11], animeType: 'tv' },
  { simkl: 9300031, title: 'Ore dake Level Up na Ken', enTitle: 'Solo Leveling', year: 2024, mal: '52299', runtime: 24, genres: 'Action|Adventure|Fantasy', network: 'TOKYO MX', date: '2024-01-07', rating: 8.3, seasons: [12], animeType: 'tv' },
  { simkl: 9300032, title: 'Dandadan', year: 2024, mal: '57334', runtime: 24, genres: 'Action|Comedy|Supernatural', network: 'MBS', date: '2024-10-04', rating: 8.5, seasons: [12], animeType: 'tv' },
  { simkl: 9300033, title: 'Kaijuu 8-gou', enTitle: 'Kaiju No. 8', year: 2024, mal: '52588', runtime: 24, genres: 'Action|Sci-Fi', network: 'TV Tokyo', date: '2024-04-13', rating: 8.0, seasons: [12], animeType: 'tv' },
  { simkl: 46116, title: 'Fate/stay night: Unlimited Blade Works', year: 2014, mal: '22297', imdb: 'tt3621796', runtime: 24, genres: 'Action|Fantasy', network: 'TOKYO MX', date: '2014-10-05', rating: 8.1, seasons: [12], animeType: 'tv' },
  { simkl: 581835, title: 'Ajin 2', year: 2016, mal: '33253', runtime: 24, genres: 'Action|Horror|Mystery', network: 'MBS', date: '2016-10-08', rating: 7.6, seasons: [13], animeType: 'tv' },
  { simkl: 415932, title: 'Overlord', year: 2015, mal: '29803', runtime: 24, genres: 'Action|Adventure|Fantasy', network: 'AT-X', date: '2015-07-07', rating: 7.9, seasons: [13], animeType: 'tv' },
  { simkl: 695799, title: 'Tate no Yuusha no Nariagari', enTitle: 'The Rising of the Shield Hero', year: 2019, mal: '35790', runtime: 24, genres: 'Action|Adventure|Fantasy', network: 'AT-X', date: '2019-01-09', rating: 7.9, seasons: [25], animeType: 'tv' },
  // Anime films: one "episode" each, as Simkl counts them.
  { simkl: 9300038, title: 'Kimi no Na wa.', enTitle: 'Your Name.', year: 2016, mal: '32281', imdb: 'tt5311514', tmdb: '372058', runtime: 106, genres: 'Drama|Romance|Supernatural', date: '2016-08-26', rating: 8.8, animeType: 'movie' },
  { simkl: 9300039, title: 'Mononoke Hime', enTitle: 'Princess Mononoke', year: 1997, mal: '164', imdb: 'tt0119698', tmdb: '128', runtime: 134, genres: 'Action|Adventure|Fantasy', date: '1997-07-12', rating: 8.7, animeType: 'movie' },
  { simkl: 9300040, title: 'Tonari no Totoro', enTitle: 'My Neighbor Totoro', year: 1988, mal: '523', imdb: 'tt0096283', tmdb: '8392', runtime: 86, genres: 'Adventure|Fantasy|Family', date: '1988-04-16', rating: 8.3, animeType: 'movie' },
  { simkl: 9300041, title: 'Hauru no Ugoku Shiro', enTitle: "Howl's Moving Castle", year: 2004, mal: '431', imdb: 'tt0347149', tmdb: '4935', runtime: 119, genres: 'Adventure|Fantasy|Romance', date: '2004-11-20', rating: 8.6, animeType: 'movie' },
  { simkl: 9300042, title: 'Akira', year: 1988, mal: '47', imdb: 'tt0094625', tmdb: '149', runtime: 124, genres: 'Action|Sci-Fi', date: '1988-07-16', rating: 8.1, animeType: 'movie' },
  { simkl: 9300043, title: 'Koe no Katachi', enTitle: 'A Silent Voice', year: 2016, mal: '28851', imdb: 'tt5323662', tmdb: '378064', runtime: 130, genres: 'Drama', date: '2016-09-17', rating: 8.8, animeType: 'movie' },
  { simkl: 799363, title: 'Violet Evergarden Movie', year: 2020, mal: '37987', runtime: 140, genres: 'Drama|Fantasy', date: '2020-09-18', rating: 8.9, animeType: 'movie' },
  { simkl: 9300045, title: 'Hotaru no Haka', enTitle: 'Grave of the Fireflies', year: 1988, mal: '578', imdb: 'tt0095327', tmdb: '12477', runtime: 89, genres: 'Drama|War', date: '1988-04-16', rating: 8.5, animeType: 'movie' },
];
