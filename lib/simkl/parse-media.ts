/**
 * The media object Simkl nests everywhere (`{title, year, poster, ids}`), read into a SimklItem.
 */
import type { SimklItem, SimklType } from '../media';
import { compact, type JsonRecord, optionalInt, optionalString } from './parse-guards';
import { normaliseIds, readAnimeType } from './parse-ids';

/** A poster path such as `74/74415673dcdc9cdd`; tolerates a literal `\/` left by double escaping. */
export function readPoster(value: unknown): string | undefined {
  const path = optionalString(value)?.replace(/\\\//g, '/');
  return path && /^[\w/.-]+$/.test(path) ? path.replace(/^\/+/, '') : undefined;
}

export function readYear(value: unknown): number | undefined {
  const year = optionalInt(value);
  return year !== undefined && year > 1800 && year < 3000 ? year : undefined;
}

/** Reads `{title, year, poster, ids, anime_type}` (extra keys ignored) as an item of the given type. */
export function readItem(raw: JsonRecord, type: SimklType, what: string): SimklItem {
  return compact<SimklItem>({
    type,
    ids: normaliseIds(raw.ids, what),
    title: optionalString(raw.title),
    year: readYear(raw.year),
    poster: readPoster(raw.poster),
    animeType: type === 'anime' ? readAnimeType(raw.anime_type) : undefined,
  });
}
