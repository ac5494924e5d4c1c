/**
 * Which links lead to a title page, as match patterns (the context menu's `targetUrlPatterns`).
 * Match patterns are globs, so each adapter's URL rule is spelled here as the prefixes it accepts:
 * a path that starts with the id's first character where the rule wants an id right there (which
 * keeps /movie/top-rated or /anime/season out). What a glob cannot tell (IMDb's seven-digit
 * minimum) the click's own parse refuses: detectMediaFromUrl is the rule, these only narrow the menu.
 */
import type { Site } from '../media';
import type { SiteAdapter } from './adapter';
import { patternHost } from './url';

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const numbered = (prefixes: string[]) => prefixes.flatMap((prefix) => DIGITS.map((digit) => prefix + digit));

/** Path globs per site, after the host: each follows the adapter's TITLE_PATH / ANIME_PATH / jbv rule. */
export const TITLE_LINK_PATHS: Record<Site, readonly string[]> = {
  // imdb.ts TITLE_PATH: /title/tt…, optionally after a locale prefix (/de/, /fr-ca/).
  imdb: ['/title/tt*', '/*/title/tt*'],
  // tmdb.ts TITLE_PATH: /movie/{id}… and /tv/{id}…, seasons and episodes included.
  tmdb: numbered(['/movie/', '/tv/']).map((path) => `${path}*`),
  // mal.ts ANIME_PATH and the legacy /anime.php?id=.
  mal: [...numbered(['/anime/']).map((path) => `${path}*`), '/anime.php?id=*'],
  // netflix.ts: /title/{id}, /watch/{id} (locale prefix allowed) and any page with ?jbv={id}.
  netflix: [
    ...numbered(['/title/', '/watch/', '/*/title/', '/*/watch/']).map((path) => `${path}*`),
    ...numbered(['/*jbv=']).map((path) => `${path}*`),
  ],
};

/** Every title-page pattern of these adapters, on each of their hosts. */
export function titleLinkPatterns(adapters: readonly Pick<SiteAdapter, 'id' | 'matches'>[]): string[] {
  return adapters.flatMap((adapter) =>
    adapter.matches
      .map(patternHost)
      .filter((host): host is string => host !== null)
      .flatMap((host) => TITLE_LINK_PATHS[adapter.id].map((path) => `https://${host}${path}`)),
  );
}
