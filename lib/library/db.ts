import { createStore, type UseStore } from 'idb-keyval';

/**
 * The mirror's IndexedDB stores. idb-keyval opens each database at version 1 with one store,
 * so every store needs its own database name (Chromium refuses a second store added later).
 */
export interface LibraryDb {
  /** `${type}:${simkl}` → StoredEntry */
  entries: UseStore;
  /** `imdb:tt0133093`, `tmdb:movie:603`, `mal:16498`… → entry key */
  ids: UseStore;
  /** 'activities', 'lastSyncAt', 'lastError' */
  meta: UseStore;
}

export function openLibraryDb(prefix = 'simkl-extension-library'): LibraryDb {
  return {
    entries: createStore(prefix, 'entries'),
    ids: createStore(`${prefix}-ids`, 'ids'),
    meta: createStore(`${prefix}-meta`, 'meta'),
  };
}
