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

/** The synced entries of `type` that the batch does not list: a full sync drops them. */
async function unlistedOf(store: IDBObjectStore, type: SimklType, keep: ReadonlySet<string>) {
  const keys = (await request(store.getAllKeys(IDBKeyRange.bound(`${type}:`, `${type}:\uffff`)))).map(String);
  const candidates = keys.filter((key) => !keep.has(key));
  const stored = await Promise.all(candidates.map((key) => request<StoredEntry>(store.get(key))));
  return candidates.filter((_, position) => stored[position]?.truth);
}

async function apply(tx: IDBTransaction, batch: MirrorBatch): Promise<number> {
  const entries = tx.objectStore('entries');
  const ids = tx.objectStore('ids');
  const episodes = tx.objectStore('episodes');
  const changes = new Map(batch.entries);
  if (batch.replace) {
    const { type, keep } = batch.replace;
    for (const key of await unlistedOf(entries, type, keep)) if (!changes.has(key)) changes.set(key, null);
  }
  const keys = [...changes.keys()];
  const previous = await Promise.all(keys.map((key) => request<StoredEntry>(entries.get(key))));
  const staleIds: Array<[string, string]> = [];
  keys.forEach((key, position) => {
    const nextIds = idKeysOf(changes.get(key));
    for (const id of nextIds) ids.put(key, id);
    for (const id of idKeysOf(previous[position])) if (!nextIds.has(id)) staleIds.push([id, key]);
  });
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
