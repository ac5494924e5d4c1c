/**
 * The title index with the page ids the background's lookups learned (resolve/cache.ts): Simkl's
 * lists seldom carry a Netflix id (docs/simkl-api.md, Ids and media objects), so a Netflix page of a
 * listed show was found only by asking the background, waking a sleeping worker. Once one lookup of
 * that id found the item, the item's row names it too, and the page shows its state at once.
 * Only ids the row has a field for, and never in place of an id Simkl's own lists gave the title.
 */
import type { LibraryEntry, SimklItem } from '../media';
import { TITLE_INDEX_ID_FIELDS } from './format';

/** A cached lookup that found an item: its cache key (`netflix:80057281`) and the item. */
export type LookedUpHit = readonly [cacheKey: string, item: SimklItem];

/** TMDB's keys carry a scope (`tmdb:show:1399`) and its ids come with the lists: not learned here. */
const LEARNED_FIELDS = new Set<string>(TITLE_INDEX_ID_FIELDS.filter((field) => field !== 'tmdb'));

const itemKey = (item: SimklItem) => `${item.type}:${item.ids.simkl}`;

export function withLookedUpIds(entries: LibraryEntry[], hits: readonly LookedUpHit[]): LibraryEntry[] {
  const byItem = new Map<string, string[]>();
  for (const [cacheKey, item] of hits)
    byItem.set(itemKey(item), [...(byItem.get(itemKey(item)) ?? []), cacheKey]);
  return entries.map((entry) => {
    let ids = entry.ids;
    for (const cacheKey of byItem.get(itemKey(entry)) ?? []) {
      const [site = '', id] = cacheKey.split(':') as [keyof typeof ids, string?];
      if (LEARNED_FIELDS.has(site) && id && !ids[site]) ids = { ...ids, [site]: id };
    }
    return ids === entry.ids ? entry : { ...entry, ids };
  });
}
