import type { AuthSession } from '../../account/session-types';
import { viewerOf } from '../../account/signed-in-viewer';
import type { CurrentUser } from '../../library/types';
import type { CurrentSession } from '../../outbox/owner';

/** The session's user as the mirror and the outbox key their data: by Simkl user id. */
export function signedInUser(session: Pick<AuthSession, 'user'>): CurrentUser {
  return async () => {
    const user = await session.user();
    return user?.id === undefined ? undefined : { id: user.id, name: user.name };
  };
}

/**
 * The session as the outbox keys writes (outbox/owner.ts): a write made before the user is known is
 * kept for its session, and gets its user when the session learns it (user-loader.ts retries).
 */
export function signedInSession(session: Pick<AuthSession, 'current'>): CurrentSession {
  return async () => {
    const now = await session.current();
    if (!now) return undefined;
    const user = viewerOf(now.user);
    return user ? { key: now.key, user } : { key: now.key };
  };
}

/**
 * Calls `signedIn` whenever a user signs in who was not signed in just before: after a sign-out, a
 * revocation, or straight over another account. A worker waking up with the same user calls nothing.
 */
export function onUserChange(
  session: Pick<AuthSession, 'onChange'>,
  currentUser: CurrentUser,
  signedIn: () => void,
): void {
  let last: Promise<number | undefined> = currentUser().then((user) => user?.id);
  session.onChange((state) => {
    last = last.then(async (previous) => {
      const user = state.signedIn ? await currentUser() : undefined;
      if (user && user.id !== previous) signedIn();
      return user?.id;
    });
  });
}
