import { clear, createStore, del, set, type UseStore, values } from 'idb-keyval';
import type { OutboxWrite } from './types';

export function openOutboxDb(name = 'simkl-extension-outbox'): UseStore {
  return createStore(name, 'writes');
}

/** The stored writes in send order. */
export async function readWrites(db: UseStore): Promise<OutboxWrite[]> {
  const all = await values<OutboxWrite>(db);
  return all.sort((a, b) => a.seq - b.seq);
}

export const saveWrite = (db: UseStore, write: OutboxWrite) => set(write.id, write, db);
export const deleteWrite = (db: UseStore, id: string) => del(id, db);
export const clearWrites = (db: UseStore) => clear(db);
