/**
 * One IndexedDB transaction for a batch of mirror changes: entries, their id index and their
 * episodes move together, so a full sync of a type is one transaction instead of a put per item
 * (or a transaction per store), and a reader never sees an entry without its index rows.
 */
import type { SimklType } from '../media';
import type { LibraryDb } from './db';
import { entryIdKeys } from './id-keys';
import type { StoredEntry, StoredEpisodes } from './types';

export interface MirrorBatch {
  /** null deletes the entry, and its episodes with it. */
  entries: Array<[string, StoredEntry | null]>;
  /** Episode records by entry key; null deletes. */
  episodes?: Array<[string, StoredEpisodes | null]>;
  /**
   * What Simkl lists of a type (a full sync, or the ids listing that finds removals): the type's
   * synced entries not in `keep` are dropped; entries only the outbox knows stay.
   */
  replace?: { type: SimklType; keep: ReadonlySet<string> };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function finished(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function idKeysOf(stored: StoredEntry | null | undefined): Set<string> {
  const found = new Set<string>();
  for (const entry of [stored?.truth, stored?.local?.entry]) {
    if (entry) for (const key of entryIdKeys(entry)) found.add(key);
  }
  return found;
}

const typeRange = (type: SimklType) => IDBKeyRange.bound(`${type}:`, `${type}:\uffff`);

/**
 * The stored entries the batch overwrites: a whole type in two reads when the batch replaces it
 * (thousands of gets would cost more than the writes), any other key one by one.
 */
async function readPrevious(store: IDBObjectStore, keys: string[], type?: SimklType) {
  const found = new Map<string, StoredEntry>();
  if (type) {
    const [typeKeys, values] = await Promise.all([
      request(store.getAllKeys(typeRange(type))),
      request(store.getAll(typeRange(type))),
    ]);
    typeKeys.forEach((key, position) => {
      found.set(String(key), values[position] as StoredEntry);
    });
  }
  const rest = keys.filter((key) => !found.has(key) && !(type && key.startsWith(`${type}:`)));
  const values = await Promise.all(rest.map((key) => request<StoredEntry>(store.get(key))));
  rest.forEach((key, position) => {
    const value = values[position];
    if (value) found.set(key, value);
  });
  return found;
}

async function apply(tx: IDBTransaction, batch: MirrorBatch): Promise<number> {
  const entries = tx.objectStore('entries');
  const ids = tx.objectStore('ids');
  const episodes = tx.objectStore('episodes');
  const changes = new Map(batch.entries);
  const previous = await readPrevious(entries, [...changes.keys()], batch.replace?.type);
  if (batch.replace) {
    const { type, keep } = batch.replace;
    // What Simkl no longer lists goes; what only the outbox knows (no truth yet) stays.
    for (const [key, stored] of previous) {
      if (key.startsWith(`${type}:`) && !keep.has(key) && stored.truth && !changes.has(key))
        changes.set(key, null);
    }
  }
  const staleIds: Array<[string, string]> = [];
  for (const [key, next] of changes) {
    const nextIds = idKeysOf(next);
    for (const id of nextIds) ids.put(key, id);
    for (const id of idKeysOf(previous.get(key))) if (!nextIds.has(id)) staleIds.push([id, key]);
  }
  // Another item may have taken over an id since; only drop index rows that still point here.
  const owners = await Promise.all(staleIds.map(([id]) => request<string>(ids.get(id))));
  staleIds.forEach(([id, key], position) => {
    if (owners[position] === key) ids.delete(id);
  });
  for (const [key, next] of changes) {
    if (next) entries.put(next, key);
    else {
      entries.delete(key);
      episodes.delete(key);
    }
  }
  for (const [key, next] of batch.episodes ?? []) {
    if (next) episodes.put(next, key);
    else episodes.delete(key);
  }
  return changes.size;
}

/** Applies the batch in one readwrite transaction; answers how many entries it wrote or dropped. */
export async function writeBatch(db: LibraryDb, batch: MirrorBatch): Promise<number> {
  if (batch.entries.length === 0 && !batch.episodes?.length && !batch.replace) return 0;
  const tx = await db.transaction(['entries', 'ids', 'episodes'], 'readwrite');
  const done = finished(tx);
  try {
    const count = await apply(tx, batch);
    await done;
    return count;
  } catch (error) {
    done.catch(() => undefined);
    try {
      tx.abort();
    } catch {
      // Already finished or aborted.
    }
    throw error;
  }
}
