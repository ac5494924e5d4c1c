/**
 * Crunchyroll, an optional site (docs/sites.md, Crunchyroll), the same in Chromium and Firefox: turned
 * on from the options (the site and its older player's frame, one question); a watch page's series
 * found by one `/search/id?crunchyroll=` and a series page's by its id, then its exact title as anime;
 * neither asks anything on the next visit.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { eventually } from './slice';

export { idSearches } from './tvdb-anidb-sites';

export const SITE_HOSTS = ['www.crunchyroll.com', 'static.crunchyroll.com'];
const ORIGINS = SITE_HOSTS.map((host) => `https://${host}/*`);

/** Frieren E5 with the newer player (the <video> in the page); its series' G-id the service knows. */
export const WATCH_PAGE = 'https://www.crunchyroll.com/watch/GX9UQE5P1/phantoms-of-the-dead';
/** Hunter x Hunter E1 in German with the older player (its video in static.crunchyroll.com's frame). */
export const OLDER_PLAYER_PAGE = 'https://www.crunchyroll.com/de/watch/G6NQ5DWZ6/departure-x-and-x-friends';
/** Steins;Gate, whose G-id the service does not know: found by its title. */
export const SERIES_PAGE = 'https://www.crunchyroll.com/series/GY5VXG0ZR/steinsgate';
/** The search page, about no one title. */
export const SEARCH_PAGE = 'https://www.crunchyroll.com/search?q=frieren';

/** Seeded by MAL ids, which library answers carry; never by Crunchyroll's, which they never carry. */
export function seedCrunchyrollTitles(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { mal: 52991 }, status: 'watching', watchedEpisodes: 4 },
    { ids: { mal: 9253 }, status: 'completed', rating: 9 },
  ]);
}

interface SiteApis {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/** Which Crunchyroll origins the browser grants, and the scripts registered for the site. */
export async function crunchyrollFootprint(options: AnyPage) {
  return evaluate(
    options,
    async ({ origins }) => {
      const global = globalThis as unknown as { browser?: SiteApis; chrome?: SiteApis };
      const api = global.browser ?? global.chrome;
      if (!api) throw new Error('no extension API in this page');
      const granted: boolean[] = [];
      for (const origin of origins) granted.push(await api.permissions.contains({ origins: [origin] }));
      const scripts = (await api.scripting.getRegisteredContentScripts())
        .map((script) => script.id)
        .filter((id) => id.startsWith('crunchyroll'));
      return { granted, scripts: scripts.sort() };
    },
    { origins: ORIGINS },
  );
}

export const ON = {
  granted: [true, true],
  scripts: ['crunchyroll', 'crunchyroll-badges', 'crunchyroll-player-frame'],
};

/** Waits until the footprint reads as `expected`. */
export async function crunchyrollFootprintBecomes(
  options: AnyPage,
  expected: Awaited<ReturnType<typeof crunchyrollFootprint>>,
  timeoutMs = 10_000,
): Promise<void> {
  const same = (now: typeof expected) => JSON.stringify(now) === JSON.stringify(expected);
  expect(await eventually(() => crunchyrollFootprint(options), same, timeoutMs)).toEqual(expected);
}
