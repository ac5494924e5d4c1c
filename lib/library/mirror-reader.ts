import { get, getMany } from 'idb-keyval';
import type { SimklType } from '../media';
import type { LibraryDb } from './db';
import { findEntryKey } from './find-key';
import { entryKey } from './id-keys';
import { shownEntry } from './mirror-store';
import { OWNER_KEY } from './owner';
import type { Library, StoredEntry } from './types';

export type MirrorReader = Pick<Library, 'lookup' | 'find' | 'findItem'>;

/**
 * The mirror as an extension page reads it (the popup, while the worker sleeps): read-only, and only
 * when it holds `user`'s lists. Null when it holds another user's or nobody's: the background empties
 * it for the next user on its first read (owner.ts), which a page must not do nor pre-empt.
 */
export async function openMirrorFor(db: LibraryDb, user: number): Promise<MirrorReader | null> {
  if ((await get<number>(OWNER_KEY, db.meta)) !== user) return null;
  // Reads only: the mirror store's writer (mirror-batch.ts) stays out of the popup's bundle.
  const store = { resolveIds: (idKeys: string[]) => getMany<string>(idKeys, db.ids) };
  const read = async (key: string | undefined) => (key ? await get<StoredEntry>(key, db.entries) : undefined);
  return {
    async lookup(ids, kindHint) {
      return shownEntry(await read(await findEntryKey(store, ids, kindHint)));
    },
    async find(ids, kindHint) {
      const stored = await read(await findEntryKey(store, ids, kindHint));
      return stored ? { shown: shownEntry(stored), truth: stored.truth } : null;
    },
    async findItem(type: SimklType, simkl: number) {
      const stored = await read(entryKey(type, simkl));
      return stored ? { shown: shownEntry(stored), truth: stored.truth } : null;
    },
  };
}
