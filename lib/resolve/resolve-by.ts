import type { Library } from '../library/types';
import type { LibraryEntry, SimklItem } from '../media';
import { type IdLookup, idLookups, pickItem } from './id-queries';
import { lookupTarget, type MediaRef } from './kinds';
import { type TitleLookup, titleLookup } from './title-lookup';

function itemOf(entry: LibraryEntry): SimklItem {
  const { type, ids, title, year, poster, animeType } = entry;
  return { type, ids, title, year, poster, animeType };
}

/** The item the user chose for a page's site id ("Not this?"), if any: overrides.ts. */
export type OverrideReader = (media: MediaRef) => Promise<SimklItem | null>;

/**
 * The resolver's order, whatever answers the lookups: the user's own choice for the page first (it
 * beats the mirror's id match and every cached lookup), then the user's own lists, then each id
 * lookup, most precise first, until one names an item of a fitting type. A media with no id at all
 * (a player that names its title by its words) is looked up by its title, when `answerTitle` is given.
 */
export async function resolveBy(
  media: MediaRef,
  library: Pick<Library, 'lookup'>,
  answer: (lookup: IdLookup) => Promise<SimklItem[]>,
  overridden?: OverrideReader,
  answerTitle?: (lookup: TitleLookup) => Promise<SimklItem | null>,
): Promise<SimklItem | null> {
  const chosen = await overridden?.(media);
  if (chosen) return chosen;
  const target = lookupTarget(media);
  const entry = await library.lookup(target.ids, target.kind);
  if (entry) return itemOf(entry);
  for (const lookup of idLookups(target)) {
    const item = pickItem(await answer(lookup), lookup.types);
    if (item) return item;
  }
  const byTitle = answerTitle && titleLookup(media);
  return byTitle ? answerTitle(byTitle) : null;
}
