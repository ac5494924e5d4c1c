import type { MediaIds } from '../media';

/**
 * The IMDb, TMDB and TVDB ids a media server (Plex, Jellyfin, Emby) keeps for an item, checked to look
 * like each site's own: a server's agent can carry anything, and a malformed id is dropped, never sent.
 */
const PROVIDER_ID_PATTERNS = {
  imdb: /^tt\d{1,12}$/,
  tmdb: /^\d{1,12}$/,
  tvdb: /^\d{1,12}$/,
} as const;

export type ProviderKey = keyof typeof PROVIDER_ID_PATTERNS;

/** Keeps the ids that look like their site's, by provider name in any casing ('Imdb', 'IMDB', 'imdb'). */
export function providerIds(named: ReadonlyArray<readonly [string, unknown]>): MediaIds {
  const ids: MediaIds = {};
  for (const [name, value] of named) {
    const key = name.toLowerCase() as ProviderKey;
    const id = typeof value === 'number' ? String(value) : value;
    if (!(key in PROVIDER_ID_PATTERNS) || typeof id !== 'string') continue;
    if (PROVIDER_ID_PATTERNS[key].test(id.trim()) && ids[key] === undefined) ids[key] = id.trim();
  }
  return ids;
}
