/**
 * What the alerts saw, per Simkl user, in the background's own IndexedDB (content scripts cannot
 * open it): a restart announces nothing twice, and one user's ledger never speaks for another
 * (the outbox keeps its writes apart the same way, lib/outbox/owner.ts).
 */
import { clear, createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { AlertLedger, NewEpisode } from './new-episodes';

export interface LedgerStore {
  /** Undefined: never checked for this user since alerts were turned on (the next check is the baseline). */
  read(user: number): Promise<AlertLedger | undefined>;
  write(user: number, ledger: AlertLedger): Promise<void>;
  forget(user: number): Promise<void>;
  /** Alerts turned off: the next time they are turned on starts from a new baseline. */
  clear(): Promise<void>;
}

function isLedger(value: unknown): value is AlertLedger {
  const ledger = value as Partial<AlertLedger> | undefined;
  return (
    typeof ledger === 'object' &&
    ledger !== null &&
    typeof ledger.seen === 'object' &&
    ledger.seen !== null &&
    Array.isArray(ledger.held)
  );
}

export function createLedgerStore(
  db: UseStore = createStore('simkl-extension-alerts', 'ledgers'),
): LedgerStore {
  const keyOf = (user: number) => `user:${user}`;
  return {
    async read(user) {
      const value = await get<unknown>(keyOf(user), db);
      if (!isLedger(value)) return undefined;
      const held = value.held.filter((episode): episode is NewEpisode => typeof episode?.key === 'string');
      return { seen: value.seen, held };
    },
    write: (user, ledger) => set(keyOf(user), ledger, db),
    forget: (user) => del(keyOf(user), db),
    clear: () => clear(db),
  };
}
