/**
 * Which links lead to a title page, as match patterns (the context menu's `targetUrlPatterns`).
 * Match patterns are globs, so each site's URL reader spells its URL rule as the path prefixes it
 * accepts (`titleLinkPaths`): a path that starts with the id's first character where the rule wants
 * an id right there (which keeps /movie/top-rated or /anime/season out). What a glob cannot tell
 * (IMDb's seven-digit minimum) the click's own parse refuses: detectMediaFromUrl is the rule, these
 * only narrow the menu.
 */
import type { SiteUrlReader } from './adapter';
import { patternHost } from './url';

/** Every title-page pattern of these sites' URL readers, on each of their hosts. */
export function titleLinkPatterns(
  readers: readonly Pick<SiteUrlReader, 'matches' | 'titleLinkPaths'>[],
): string[] {
  return readers.flatMap((reader) =>
    reader.matches
      .map(patternHost)
      .filter((host): host is string => host !== null)
      .flatMap((host) => reader.titleLinkPaths.map((path) => `https://${host}${path}`)),
  );
}
