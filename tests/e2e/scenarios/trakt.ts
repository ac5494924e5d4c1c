/**
 * Trakt, an optional site (docs/sites.md, Trakt), the same in Chromium and Firefox: turned on from
 * the options; a movie page shows the user's state from the mirror by its TMDB id; an episode page
 * says its episode's state and marks it watched; a grid's posters get badge hosts with no Simkl
 * request; turned off, nothing is left.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { LogEntry } from '../../simkl-service/types';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { sleep } from './sites-pages';

export const MOVIE = 'https://trakt.tv/movies/inception-2010';
/** Game of Thrones, which the user's lists lack. */
export const SHOW = 'https://trakt.tv/shows/game-of-thrones';
export const EPISODE = 'https://trakt.tv/shows/breaking-bad/seasons/1/episodes/1';
/** The app's episode view (tests/fixtures/sites ANCHORLESS_PAGES): its DOM is unverified. */
export const APP_EPISODE = 'https://app.trakt.tv/shows/breaking-bad?season=1&view=episode&episode=1';
export const GRID = 'https://trakt.tv/movies/trending';
export const TRAKT_HOSTS = ['trakt.tv', 'app.trakt.tv'];
export const TRAKT_ORIGINS = TRAKT_HOSTS.map((host) => `https://${host}/*`);

/** The app's movie view, with a link that opens Fight Club client-side (fixtures' trakt/app-movie-inception-spa.html). */
export const APP_MOVIE = 'https://app.trakt.tv/movies/inception-2010';

/** Inception and Fight Club on the lists by TMDB id; Breaking Bad by its show's, with S1E2 seen (S1E1 not). */
export function seedTrakt(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { tmdb: '27205' }, type: 'movie', status: 'completed', rating: 9 },
    { ids: { tmdb: '550' }, type: 'movie', status: 'plantowatch' },
    { ids: { tmdb: '1396' }, type: 'show', status: 'watching', watchedEpisodes: [{ season: 1, episode: 2 }] },
  ]);
}

interface HistoryBody {
  shows?: Array<{
    ids: Record<string, unknown>;
    seasons?: Array<{ number: number; episodes: Array<{ number: number }> }>;
  }>;
  movies?: unknown[];
}

/** What a history post carried: each show's Simkl id with its "S1E1" codes, and how many films. */
export function historyItems(entry: LogEntry): { shows: string[]; movies: number } {
  const body = (entry.body ?? {}) as HistoryBody;
  const shows = (body.shows ?? []).flatMap((show) =>
    (show.seasons ?? []).flatMap((season) =>
      season.episodes.map((ep) => `${String(show.ids.simkl)} S${season.number}E${ep.number}`),
    ),
  );
  return { shows, movies: (body.movies ?? []).length };
}

interface TraktApis {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/** Trakt's permission and registered scripts, as the extension holds them. */
export function traktFootprint(options: AnyPage) {
  return evaluate(
    options,
    async (origins) => {
      const g = globalThis as unknown as { browser?: TraktApis; chrome?: TraktApis };
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('no extension API in this page');
      const scripts = await api.scripting.getRegisteredContentScripts();
      return {
        granted: await api.permissions.contains({ origins }),
        scripts: scripts
          .map((script) => script.id)
          .filter((id) => id.startsWith('trakt'))
          .sort(),
      };
    },
    TRAKT_ORIGINS,
  );
}

export async function traktFootprintBecomes(
  options: AnyPage,
  expected: Awaited<ReturnType<typeof traktFootprint>>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await traktFootprint(options);
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await sleep(200);
    last = await traktFootprint(options);
  }
  expect(last).toEqual(expected);
}
