/**
 * The catalogue: every title with its derived fields, and the lookups Simkl does when a request names an
 * item by any id (simkl, imdb id or URL, tmdb with its movie/TV ambiguity, mal, netflix, anidb, tvdb,
 * animeplanet, traktslug, letterboxd, anilist, kitsu, livechart, crunchyroll, hulu) or by title.
 */
import type { Kind } from '../types';
import { ANIME } from './anime';
import { ANIME_SITE_IDS, ANIME_SITE_KEYS } from './anime-site-ids';
import { type Episode, episodesOf } from './episodes';
import { buildTitle, type Title, type TitleSeed } from './model';
import { MOVIES } from './movies';
import { SHOWS } from './shows';
import { STREAMING_IDS, STREAMING_KEYS } from './streaming-ids';

/** Which libraries a lookup may land in: the request's array (`movies`, `shows`, `anime`) or anything. */
export type Scope = 'movies' | 'shows' | 'anime' | 'any';

function build(): Title[] {
  const seeds: Array<[TitleSeed, Kind]> = [
    ...MOVIES.map((seed): [TitleSeed, Kind] => [seed, 'movie']),
    ...SHOWS.map((seed): [TitleSeed, Kind] => [{ ...seed, ...STREAMING_IDS[seed.simkl] }, 'show']),
    ...ANIME.map((seed): [TitleSeed, Kind] => [
      { ...seed, ...ANIME_SITE_IDS[seed.simkl], ...STREAMING_IDS[seed.simkl] },
      'anime',
    ]),
  ];
  const ranked = [...seeds].sort((a, b) => b[0].rating - a[0].rating).map(([seed]) => seed.simkl);
  return seeds.map(([seed, kind]) => buildTitle(seed, kind, ranked.indexOf(seed.simkl) + 1));
}

export const TITLES: readonly Title[] = build();
const BY_SIMKL = new Map(TITLES.map((title) => [title.simkl, title]));

/** A title filed as a film: real films and anime films. TMDB keeps those in its movie section. */
function isFilm(title: Title): boolean {
  return title.kind === 'movie' || title.animeType === 'movie';
}

function inScope(title: Title, scope: Scope): boolean {
  if (scope === 'any') return true;
  if (scope === 'movies') return isFilm(title);
  if (scope === 'anime') return title.kind === 'anime';
  return !isFilm(title) || title.kind === 'anime';
}

export function titleBySimkl(id: number): Title | undefined {
  return BY_SIMKL.get(id);
}

/**
 * Adds made-up titles (catalogue/synthetic.ts) that libraries may hold and sync endpoints serve. They
 * stay out of TITLES, so search, calendars and images never list them.
 */
export function registerTitles(titles: readonly Title[]): void {
  // The latest seeding wins: a volume test may give the same made-up id more episodes than the last.
  for (const title of titles) BY_SIMKL.set(title.simkl, title);
}

export function imdbIdOf(value: string): string | undefined {
  return /tt\d{5,}/.exec(value)?.[0];
}

