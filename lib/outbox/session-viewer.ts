/**
 * The outbox's viewer (owner.ts), asked before every step. A write made while the signed-in user was
 * not known yet carries its session's key only; the first time that session names its user, its
 * writes get the user too, so they stay that user's after the session ends instead of being nobody's.
 */
import type { UseStore } from 'idb-keyval';
import type { Serial } from '../library/serial';
import { readWrites, saveWrite } from './db';
import { type CurrentSession, type Viewer, viewerOf } from './owner';

export interface ViewerReader {
  viewer(): Promise<Viewer>;
  /** A write was stored for a session whose user is not known: the next ask looks for it again. */
  held(): void;
}

export function createViewerReader(
  db: UseStore,
  serial: Serial,
  currentSession: CurrentSession | undefined,
): ViewerReader {
  // The session whose writes were last given their user: spares a read of the queue on every ask.
  let stamped: string | undefined;
  return {
    async viewer() {
      const now = await viewerOf(currentSession);
      if (now === null || now === 'anyone' || !('id' in now)) return now;
      const { session } = now;
      if (session === undefined || session === stamped) return now;
      const user = { id: now.id, name: now.name };
      await serial(async () => {
        for (const write of await readWrites(db)) {
          if (!write.user && write.session === session) await saveWrite(db, { ...write, user });
        }
      });
      stamped = session;
      return now;
    },
    held() {
      stamped = undefined;
    },
  };
}
