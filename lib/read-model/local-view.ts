/**
 * The popup's own read of a title's view, straight from the IndexedDB it shares with the background,
 * so that a sleeping worker does not stand between the user and what is already on this machine.
 * Read-only and token-free: the background still answers (fresh, with air dates) and does every write.
 */
import type { UseStore } from 'idb-keyval';
import { openSessionDb, readSignedInViewer } from '../account/signed-in-viewer';
import { type LibraryDb, openLibraryDb } from '../library/db';
import { type MirrorReader, openMirrorFor } from '../library/mirror-reader';
import type { UserRef } from '../library/types';
import type { DetectedMedia } from '../media';
import type { ItemView } from '../messaging';
import { openOutboxDb, readWrites } from '../outbox/db';
import { writesAbout } from '../outbox/owner';
import type { OutboxWrite } from '../outbox/types';
import { openResolveDb } from '../resolve/cache';
import { createCachedResolver } from '../resolve/cached-resolver';
import { openOverridesDb } from '../resolve/overrides';
import { entryView, isReplaying } from './entry-view';
import { type ItemSources, readItemState } from './item-state';

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

/** What a title's view is read against: the same for every title, so it can be read ahead. */
export interface LocalReads {
  stores: LocalStores;
  /** The signed-in viewer's mirror; null when there is none to trust (see readLocalItemView). */
  mirror: Promise<{ viewer: UserRef; library: MirrorReader } | null>;
  writes: Promise<OutboxWrite[]>;
}

/**
 * Starts reading the viewer, their mirror and the write queue. The popup calls it before it knows
 * its tab's title, so opening the databases overlaps asking the tab instead of following it.
 */
export function startLocalReads(stores: LocalStores = openLocalStores()): LocalReads {
  const writes = readWrites(stores.outbox);
  const mirror = readSignedInViewer(stores.session).then(async (viewer) => {
    const library = viewer && (await openMirrorFor(stores.library, viewer.id));
    return viewer && library ? { viewer, library } : null;
  });
  // Rejections are the reader's to see; unobserved here they must not count as unhandled.
  writes.catch(() => undefined);
  mirror.catch(() => undefined);
  return { stores, mirror, writes };
}

/**
 * The view the background's `status` would answer, or null when only the background can tell:
 * signed out, the user not known yet, the mirror holding another user's lists (the background
 * empties it first), or a title that neither the mirror nor a cached lookup names.
 */
export async function readLocalItemView(
  media: DetectedMedia,
  reads: LocalReads = startLocalReads(),
): Promise<ItemView | null> {
  const mirror = await reads.mirror;
  if (!mirror) return null;
  const { viewer, library } = mirror;
  const sources: ItemSources = {
    library,
    resolver: createCachedResolver(reads.stores.resolve, library, reads.stores.overrides),
    writesFor: async (ids, kind) => writesAbout(await reads.writes, viewer, ids, kind),
  };
  const state = await readItemState(sources, media);
  if (!state.item) return null;
  // The writes' patches are fetched only when there are writes to play (most opens have none).
  const entry = isReplaying(state.writes)
    ? (await import('./project-entry')).projectEntry(state.truth, state.item, state.writes, state.target)
    : state.truth;
  return entryView(state, entry);
}