function text(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

/**
 * Resolves request ids the way Simkl does: the first id that names a known title wins. `tmdbFilm` says
 * which TMDB section a tmdb id points into (TV and movie ids overlap); by default the scope decides.
 */
export function findTitle(
  ids: Record<string, unknown>,
  scope: Scope = 'any',
  tmdbFilm?: boolean,
): Title | undefined {
  const simkl = Number(text(ids.simkl) ?? text(ids.simkl_id));
  if (Number.isInteger(simkl) && simkl > 0) {
    const found = BY_SIMKL.get(simkl);
    if (found && inScope(found, scope)) return found;
  }
  const candidates = TITLES.filter((title) => inScope(title, scope));
  const imdb = text(ids.imdb) && imdbIdOf(String(ids.imdb));
  const mal = text(ids.mal);
  const netflix = text(ids.netflix);
  const tmdb = text(ids.tmdb);
  const traktslug = text(ids.traktslug)?.toLowerCase();
  const letterboxd = text(ids.letterboxd)?.toLowerCase();
  const film = tmdbFilm ?? scope === 'movies';
  const byKey = (key: 'anidb' | 'tvdb' | 'animeplanet') => {
    const value = text(ids[key])?.toLowerCase();
    return value ? candidates.find((title) => title[key] === value) : undefined;
  };
  const animeSite = ANIME_SITE_KEYS.find((key) => text(ids[key]));
  // Streaming ids are matched whatever their case (a G-id may arrive lower-cased from a shared link).
  const streaming = STREAMING_KEYS.find((key) => text(ids[key]));
  const streamingId = streaming && text(ids[streaming])?.toLowerCase();
  const animeSiteId = animeSite && text(ids[animeSite]);
  return (
    (imdb ? candidates.find((title) => title.imdb === imdb) : undefined) ??
    (mal ? candidates.find((title) => title.mal === mal) : undefined) ??
    byKey('anidb') ??
    byKey('tvdb') ??
    byKey('animeplanet') ??
    (netflix ? candidates.find((title) => title.netflix === netflix) : undefined) ??
    (tmdb ? candidates.find((title) => title.tmdb === tmdb && isFilm(title) === film) : undefined) ??
    (traktslug ? candidates.find((title) => title.traktslug === traktslug) : undefined) ??
    (letterboxd ? candidates.find((title) => title.letterboxd === letterboxd) : undefined) ??
    (animeSite ? candidates.find((title) => title[animeSite] === animeSiteId) : undefined) ??
    (streaming ? candidates.find((title) => title[streaming]?.toLowerCase() === streamingId) : undefined)
  );
}

export function titleNames(title: Title): string[] {
  return [title.title, ...(title.enTitle ? [title.enTitle] : []), ...(title.altTitles ?? [])];
}

/** Exact (case-insensitive) title match, narrowed by year when given. */
export function findByTitle(name: string, year: number | undefined, scope: Scope): Title[] {
  const wanted = name.trim().toLowerCase();
  return TITLES.filter(
    (title) =>
      inScope(title, scope) &&
      titleNames(title).some((n) => n.toLowerCase() === wanted) &&
      (year === undefined || title.year === year),
  );
}

/** Resolves by ids, then by title + year when the ids match nothing (Simkl's fallback). */
export function resolveItem(item: Record<string, unknown>, scope: Scope): Title | undefined {
  const ids = item.ids && typeof item.ids === 'object' ? (item.ids as Record<string, unknown>) : {};
  const byIds = findTitle(ids, scope);
  if (byIds) return byIds;
  const name = text(item.title);
  if (!name) return undefined;
  const year = Number(text(item.year));
  const matches = findByTitle(name, Number.isInteger(year) ? year : undefined, scope);
  return matches.length === 1 ? matches[0] : undefined;
}

/** An episode named by its own ids: Simkl episode id or the episode's IMDb id. */
export function findEpisode(
  ids: Record<string, unknown>,
  nowMs: number,
): { title: Title; episode: Episode } | undefined {
  const simkl = Number(text(ids.simkl) ?? text(ids.simkl_id));
  if (Number.isInteger(simkl) && simkl > 10_000) {
    const title = BY_SIMKL.get(Math.floor(simkl / 10_000));
    const episode = title && episodesOf(title, nowMs).find((ep) => ep.simklId === simkl);
    if (title && episode) return { title, episode };
  }
  const imdb = text(ids.imdb) && imdbIdOf(String(ids.imdb));
  if (!imdb) return undefined;
  for (const title of TITLES) {
    if (!title.episodeImdb || !Object.values(title.episodeImdb).includes(imdb)) continue;
    const episode = episodesOf(title, nowMs).find((ep) => ep.imdb === imdb);
    if (episode) return { title, episode };
  }
  return undefined;
}

/** Any title whose episode carries this IMDb id (an IMDb episode page names the episode, not the show). */
export function titleOfEpisodeImdb(imdb: string): Title | undefined {
  return TITLES.find((title) => title.episodeImdb && Object.values(title.episodeImdb).includes(imdb));
}

export type { Episode, Title };
