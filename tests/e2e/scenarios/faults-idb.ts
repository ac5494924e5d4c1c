/**
 * The extension's IndexedDB read straight from an extension page: the outbox as it sits on disk and
 * the stored session. This needs no message, so it can look while the service worker is stopped.
 */
import type { StoredSession } from '../../../lib/account/session-store';
import type { OutboxWrite } from '../../../lib/outbox/types';
import type { AnyPage } from '../harness/pages';
import { evaluate } from './extension-pages';

export type StoredWrite = Pick<OutboxWrite, 'id' | 'seq' | 'state' | 'target' | 'action' | 'error'>;

/** Every value of one object store, or the one under `key`; nothing when the store does not exist. */
function readStore(page: AnyPage, db: string, store: string, key?: string): Promise<unknown[]> {
  return evaluate(
    page,
    (where) =>
      new Promise<unknown[]>((resolve, reject) => {
        const opening = indexedDB.open(where.db);
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const connection = opening.result;
          if (!connection.objectStoreNames.contains(where.store)) {
            connection.close();
            resolve([]);
            return;
          }
          const objects = connection.transaction(where.store, 'readonly').objectStore(where.store);
          const reading = where.key === undefined ? objects.getAll() : objects.get(where.key);
          reading.onerror = () => reject(reading.error);
          reading.onsuccess = () => {
            connection.close();
            const found: unknown = reading.result;
            resolve(Array.isArray(found) ? found : found === undefined ? [] : [found]);
          };
        };
      }),
    { db, store, key },
  );
}

/** lib/outbox/db.ts, in send order. */
export async function storedWrites(page: AnyPage): Promise<StoredWrite[]> {
  const writes = (await readStore(page, 'simkl-extension-outbox', 'writes')) as StoredWrite[];
  return writes.sort((a, b) => a.seq - b.seq);
}

/** lib/account/session-store.ts: the tokens, which only extension pages and the background can read. */
export async function storedSession(page: AnyPage): Promise<StoredSession | undefined> {
  const [session] = (await readStore(page, 'simkl-extension', 'session', 'session')) as StoredSession[];
  return session;
}

/** "1 sending, 2 queued": how the queue reads at a glance. */
export function describeQueue(writes: readonly StoredWrite[]): string {
  const counts = new Map<string, number>();
  for (const write of writes) counts.set(write.state, (counts.get(write.state) ?? 0) + 1);
  return [...counts].map(([state, count]) => `${count} ${state}`).join(', ') || 'empty';
}
