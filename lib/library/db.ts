import type { UseStore } from 'idb-keyval';

/** The mirror's object stores, all in one database so that one transaction can span them. */
export const MIRROR_STORES = ['entries', 'ids', 'meta', 'episodes'] as const;
export type MirrorStoreName = (typeof MIRROR_STORES)[number];

/**
 * Raised when a store is added: the upgrade creates the stores missing (Chromium refuses a store
 * added without a version change, which is why idb-keyval's one-store databases cannot grow).
 */
const MIRROR_VERSION = 1;

/**
 * The mirror's IndexedDB stores. Each is an idb-keyval store (get/set/getMany work on it), and
 * `transaction` opens one over several for a batch (mirror-batch.ts).
 */
export interface LibraryDb {
  /** `${type}:${simkl}` → StoredEntry */
  entries: UseStore;
  /** `imdb:tt0133093`, `tmdb:movie:603`, `mal:16498`… → entry key */
  ids: UseStore;
  /** 'activities', 'lastSyncAt', 'lastError', 'skipped', 'owner' */
  meta: UseStore;
  /** `${type}:${simkl}` of a show or anime → StoredEpisodes (kept apart so entries stay small) */
  episodes: UseStore;
  transaction(stores: readonly MirrorStoreName[], mode: IDBTransactionMode): Promise<IDBTransaction>;
}

function opened<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

/**
 * Before version 1.x the mirror kept one database per store; their data is refetched by a full sync.
 * Dropped when the mirror's database is first made, not on every open: each deletion is a queued
 * request every page that reads the mirror (the popup's first paint) would wait behind.
 */
function dropLegacyDatabases(prefix: string): void {
  for (const name of [prefix, `${prefix}-ids`, `${prefix}-meta`]) {
    try {
      indexedDB.deleteDatabase(name);
    } catch {
      // Nothing to drop, or IndexedDB refuses: the old data only takes space.
    }
  }
}

export function openLibraryDb(prefix = 'simkl-extension-library'): LibraryDb {
  let database: Promise<IDBDatabase> | undefined;
  const connect = (): Promise<IDBDatabase> => {
    if (database) return database;
    const request = indexedDB.open(`${prefix}-mirror`, MIRROR_VERSION);
    request.onupgradeneeded = (event) => {
      if (event.oldVersion === 0) dropLegacyDatabases(prefix);
      for (const name of MIRROR_STORES)
        if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
    };
    const current = opened(request);
    database = current;
    current.then(
      (db) => {
        // A newer version elsewhere (or the browser) closes it: reopen on the next use.
        const forget = () => {
          if (database === current) database = undefined;
        };
        db.onversionchange = () => {
          db.close();
          forget();
        };
        db.onclose = forget;
      },
      () => {
        if (database === current) database = undefined;
      },
    );
    return current;
  };
  const store =
    (name: MirrorStoreName): UseStore =>
    (mode, callback) =>
      connect().then((db) => callback(db.transaction(name, mode).objectStore(name)));
  return {
    entries: store('entries'),
    ids: store('ids'),
    meta: store('meta'),
    episodes: store('episodes'),
    transaction: async (stores, mode) => (await connect()).transaction([...stores], mode),
  };
}
