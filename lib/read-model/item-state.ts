/**
 * The read model of one title: what the popup and the in-page control show for a page's media.
 * The background answers `status` with it, and the popup computes the same view itself from the
 * shared IndexedDB before the worker is awake (local-view.ts): one set of rules, two callers.
 */
import type { ErrorData } from '../errors';
import type { FoundEntry, Library } from '../library/types';
import type { DetectedMedia, LibraryEntry, MediaIds, MediaKind, SimklItem } from '../media';
import type { OutboxWrite, WriteTarget } from '../outbox/types';
import type { Resolver } from '../resolve/resolver';
import { writeTargetOf } from './media-target';
import { matchInMirror } from './mirror-match';

/** Where the read model reads from: the live services in the background, the stores in the popup. */
export interface ItemSources {
  library: Pick<Library, 'find' | 'findItem'>;
  resolver: Resolver;
  /** The signed-in user's writes about the title (queued, sending and failed). */
  writesFor(ids: MediaIds, kind?: MediaKind): Promise<OutboxWrite[]>;
}

export interface ItemState {
  item: SimklItem | null;
  truth: LibraryEntry | null;
  target: WriteTarget;
  writes: OutboxWrite[];
  /** The item is the user's choice for the page ("Not this?"). */
  overridden?: true;
  /** Simkl could not be asked which item the page is about (mirror-match.ts). */
  lookupFailed?: ErrorData;
}

/** Mirror first (no request); only a title the mirror lacks is resolved (cached, then /search/id). */
export async function readItemState(sources: ItemSources, media: DetectedMedia): Promise<ItemState> {
  const { found, item, overridden, lookupFailed } = await matchInMirror(
    sources.library,
    sources.resolver,
    media,
  );
  const target = writeTargetOf(media, item);
  // The user's choice is written by its Simkl id alone: the page's own id names another item at
  // Simkl, and writes made for that item (sharing the page's id) are not this one's to replay.
  if (overridden && item) target.ids = { simkl: item.ids.simkl };
  const writes = await sources.writesFor(target.ids, target.kind);
  const state: ItemState = { item, truth: baseOf(found, writes), target, writes };
  if (lookupFailed) state.lookupFailed = lookupFailed;
  return overridden ? { ...state, overridden } : state;
}

/**
 * Between a write landing and the sync after it, only the mirror's optimistic copy holds the
 * change; with no write left to replay, that copy is the base (else the page flickers back).
 */
function baseOf(found: FoundEntry | null, writes: OutboxWrite[]): LibraryEntry | null {
  const replaying = writes.some((write) => write.state !== 'failed');
  return (replaying ? found?.truth : found?.shown) ?? null;
}
