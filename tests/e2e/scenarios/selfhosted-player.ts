/**
 * The user's own Plex and Jellyfin servers in the e2e world (tests/fixtures/sites/selfhosted-servers.ts):
 * adding their addresses in the options, playing their fixture players' real WebM, and reading what
 * reached Simkl (docs/architecture.md, Self-hosted servers).
 */
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { click, evaluate, fill, waitFor } from './extension-pages';

/** Breaking Bad and Game of Thrones on the local Simkl service (tests/simkl-service/catalogue/shows.ts). */
export const BREAKING_BAD = 11121;
export const GAME_OF_THRONES = 17465;

/** Adds a server's address in the options' own section, the Add button clicked as a user does. */
export async function addServerAddress(
  options: AnyPage,
  service: 'plex' | 'jellyfin',
  origin: string,
): Promise<void> {
  await evaluate(
    options,
    (value) => {
      const select = document.querySelector('select[data-server-service]') as HTMLSelectElement;
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    },
    service,
  );
  await fill(options, 'input[data-server-address]', origin);
  await click(options, '[data-testid="self-hosted-servers"] button[type="submit"]');
  await waitFor(options, `[data-server="${origin}"]`);
}

/** The show's watched episodes in the signed-in user's library on the service, as 'S1E3'. */
export function watchedShowEpisodes(world: World, simkl: number): string[] {
  const show = world.control.library(DEMO_USER.id).shows.find((entry) => entry.simkl === simkl);
  const watched = (show?.watchedEpisodes ?? []) as Array<{ season?: number; episode: number }>;
  return watched.map((entry) => `S${entry.season ?? 1}E${entry.episode}`);
}

/** The title searches the extension made (text search, or /search/id by title): none when ids match. */
export const titleSearches = (world: World) =>
  world.control
    .requestLog()
    .filter(
      (entry) =>
        /^\/search\/(movie|tv|anime)$/.test(entry.path) ||
        (entry.path === '/search/id' && 'title' in entry.query),
    );
