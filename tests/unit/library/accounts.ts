/**
 * Several Simkl accounts behind one SimklApi, the way tokens reach Simkl: each call lands in the
 * account of whoever is signed in when it is sent. For the tests of "no accounts mixed".
 */
import type { CurrentUser, UserRef } from '../../../lib/library/types';
import type { CurrentSession } from '../../../lib/outbox/owner';
import type { SimklApi } from '../../../lib/simkl/api';
import { createFakeSimkl, type FakeSimkl } from './fake-simkl';

export const ANA: UserRef = { id: 1, name: 'Ana' };
export const BEN: UserRef = { id: 2, name: 'Ben' };

type AnyCall = (...args: unknown[]) => Promise<unknown>;

export function createAccounts(users: UserRef[] = [ANA, BEN]) {
  const accounts = new Map<number, FakeSimkl>(users.map((user) => [user.id, createFakeSimkl()]));
  let signedIn: UserRef | undefined;
  /** Each sign-in is a session of its own; its user may not be known yet (`/users/settings` failed). */
  let session = 0;
  let named = true;
  /** Runs before each call is sent (after the account is chosen): a test can act half-way. */
  let beforeCall: ((method: keyof SimklApi) => Promise<void> | void) | undefined;

  const api = new Proxy({} as SimklApi, {
    get:
      (_target, method: keyof SimklApi) =>
      async (...args: unknown[]) => {
        const account = accounts.get(signedIn?.id ?? 0);
        if (!account) throw new Error('no token');
        await beforeCall?.(method);
        return (account.api[method] as AnyCall)(...args);
      },
  });
  const currentUser: CurrentUser = async () => (named ? signedIn : undefined);
  const currentSession: CurrentSession = async () =>
    signedIn && { key: `session-${session}`, ...(named ? { user: signedIn } : {}) };

  return {
    api,
    currentUser,
    currentSession,
    of: (user: UserRef): FakeSimkl => accounts.get(user.id)!,
    all: (): FakeSimkl[] => [...accounts.values()],
    /** Signs `user` in (a new session); `named: false` = Simkl has not said who it is yet. */
    signIn(user: UserRef | undefined, options: { named?: boolean } = {}): void {
      signedIn = user;
      session += 1;
      named = options.named ?? true;
    },
    /** The session learns its user (`/users/settings` answered at last). */
    nameUser(): void {
      named = true;
    },
    beforeCall(hook: typeof beforeCall): void {
      beforeCall = hook;
    },
    resetCalls(): void {
      for (const account of accounts.values()) account.resetCalls();
    },
  };
}

export type Accounts = ReturnType<typeof createAccounts>;
