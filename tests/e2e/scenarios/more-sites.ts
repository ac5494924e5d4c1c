/**
 * Letterboxd, the first optional site (docs/architecture.md, Optional sites), the same in Chromium and
 * Firefox: nothing on it before the user turns it on; the options' switch asks the browser from the
 * click; its film page shows the user's state from the mirror by TMDB id; its list's posters get
 * badges from ids learned from Letterboxd's own film pages, once; turned off, nothing is left.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import { inClosedRoots } from '../harness/closed-roots';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { BADGE, simklQuiet, simklRequestList } from './list-badges-read';
import { sleep } from './sites-pages';

export const FILM = 'https://letterboxd.com/film/inception/';
export const LIST = 'https://letterboxd.com/dave/list/films-to-watch-together/';
export const LETTERBOXD_ORIGINS = ['https://letterboxd.com/*'];

/** Inception on the lists by its TMDB id, Chernobyl (a miniseries Letterboxd files under /film/) too. */
export function seedMoreSites(world: World): void {
  world.control.seedLibrary(DEMO_USER.id, [
    { ids: { tmdb: '27205' }, type: 'movie', status: 'completed', rating: 9 },
    { ids: { tmdb: '87108' }, type: 'show', status: 'hold' },
  ]);
}

/** The requests Letterboxd got for its film pages (the badges learning ids), as paths. */
export const filmPageRequests = (world: World): string[] =>
  world.control
    .requestLog()
    .filter((entry) => entry.host === 'letterboxd.com' && entry.path.startsWith('/film/'))
    .map((entry) => entry.path);

/** Every Simkl request logged since `from` (a failure names them). */
export const simklSince = (world: World, from: number): string[] => simklRequestList(world).slice(from);

interface PosterBadge {
  slug: string;
  label: string;
}

/** Every poster has a badge host, on the lists or not: only those showing a state are read. */
function readPosterBadges(roots: ShadowRoot[]): PosterBadge[] {
  return roots.flatMap((root) => {
    const badge = root.querySelector<HTMLElement>('[role="img"]');
    if (!badge || badge.hidden) return [];
    const slug = root.host.closest('[data-item-slug]')?.getAttribute('data-item-slug') ?? '';
    return [{ slug, label: badge.getAttribute('aria-label') ?? '' }];
  });
}

/** Polls the posters' badges until `count` are drawn; answers the last reading. */
export async function posterBadges(page: AnyPage, count: number, timeoutMs = 20_000): Promise<PosterBadge[]> {
  const deadline = Date.now() + timeoutMs;
  let seen: PosterBadge[] = [];
  while (Date.now() < deadline) {
    seen = await inClosedRoots(page, BADGE, readPosterBadges, null).catch(() => []);
    if (seen.length >= count) return seen;
    await sleep(200);
  }
  return seen;
}

interface LetterboxdApis {
  scripting: { getRegisteredContentScripts(): Promise<Array<{ id: string }>> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
  permissions: { contains(permissions: { origins: string[] }): Promise<boolean> };
}
interface ExtensionApi {
  browser?: LetterboxdApis;
  chrome?: LetterboxdApis;
}

/** What the extension holds for Letterboxd: its permission, its registered scripts, its learned ids. */
export async function letterboxdFootprint(options: AnyPage) {
  return evaluate(
    options,
    async (origins) => {
      const api = (globalThis as unknown as ExtensionApi).browser ?? (globalThis as ExtensionApi).chrome;
      if (!api) throw new Error('no extension API in this page');
      const scripts = await api.scripting.getRegisteredContentScripts();
      const stored = await api.storage.local.get('learnedIds:letterboxd');
      return {
        granted: await api.permissions.contains({ origins }),
        scripts: scripts.map((script) => script.id).sort(),
        learned: Object.keys((stored['learnedIds:letterboxd'] as object | undefined) ?? {}).sort(),
      };
    },
    LETTERBOXD_ORIGINS,
  );
}

/** Waits until the footprint reads as `expected`. */
export async function footprintBecomes(
  options: AnyPage,
  expected: Awaited<ReturnType<typeof letterboxdFootprint>>,
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = await letterboxdFootprint(options);
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < deadline) {
    await sleep(200);
    last = await letterboxdFootprint(options);
  }
  expect(last).toEqual(expected);
}

export { simklQuiet };
