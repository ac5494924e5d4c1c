import type { Library } from '../library/types';
import type { LibraryEntry, SimklItem } from '../media';
import { type IdLookup, idLookups, pickItem } from './id-queries';
import { lookupTarget, type MediaRef } from './kinds';

function itemOf(entry: LibraryEntry): SimklItem {
  const { type, ids, title, year, poster, animeType } = entry;
  return { type, ids, title, year, poster, animeType };
}

/**
 * The resolver's order, whatever answers the lookups: the user's own lists first, then each id
 * lookup, most precise first, until one names an item of a fitting type.
 */
export async function resolveBy(
  media: MediaRef,
  library: Pick<Library, 'lookup'>,
  answer: (lookup: IdLookup) => Promise<SimklItem[]>,
): Promise<SimklItem | null> {
  const target = lookupTarget(media);
  const entry = await library.lookup(target.ids, target.kind);
  if (entry) return itemOf(entry);
  for (const lookup of idLookups(target)) {
    const item = pickItem(await answer(lookup), lookup.types);
    if (item) return item;
  }
  return null;
}
