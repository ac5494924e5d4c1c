import { get, set } from 'idb-keyval';
import type { LibraryDb } from './db';
import type { Serial } from './serial';
import type { CurrentUser } from './types';

/** The meta key naming the Simkl user whose lists the mirror holds. */
export const OWNER_KEY = 'owner';

export interface OwnerGate {
  /**
   * Whether the mirror may answer now: it holds the signed-in user's lists, after emptying another
   * user's first (`empty` runs inside the serial queue). False while signed out or the user is unknown.
   */
  ready(): Promise<boolean>;
  /** The mirror was emptied (sign-out): the next user claims it afresh. */
  forget(): void;
}

/**
 * The mirror belongs to one Simkl user at a time, by id: a different user's first read or sync
 * empties it (their lists then come by a full sync); the same user coming back keeps theirs. Without
 * `currentUser` (a single-user set-up, as in most tests) everyone may read.
 */
export function createOwnerGate(
  db: LibraryDb,
  serial: Serial,
  currentUser: CurrentUser | undefined,
  empty: () => Promise<void>,
): OwnerGate {
  // Whose mirror this is, as last checked: spares an IndexedDB read on every lookup.
  let claimed: number | undefined;
  return {
    async ready() {
      if (!currentUser) return true;
      const user = await currentUser();
      if (!user) return false;
      if (claimed === user.id) return true;
      await serial(async () => {
        if ((await get<number>(OWNER_KEY, db.meta)) === user.id) return;
        await empty();
        await set(OWNER_KEY, user.id, db.meta);
      });
      claimed = user.id;
      return true;
    },
    forget() {
      claimed = undefined;
    },
  };
}
