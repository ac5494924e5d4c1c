/**
 * The anime sites turned on by the user (docs/architecture.md, Optional sites), the same in Chromium
 * and Firefox: AniList's page names its anime by AniList's number alone, which Simkl's library never
 * carries, so its first visit asks `/search/id?anilist=` once and every later one nothing; its lists'
 * badges know what was resolved before, asking nothing.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { simklRequestList } from './list-badges-read';
import { sleep } from './sites-pages';

export const ANILIST_TITLE = 'https://anilist.co/anime/1535/Death-Note/';
export const ANILIST_LIST = 'https://anilist.co/user/Josh/animelist';
export const ANILIST_ORIGINS = ['https://anilist.co/*'];
export const LIVECHART_TITLE = 'https://www.livechart.me/anime/3437';
export const LIVECHART_ORIGINS = ['https://www.livechart.me/*'];
export const KITSU_TITLE = 'https://kitsu.app/anime/death-note';
export const KITSU_ORIGINS = ['https://kitsu.app/*'];

/** The requests Kitsu's API got from the page (same origin), as path and query. */
export const kitsuApiRequests = (world: World): string[] =>
  world.control
    .requestLog()
    .filter((entry) => entry.host === 'kitsu.app' && entry.path.startsWith('/api/'))
    .map((entry) => {
      const query = Object.entries(entry.query).map(([key, value]) => `${key}=${value}`);
      return query.length > 0 ? `${entry.path}?${query.join('&')}` : entry.path;
    });

/** Death Note and Cowboy Bebop on the lists by their MAL ids, as Simkl's library answers name anime. */
export function seedAnimeSites(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { mal: '1535' }, status: 'completed', rating: 9 },
    { ids: { mal: '1' }, status: 'watching', watchedEpisodes: 3 },
  ]);
}

/** Every Simkl request logged since `from`, as "METHOD path" (a failure names them). */
export const simklSince = (world: World, from: number): string[] => simklRequestList(world).slice(from);

/** The `/search/id` requests the service logged, each as its query. */
export const idSearches = (world: World): Array<Record<string, string>> =>
  world.control
    .requestLog()
    .filter((entry) => entry.host === 'api.simkl.com' && entry.path === '/search/id')
    .map(({ query }) => {
      const { client_id: _client, 'app-name': _app, 'app-version': _version, ...ids } = query;
      return ids;
    });

/** The slugs whose API answers the extension keeps for Kitsu (lib/store/learned-ids.ts). */
export async function keptKitsuAnswers(options: AnyPage): Promise<string[]> {
  return evaluate(
    options,
    async (key) => {
      type Storage = { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      const scope = globalThis as unknown as { browser?: Storage; chrome?: Storage };
      const stored = await (scope.browser ?? scope.chrome)?.storage.local.get(key);
      return Object.keys((stored?.[key] as object | undefined) ?? {}).sort();
    },
    'learnedIds:kitsu',
  );
}

interface SiteApis {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}

/** What the extension holds for a site: its permission and its registered scripts. */
export async function siteFootprint(options: AnyPage, origins: string[]) {
  return evaluate(
    options,
    async (wanted) => {
      const scope = globalThis as unknown as { browser?: SiteApis; chrome?: SiteApis };
      const api = scope.browser ?? scope.chrome;
      if (!api) throw new Error('no extension API in this page');
      const scripts = await api.scripting.getRegisteredContentScripts();
      return {
        granted: await api.permissions.contains({ origins: wanted }),
        scripts: scripts.map((script) => script.id).sort(),
      };
    },
    origins,
  );
}

/** Waits until the site's footprint reads as `expected`. */
export async function siteFootprintBecomes(
  options: AnyPage,
  origins: string[],
  expected: Awaited<ReturnType<typeof siteFootprint>>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await siteFootprint(options, origins);
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await sleep(200);
    last = await siteFootprint(options, origins);
  }
  expect(last).toEqual(expected);
}
