import { createSessionStore, type StoredSession } from '../../../lib/account/session-store';
import { createItemHandlers } from '../../../lib/background/items/item-handlers';
import type { UserRef } from '../../../lib/library/types';
import { ANA, createAccounts } from '../library/accounts';
import { freshIndexedDb } from '../library/fixtures';
import { createHarness } from '../outbox/harness';

/** The background's session for `user`, as sign-in saves it (the token never read by the tests' pages). */
export function sessionOf(user: UserRef): StoredSession {
  return {
    authVersion: 'v2',
    mode: 'oauth2',
    accessToken: `token-of-${user.name}`,
    clientId: 'simkl-extension-local',
    user: { id: user.id, name: user.name },
    signedInAt: 0,
  };
}

/**
 * The background's stores, filled by its own code (the mirror, the resolver's cache, the outbox and
 * the session) in the default databases an extension page opens, with Ana signed in.
 */
export async function backgroundWorld() {
  freshIndexedDb();
  const accounts = createAccounts();
  const h = createHarness({ accounts });
  accounts.signIn(ANA);
  const sessions = createSessionStore();
  await sessions.save(sessionOf(ANA));
  const handlers = createItemHandlers({
    ...h,
    isSignedIn: async () => (await sessions.load()) !== undefined,
  });
  return { ...h, accounts, sessions, handlers, ana: accounts.of(ANA) };
}
