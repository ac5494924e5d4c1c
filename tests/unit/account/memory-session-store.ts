import type { SessionStore, StoredSession } from '../../../lib/account/session-store';

/** An in-memory store with the same contract, for the session's tests. */
export function createMemorySessionStore(): SessionStore {
  let session: StoredSession | undefined;
  let reason: string | undefined;
  return {
    load: async () => session,
    save: async (value) => {
      session = value;
    },
    clear: async () => {
      session = undefined;
    },
    loadSignedOutReason: async () => reason,
    saveSignedOutReason: async (value) => {
      reason = value;
    },
  };
}
