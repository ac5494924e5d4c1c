/** `/search/id` and `/search/{type}` answers (docs/simkl-api.md, Search). */
import type { SimklItem, SimklType } from '../media';
import type { SearchResult } from './api';
import { compact, expectList, expectRecord, invalid, isRecord, optionalInt } from './parse-guards';
import { readType } from './parse-ids';
import { readItem } from './parse-media';

/** `[]`, `null` (ambiguous title) or an array of `{type, title, year, poster, ids, anime_type?, mal?}`. */
export function parseSearchById(data: unknown): SimklItem[] {
  return expectList(data, 'search by id').map((entry) => {
    const raw = expectRecord(entry, 'search by id item');
    const type = readType(raw.type) ?? invalid('search by id: unknown type');
    const item = readItem(raw, type, 'search by id');
    // Only /search/id names the MAL id this way: {mal: {id, type}}.
    const malId = isRecord(raw.mal) ? optionalInt(raw.mal.id) : undefined;
    if (malId !== undefined && item.ids.mal === undefined) item.ids.mal = String(malId);
    return item;
  });
}

/**
 * Text search: ids carry `simkl_id`, and anime results use `type` for the anime type, so the
 * library type is the one that was asked for.
 */
export function parseSearchText(data: unknown, type: SimklType): SearchResult[] {
  return expectList(data, 'text search').map((entry) => {
    const raw = expectRecord(entry, 'text search item');
    const item = readItem(raw, type, 'text search');
    return compact<SearchResult>({
      simkl: item.ids.simkl,
      type,
      title: item.title ?? '',
      year: item.year,
      poster: item.poster,
      ids: item.ids,
    });
  });
}
