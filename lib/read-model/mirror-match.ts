import { type ErrorData, toErrorData } from '../errors';
import type { FoundEntry, Library } from '../library/types';
import type { DetectedMedia, SimklItem } from '../media';
import { lookupTarget } from '../resolve/kinds';
import type { Resolver } from '../resolve/resolver';
import { itemOfEntry } from './media-target';

export interface MirrorMatch {
  /** The user's entry for the title, both states; null when it is not in their lists. */
  found: FoundEntry | null;
  /** The Simkl item the page is about; null when neither the mirror nor Simkl knows it (or offline). */
  item: SimklItem | null;
  /** The item is the user's own choice for the page ("Not this?"), not the lookup's. */
  overridden?: true;
  /** Simkl could not be asked (offline, Simkl failing): the item is not known yet, not unknown. */
  lookupFailed?: ErrorData;
}

/** The Simkl item, with the page's ids added so that writes recorded by them still match it. */
function withPageIds(entryItem: SimklItem, resolved: SimklItem): SimklItem {
  return { ...entryItem, ids: { ...resolved.ids, ...entryItem.ids } };
}

/**
 * The user's entry for a page, by the page's ids first (no request). Simkl's library answers lack
 * some ids (never a Netflix id, often an anime's IMDb id: docs/simkl-api.md, Ids and media objects), so a
 * miss is resolved (cached, then `/search/id`) and the mirror asked again by the Simkl id that lookup found:
 * a title the user is Watching must never read as "not in your lists", nor be written from that stale view.
 */
export async function matchInMirror(
  library: Pick<Library, 'find' | 'findItem'>,
  resolver: Resolver,
  media: DetectedMedia,
): Promise<MirrorMatch> {
  const chosen = await resolver.overridden?.(media);
  if (chosen) return { ...(await entryOf(library, chosen)), overridden: true };
  const { ids, kind } = lookupTarget(media);
  const byPage = await library.find(ids, kind);
  const mirrored = byPage?.shown ?? byPage?.truth;
  if (mirrored) return { found: byPage, item: itemOfEntry(mirrored) };
  // Unknown to Simkl, or Simkl not reachable: the page still gets an answer, just not a matched one,
  // and a failed lookup says why, so it never reads as "Simkl has no match".
  let resolved: SimklItem | null;
  try {
    resolved = await resolver.resolve(media);
  } catch (error) {
    return { found: byPage, item: null, lookupFailed: toErrorData(error) };
  }
  if (!resolved) return { found: byPage, item: null };
  const match = await entryOf(library, resolved);
  return match.found ? match : { found: byPage, item: resolved };
}

/** The mirror's entry for a resolved (or chosen) item, by its Simkl id. */
async function entryOf(library: Pick<Library, 'findItem'>, item: SimklItem): Promise<MirrorMatch> {
  const bySimkl = await library.findItem(item.type, item.ids.simkl);
  const entry = bySimkl?.shown ?? bySimkl?.truth;
  if (!entry) return { found: bySimkl, item };
  return { found: bySimkl, item: withPageIds(itemOfEntry(entry), item) };
}
