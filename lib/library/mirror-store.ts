import { clear, get, getMany, values } from 'idb-keyval';
import type { LibraryEntry } from '../media';
import type { WatchedSeasons } from '../simkl/api';
import type { LibraryDb } from './db';
import { type MirrorBatch, writeBatch } from './mirror-batch';
import type { StoredEntry, StoredEpisodes } from './types';

/** The shown state of a stored item: the optimistic one while there is one. */
export function shownEntry(stored: StoredEntry | undefined): LibraryEntry | null {
  if (!stored) return null;
  return stored.local ? stored.local.entry : stored.truth;
}

/** The shown watched episodes: the optimistic ones while there are some. */
export function shownEpisodes(stored: StoredEpisodes | undefined): WatchedSeasons | null {
  if (!stored) return null;
  return stored.local ?? stored.truth;
}

/** Entries, their id index and episodes; callers serialise writes (see serial.ts). */
export function createMirrorStore(db: LibraryDb) {
  return {
    read: (key: string) => get<StoredEntry>(key, db.entries),
    readMany: (entryKeys: string[]) => getMany<StoredEntry>(entryKeys, db.entries),
    readEpisodes: (key: string) => get<StoredEpisodes>(key, db.episodes),
    resolveIds: (idKeys: string[]) => getMany<string>(idKeys, db.ids),
    /** Every stored item, in one read transaction. */
    readAll: () => values<StoredEntry>(db.entries),

    /** Entries, the id index and episodes in one transaction (mirror-batch.ts). */
    write: (batch: MirrorBatch) => writeBatch(db, batch),
    /** Writes (or deletes, with null) entries and keeps the id index in step. */
    writeMany: (changes: Array<[string, StoredEntry | null]>) => writeBatch(db, { entries: changes }),

    async clear(): Promise<void> {
      await Promise.all([clear(db.entries), clear(db.ids), clear(db.episodes), clear(db.meta)]);
    },
  };
}

export type MirrorStore = ReturnType<typeof createMirrorStore>;
