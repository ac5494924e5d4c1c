/**
 * AniDB, Anime-Planet and TheTVDB, optional sites like Letterboxd (docs/sites.md), the same in Chromium
 * and Firefox: turned on from the options; an AniDB anime and a TheTVDB series matched in the mirror by
 * the ids Simkl's library carries (anidb, tvdb) with no request; an Anime-Planet anime found by one
 * `/search/id?animeplanet=` and none on the next visit; turned off, nothing is left.
 */
import { expect } from 'vitest';
import type { OptionalSite } from '../../../lib/media';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { eventually } from './slice';

export const SITES: readonly OptionalSite[] = ['anidb', 'animeplanet', 'tvdb'];
export const SITE_HOSTS = ['anidb.net', 'www.anime-planet.com', 'thetvdb.com'];
export const ORIGINS = SITE_HOSTS.map((host) => `https://${host}/*`);

/** Cowboy Bebop's page through the legacy address: it names no MAL id, only its aid (23). */
export const ANIDB_ANIME = 'https://anidb.net/perl-bin/animedb.pl?show=anime&aid=23';
export const ANIDB_LIST = 'https://anidb.net/anime/?h=1&noalias=1&view=list';
export const ANIMEPLANET_ANIME = 'https://www.anime-planet.com/anime/death-note';
/** Game of Thrones' page, which links no other site: its TVDB number (121361) is all it names. */
export const TVDB_SERIES = 'https://thetvdb.com/series/game-of-thrones';

/**
 * Seeded by MAL and IMDb ids: the library answers carry each title's anidb and tvdb too
 * (tests/simkl-service/library-ids.ts), which is what the pages are matched by.
 */
export function seedAnimeAndTvdb(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { mal: 1 }, status: 'watching', watchedEpisodes: 5 },
    { ids: { mal: 1535 }, status: 'completed', rating: 10 },
    { ids: { mal: 11061 }, status: 'hold', watchedEpisodes: 3 },
    { ids: { imdb: 'tt0944947' }, status: 'completed', rating: 8 },
  ]);
}

/** The `/search/id` requests Simkl got, as their queries. */
export const idSearches = (world: World): Record<string, string>[] =>
  world.control
    .requestLog()
    .filter((entry) => entry.host === 'api.simkl.com' && entry.path === '/search/id')
    .map((entry) => entry.query);

interface SiteApis {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/** Which of the three sites the browser grants, and the scripts registered for them. */
export async function sitesFootprint(options: AnyPage) {
  return evaluate(
    options,
    async ({ origins, sites }) => {
      const global = globalThis as unknown as { browser?: SiteApis; chrome?: SiteApis };
      const api = global.browser ?? global.chrome;
      if (!api) throw new Error('no extension API in this page');
      const granted: boolean[] = [];
      for (const origin of origins) granted.push(await api.permissions.contains({ origins: [origin] }));
      const scripts = (await api.scripting.getRegisteredContentScripts())
        .map((script) => script.id)
        .filter((id) => sites.some((site) => id === site || id === `${site}-badges`));
      return { granted, scripts: scripts.sort() };
    },
    { origins: ORIGINS, sites: SITES },
  );
}

export const ALL_ON = {
  granted: [true, true, true],
  scripts: ['anidb', 'anidb-badges', 'animeplanet', 'animeplanet-badges', 'tvdb', 'tvdb-badges'],
};
export const ALL_OFF = { granted: [false, false, false], scripts: [] };

/** Waits until the footprint reads as `expected`. */
export async function sitesFootprintBecomes(
  options: AnyPage,
  expected: Awaited<ReturnType<typeof sitesFootprint>>,
  timeoutMs = 10_000,
): Promise<void> {
  const same = (now: typeof expected) => JSON.stringify(now) === JSON.stringify(expected);
  expect(await eventually(() => sitesFootprint(options), same, timeoutMs)).toEqual(expected);
}
