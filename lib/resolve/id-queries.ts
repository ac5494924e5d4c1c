import type { SimklItem, SimklType } from '../media';
import type { IdQuery } from '../simkl/api';
import { type LookupTarget, simklTypesFor, tmdbTypeFor } from './kinds';

/** One `/search/id` request and the cache key its answer is kept under. */
export interface IdLookup {
  cacheKey: string;
  query: IdQuery;
  types: SimklType[];
}

/** AniList, Kitsu and LiveChart numbers, which Simkl's `/search/id` takes and its library never returns. */
const ANIME_SITE_KEYS = ['anilist', 'kitsu', 'livechart'] as const;

function normalise(value: string): string {
  return value.trim().toLowerCase();
}

/** The lookups for a target, most precise first; each is tried until one finds the item. */
export function idLookups(target: LookupTarget): IdLookup[] {
  const { ids, kind } = target;
  const types = simklTypesFor(kind);
  const lookups: IdLookup[] = [];
  if (ids.simkl !== undefined)
    lookups.push({ cacheKey: `simkl:${ids.simkl}`, query: { simkl: ids.simkl }, types });
  // MAL ids only name anime.
  if (ids.mal)
    lookups.push({ cacheKey: `mal:${normalise(ids.mal)}`, query: { mal: ids.mal }, types: ['anime'] });
  // AniDB ids only name anime too.
  if (ids.anidb) {
    lookups.push({
      cacheKey: `anidb:${normalise(ids.anidb)}`,
      query: { anidb: ids.anidb },
      types: ['anime'],
    });
  }
  if (ids.imdb) lookups.push({ cacheKey: `imdb:${normalise(ids.imdb)}`, query: { imdb: ids.imdb }, types });
  const tmdbType = tmdbTypeFor(kind);
  if (ids.tmdb && tmdbType) {
    lookups.push({
      cacheKey: `tmdb:${tmdbType}:${normalise(ids.tmdb)}`,
      query: { tmdb: ids.tmdb, tmdbType },
      types,
    });
  }
  // TVDB numbers series and films apart like TMDB, but Simkl's `tvdb` key takes no scope (and whether
  // it finds films is unverified): a film's number is never sent, where it could name a series.
  if (ids.tvdb && kind !== 'movie')
    lookups.push({ cacheKey: `tvdb:${normalise(ids.tvdb)}`, query: { tvdb: ids.tvdb }, types });
  // Anime-Planet's slugs name anime only, and no library answer carries them: the lookup's cached
  // answer is what makes the next visit free.
  if (ids.animeplanet) {
    const slug = normalise(ids.animeplanet);
    lookups.push({ cacheKey: `animeplanet:${slug}`, query: { animeplanet: slug }, types: ['anime'] });
  }
  if (ids.netflix) {
    lookups.push({ cacheKey: `netflix:${normalise(ids.netflix)}`, query: { netflix: ids.netflix }, types });
  }
  // The anime sites' own numbers, after any id Simkl's library carries (a page with a MAL link is
  // matched by it); they only name anime.
  for (const key of ANIME_SITE_KEYS) {
    const id = ids[key];
    if (id) lookups.push({ cacheKey: `${key}:${normalise(id)}`, query: { [key]: id }, types: ['anime'] });
  }
  lookups.push(...crunchyrollLookups(target), ...huluLookups(target));
  return lookups;
}

/**
 * A streaming service's own id, whose form Simkl may not take (docs/sites.md, Crunchyroll: ids; Hulu:
 * ids), then the title through Simkl's exact title lookup in one library, which answers nothing for a
 * name it cannot tell apart. Both answers are cached, so a second visit asks nothing.
 */
function idThenTitle(
  key: 'crunchyroll' | 'hulu',
  id: string,
  types: SimklType[],
  title: string | undefined,
  titleType: SimklType,
): IdLookup[] {
  const byId: IdLookup = { cacheKey: `${key}:${normalise(id)}`, query: { [key]: id.trim() }, types };
  const name = title?.trim();
  const query = { title: name, titleType };
  const byTitle = { cacheKey: `${TITLE_LOOKUP_PREFIX}${titleType}:${normalise(name ?? '')}`, query };
  return name ? [byId, { ...byTitle, types: [titleType, 'anime'] }] : [byId];
}

/** Crunchyroll's series id (some of its catalogue, donghua and live action, Simkl files as TV), then the series as anime. */
const crunchyrollLookups = ({ ids, title }: LookupTarget): IdLookup[] =>
  ids.crunchyroll ? idThenTitle('crunchyroll', ids.crunchyroll, ['anime', 'show'], title, 'anime') : [];

/** Hulu's id (a series' for an episode), then the title in the TV library, or the films' for a film. */
const huluLookups = ({ ids, kind, title }: LookupTarget): IdLookup[] =>
  ids.hulu
    ? idThenTitle('hulu', ids.hulu, simklTypesFor(kind), title, kind === 'movie' ? 'movie' : 'show')
    : [];

/** Cache keys of lookups by name, which are no page's id (overrides are never keyed by them). */
export const TITLE_LOOKUP_PREFIX = 'title:';

/** The best answer for the kinds allowed: the likeliest type first, then Simkl's order. */
export function pickItem(items: SimklItem[], types: SimklType[]): SimklItem | null {
  for (const type of types) {
    const found = items.find((item) => item.type === type);
    if (found) return found;
  }
  return null;
}

/** The found item, carrying the id it was found by so that later writes can send it too. */
export function withQueriedId(item: SimklItem, query: IdQuery): SimklItem {
  const { tmdbType: _scope, title: _title, titleType: _titleType, ...ids } = query;
  return { ...item, ids: { ...ids, ...item.ids } };
}
