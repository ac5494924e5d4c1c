import type { StoredSession, StoredUser } from './session-store';

/** After `/users/settings` failed, wait this long before asking again. */
export const USER_RETRY_MS = 30_000;

export interface UserLoaderDeps {
  loadUser?: () => Promise<StoredUser>;
  clock: () => number;
  /** Whether the session is still the signed-in one (not signed out or replaced meanwhile). */
  isCurrent(session: StoredSession): boolean;
  save(session: StoredSession): Promise<void>;
}

/** One load of a session's user; `retryAt` is set once it failed. */
interface UserLoad {
  session: StoredSession;
  done: Promise<StoredUser | undefined>;
  retryAt?: number;
}

/**
 * Loads and keeps a session's user (`/users/settings`), whose Simkl id local data is kept by: one
 * request at a time, and after a failure none for USER_RETRY_MS, since every read of the mirror asks
 * who the user is.
 */
export function createUserLoader(deps: UserLoaderDeps) {
  let last: UserLoad | undefined;
  return {
    userOf(session: StoredSession): Promise<StoredUser | undefined> {
      if (session.user?.id !== undefined) return Promise.resolve(session.user);
      const { loadUser } = deps;
      if (!loadUser) return Promise.resolve(undefined);
      if (last?.session === session && (last.retryAt === undefined || deps.clock() < last.retryAt)) {
        return last.done;
      }
      const attempt: UserLoad = { session, done: Promise.resolve(undefined) };
      attempt.done = loadUser()
        .then(async (user) => {
          if (!deps.isCurrent(session)) return undefined;
          session.user = user;
          await deps.save(session);
          return user;
        })
        .catch(() => {
          attempt.retryAt = deps.clock() + USER_RETRY_MS;
          return undefined;
        });
      last = attempt;
      return attempt.done;
    },
  };
}
