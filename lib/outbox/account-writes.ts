/**
 * What the queue does as accounts come and go: a user back sends at once; writes left waiting by
 * another user, or by nobody (owner.ts, isUnclaimed), are discarded on request.
 */
import type { UseStore } from 'idb-keyval';
import type { Serial } from '../library/serial';
import { deleteWrite, readWrites, saveWrite } from './db';
import { isMine, isUnclaimed, type Viewer } from './owner';
import type { Outbox, OutboxWrite } from './types';

export interface AccountWritesDeps {
  db: UseStore;
  serial: Serial;
  viewer(): Promise<Viewer>;
  changed(): void;
  flush(): Promise<void>;
}

export function accountWrites(
  deps: AccountWritesDeps,
): Pick<Outbox, 'resumeSession' | 'discardWaiting' | 'discardUnclaimed'> {
  const { db, serial, viewer, changed } = deps;
  /** Deletes, one transaction at a time, the stored writes `drop` picks for the viewer of now. */
  async function discardWhere(drop: (write: OutboxWrite, now: Viewer) => boolean) {
    const now = await viewer();
    await serial(async () => {
      for (const write of await readWrites(db)) if (drop(write, now)) await deleteWrite(db, write.id);
    });
    changed();
  }
  return {
    async resumeSession() {
      const now = await viewer();
      if (now === null) return;
      await serial(async () => {
        // A new token: backoffs earned under the old one (its refusal, its rate limits) no longer apply.
        for (const write of await readWrites(db)) {
          const waiting = write.state === 'queued' && write.notBefore !== undefined;
          if (waiting && isMine(write, now)) await saveWrite(db, { ...write, notBefore: undefined });
        }
      });
      changed();
      await deps.flush();
    },
    discardWaiting: (user) => discardWhere((write, now) => write.user?.id === user && !isMine(write, now)),
    discardUnclaimed: () => discardWhere(isUnclaimed),
  };
}
