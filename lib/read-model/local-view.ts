/**
 * The popup's own read of a title's view, straight from the IndexedDB it shares with the background,
 * so that a sleeping worker does not stand between the user and what is already on this machine.
 * Read-only and token-free: the background still answers (fresh, with air dates) and does every write.
 */
import type { UseStore } from 'idb-keyval';
import { openSessionDb, readSignedInViewer } from '../account/signed-in-viewer';
import { type LibraryDb, openLibraryDb } from '../library/db';
import { openMirrorFor } from '../library/mirror-reader';
import type { DetectedMedia } from '../media';
import type { ItemView } from '../messaging';
import { openOutboxDb, readWrites } from '../outbox/db';
import { writesAbout } from '../outbox/owner';
import { openResolveDb } from '../resolve/cache';
import { createCachedResolver } from '../resolve/cached-resolver';
import { openOverridesDb } from '../resolve/overrides';
import { type ItemSources, readItemState } from './item-state';
import { itemView } from './item-view';

/** The background's databases, by the names it opens them with. */
export interface LocalStores {
  session: UseStore;
  library: LibraryDb;
  resolve: UseStore;
  outbox: UseStore;
  /** The user's corrected matches (resolve/overrides.ts); absent: none are read. */
  overrides?: UseStore;
}

export function openLocalStores(): LocalStores {
  return {
    session: openSessionDb(),
    library: openLibraryDb(),
    resolve: openResolveDb(),
    outbox: openOutboxDb(),
    overrides: openOverridesDb(),
  };
}

/**
 * The view the background's `status` would answer, or null when only the background can tell:
 * signed out, the user not known yet, the mirror holding another user's lists (the background
 * empties it first), or a title that neither the mirror nor a cached lookup names.
 */
export async function readLocalItemView(
  media: DetectedMedia,
  stores: LocalStores = openLocalStores(),
): Promise<ItemView | null> {
  // The queue is read while the mirror is looked up: each read waits for the one before otherwise.
  const allWrites = readWrites(stores.outbox);
  allWrites.catch(() => undefined);
  const viewer = await readSignedInViewer(stores.session);
  if (!viewer) return null;
  const library = await openMirrorFor(stores.library, viewer.id);
  if (!library) return null;
  const sources: ItemSources = {
    library,
    resolver: createCachedResolver(stores.resolve, library, stores.overrides),
    writesFor: async (ids, kind) => writesAbout(await allWrites, viewer, ids, kind),
  };
  const state = await readItemState(sources, media);
  return state.item ? itemView(state) : null;
}
