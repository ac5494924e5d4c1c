import type { MediaIds, MediaKind, SimklItem, SimklType } from '../media';

/** The mirror's primary key: Simkl ids are unique per library type. */
export function entryKey(type: SimklType, simkl: number): string {
  return `${type}:${simkl}`;
}

export function typeOfKey(key: string): SimklType | null {
  const type = key.slice(0, key.indexOf(':'));
  return type === 'movie' || type === 'show' || type === 'anime' ? type : null;
}

/** TMDB numbers its movies and its TV shows separately, so a TMDB id only means something with its scope. */
type TmdbScope = 'movie' | 'tv';

export function tmdbScopeOf(item: Pick<SimklItem, 'type' | 'animeType'>): TmdbScope {
  if (item.type === 'movie') return 'movie';
  return item.type === 'anime' && item.animeType?.toLowerCase() === 'movie' ? 'movie' : 'tv';
}

function idKey(name: string, value: string | number): string {
  return `${name}:${String(value).trim().toLowerCase()}`;
}

/** Every id Simkl returned for the item, as index keys (slugs are names, not ids). */
export function entryIdKeys(item: Pick<SimklItem, 'type' | 'ids' | 'animeType'>): string[] {
  const keys: string[] = [];
  for (const [name, value] of Object.entries(item.ids)) {
    if (name.endsWith('slug') || (typeof value !== 'string' && typeof value !== 'number')) continue;
    if (String(value).trim() === '') continue;
    keys.push(name === 'tmdb' ? idKey(`tmdb:${tmdbScopeOf(item)}`, value) : idKey(name, value));
  }
  return keys;
}

function tmdbScopesFor(kind: MediaKind | undefined): TmdbScope[] {
  if (kind === 'movie') return ['movie'];
  if (kind === 'show' || kind === 'episode') return ['tv'];
  return ['movie', 'tv'];
}

/** Index keys to try for a page's ids, most precise first. */
export function queryIdKeys(ids: MediaIds, kind?: MediaKind): string[] {
  const keys: string[] = [];
  if (ids.simkl !== undefined) keys.push(idKey('simkl', ids.simkl));
  if (ids.mal) keys.push(idKey('mal', ids.mal));
  // Simkl's library answers carry AniDB ids for anime and TVDB ids for shows (docs/simkl-api.md, Ids
  // and media objects): pages naming them are matched in the mirror without a request.
  if (ids.anidb) keys.push(idKey('anidb', ids.anidb));
  if (ids.imdb) keys.push(idKey('imdb', ids.imdb));
  if (ids.tmdb) for (const scope of tmdbScopesFor(kind)) keys.push(idKey(`tmdb:${scope}`, ids.tmdb));
  // TVDB numbers series and films apart, and Simkl's libraries carry only the series' numbers.
  if (ids.tvdb && kind !== 'movie') keys.push(idKey('tvdb', ids.tvdb));
  if (ids.netflix) keys.push(idKey('netflix', ids.netflix));
  return keys;
}

/** Whether a library type can be what the page calls `kind` (anime can be a film or a series). */
export function typeFitsKind(type: SimklType, kind: MediaKind | undefined): boolean {
  if (kind === 'movie') return type !== 'show';
  if (kind === 'show' || kind === 'episode') return type !== 'movie';
  return true;
}
