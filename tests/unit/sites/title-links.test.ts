import { describe, expect, it } from 'vitest';
import { detectMediaFromUrl } from '../../../lib/sites/index';
import { titleLinkPatterns } from '../../../lib/sites/title-links';
import { SITE_URL_READERS } from '../../../lib/sites/url-readers';
import { matchesPattern } from './match-pattern';
import { URL_EXAMPLES } from './url-examples';

const PATTERNS = titleLinkPatterns(SITE_URL_READERS);
const inMenu = (url: string) => PATTERNS.some((pattern) => matchesPattern(pattern, url));

/** Links on list pages that lead anywhere but a title page: the menu must not offer itself there. */
const OTHER_LINKS = [
  'https://www.imdb.com/chart/moviemeter/',
  'https://www.imdb.com/user/ur12345678/watchlist',
  'https://www.imdb.com/name/nm0000206/?ref_=tt_cl_t_1',
  'https://www.imdb.com/find/?q=tt0133093',
  'https://www.imdb.com/list/ls000000001/?ref_=title/tt0133093',
  'https://www.themoviedb.org/movie/upcoming',
  'https://www.themoviedb.org/tv/on-the-air',
  'https://www.themoviedb.org/list/1-best-films',
  'https://www.themoviedb.org/search/movie?query=603',
  'https://myanimelist.net/anime/season/2024/fall',
  'https://myanimelist.net/anime.php?cat=anime&q=1',
  'https://myanimelist.net/animelist/someone',
  'https://myanimelist.net/manga/1/Monster',
  'https://www.netflix.com/browse/genre/34399',
  'https://www.netflix.com/search?q=80057281',
  'https://www.netflix.com/browse#jbv=80057281',
  'https://simkl.com/movies/53536/the-matrix',
  'http://www.imdb.com/title/tt0133093/',
];

/** Malformed ids a glob cannot tell from good ones; the click's own parse refuses them. */
const GLOB_BLIND = [
  'https://www.imdb.com/title/tt123/',
  // Anime-Planet's directories share /anime/ with its slugs.
  'https://www.anime-planet.com/anime/',
  'https://www.anime-planet.com/anime/all',
  'https://www.anime-planet.com/anime/top-anime',
  'https://www.anime-planet.com/anime/seasons/fall-2024',
  'https://www.anime-planet.com/anime/tags/psychological',
];

/**
 * Sites whose links the menu does not offer: a Letterboxd or Trakt link gives only a slug, which the
 * resolver cannot look up (docs/sites.md, Letterboxd: ids; Trakt: ids), and most Kitsu links too
 * (docs/sites.md, Kitsu: ids); Crunchyroll's watch links name no series (docs/sites.md, Crunchyroll: ids).
 */
const NOT_IN_MENU = new Set(['letterboxd', 'trakt', 'kitsu', 'crunchyroll']);

describe('the context menu’s title-link patterns', () => {
  const examples = Object.values(URL_EXAMPLES);

  it('leaves out exactly the sites whose links name no id the resolver looks up', () => {
    const left = SITE_URL_READERS.filter((reader) => reader.titleLinkPaths.length === 0);
    expect(left.map((reader) => reader.id)).toEqual([...NOT_IN_MENU]);
  });

  it('match every title URL the adapters recognise', () => {
    const positives = Object.entries(URL_EXAMPLES)
      .filter(([site]) => !NOT_IN_MENU.has(site))
      .flatMap(([, site]) => site.positives.map((example) => example.url));
    expect(positives.length).toBeGreaterThan(30);
    expect(positives.filter((url) => !inMenu(url))).toEqual([]);
  });

  it('match no other link, except ids too malformed for a glob that the parse refuses', () => {
    const negatives = [...examples.flatMap((site) => site.negatives), ...OTHER_LINKS].filter(
      (url) => detectMediaFromUrl(url) === null,
    );
    expect(negatives.length).toBeGreaterThan(40);
    expect(negatives.filter(inMenu)).toEqual(GLOB_BLIND);
  });

  it('cover each site’s hosts, https only', () => {
    const hosts = new Set(PATTERNS.map((pattern) => new URL(pattern.replaceAll('*', 'x')).host));
    expect([...hosts].sort()).toEqual([
      'anidb.net',
      'anilist.co',
      'm.imdb.com',
      'myanimelist.net',
      'thetvdb.com',
      'www.anime-planet.com',
      'www.imdb.com',
      'www.livechart.me',
      'www.netflix.com',
      'www.themoviedb.org',
    ]);
    expect(PATTERNS.every((pattern) => pattern.startsWith('https://'))).toBe(true);
  });

  it('the matcher itself tells a path from a query and ignores the fragment', () => {
    expect(matchesPattern('https://a.example/*x=1*', 'https://a.example/p?x=1')).toBe(true);
    expect(matchesPattern('https://a.example/*x=1*', 'https://a.example/p#x=1')).toBe(false);
    expect(matchesPattern('https://a.example/t/1*', 'https://b.example/t/1')).toBe(false);
  });
});
