import { clear, delMany, get, getMany, keys, setMany, values } from 'idb-keyval';
import type { LibraryEntry, SimklType } from '../media';
import type { LibraryDb } from './db';
import { entryIdKeys } from './id-keys';
import type { StoredEntry } from './types';

/** The shown state of a stored item: the optimistic one while there is one. */
export function shownEntry(stored: StoredEntry | undefined): LibraryEntry | null {
  if (!stored) return null;
  return stored.local ? stored.local.entry : stored.truth;
}

function idKeysOf(stored: StoredEntry | null | undefined): Set<string> {
  const found = new Set<string>();
  if (!stored) return found;
  for (const entry of [stored.truth, stored.local?.entry]) {
    if (entry) for (const key of entryIdKeys(entry)) found.add(key);
  }
  return found;
}

/** Entries plus their id index; callers serialise writes (see serial.ts). */
export function createMirrorStore(db: LibraryDb) {
  return {
    read: (key: string) => get<StoredEntry>(key, db.entries),
    readMany: (entryKeys: string[]) => getMany<StoredEntry>(entryKeys, db.entries),
    resolveIds: (idKeys: string[]) => getMany<string>(idKeys, db.ids),
    /** Every stored item, in one read transaction. */
    readAll: () => values<StoredEntry>(db.entries),

    async keysOfType(type: SimklType): Promise<string[]> {
      const all = await keys<string>(db.entries);
      return all.filter((key) => key.startsWith(`${type}:`));
    },

    /** Writes (or deletes, with null) entries and keeps the id index in step. */
    async writeMany(changes: Array<[string, StoredEntry | null]>): Promise<void> {
      if (changes.length === 0) return;
      const previous = await getMany<StoredEntry>(
        changes.map(([key]) => key),
        db.entries,
      );
      const indexSets: Array<[string, string]> = [];
      const staleIds: Array<[string, string]> = [];
      changes.forEach(([key, next], position) => {
        const nextIds = idKeysOf(next);
        for (const id of nextIds) indexSets.push([id, key]);
        for (const id of idKeysOf(previous[position])) if (!nextIds.has(id)) staleIds.push([id, key]);
      });
      // Another item may have taken over an id since; only drop index rows that still point here.
      const owners = await getMany<string>(
        staleIds.map(([id]) => id),
        db.ids,
      );
      const idDeletes = staleIds.filter(([, key], position) => owners[position] === key).map(([id]) => id);
      await delMany(idDeletes, db.ids);
      await setMany(indexSets, db.ids);
      await delMany(
        changes.filter(([, next]) => next === null).map(([key]) => key),
        db.entries,
      );
      await setMany(
        changes.filter((change): change is [string, StoredEntry] => change[1] !== null),
        db.entries,
      );
    },

    async clear(): Promise<void> {
      await clear(db.entries);
      await clear(db.ids);
      await clear(db.meta);
    },
  };
}

export type MirrorStore = ReturnType<typeof createMirrorStore>;
