import { describe, expect, it } from 'vitest';
import type { AccountState } from '../../../lib/account/session-types';
import { onUserChange, signedInSession, signedInUser } from '../../../lib/background/account/signed-in-user';

type User = { id?: number; name: string } | undefined;

/** A session whose user the test sets, and whose changes it announces. */
function fakeSession(initial: User) {
  let user = initial;
  const listeners = new Set<(state: AccountState) => void>();
  return {
    user: async () => user,
    onChange(listener: (state: AccountState) => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    become(next: User) {
      user = next;
      for (const listener of listeners) listener({ signedIn: next !== undefined, mode: 'oauth2' });
    },
  };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the signed-in user', () => {
  it('names the user by Simkl id, and nobody while the id is unknown', async () => {
    const session = fakeSession({ id: 7, name: 'Ana' });
    expect(await signedInUser(session)()).toEqual({ id: 7, name: 'Ana' });
    session.become({ name: 'Ana' });
    expect(await signedInUser(session)()).toBeUndefined();
  });

  it('gives the outbox the session, and its user by Simkl id once it is known', async () => {
    let now: { key: string; user?: { id?: number; name: string; avatar?: string } } | undefined;
    const currentSession = signedInSession({ current: async () => now });
    expect(await currentSession()).toBeUndefined();
    now = { key: 's1', user: { name: 'Ana' } };
    expect(await currentSession()).toEqual({ key: 's1' });
    now = { key: 's1', user: { id: 7, name: 'Ana', avatar: 'https://simkl.in/a.jpg' } };
    expect(await currentSession()).toEqual({ key: 's1', user: { id: 7, name: 'Ana' } });
  });

  it('calls back for each user who signs in, not for the same user again', async () => {
    const session = fakeSession({ id: 1, name: 'Ana' });
    const seen: number[] = [];
    const currentUser = signedInUser(session);
    onUserChange(session, currentUser, () => void currentUser().then((user) => seen.push(user?.id ?? 0)));
    session.become({ id: 1, name: 'Ana' });
    await settle();
    expect(seen).toEqual([]);
    session.become(undefined);
    session.become({ id: 2, name: 'Ben' });
    await settle();
    session.become({ id: 1, name: 'Ana' });
    await settle();
    expect(seen).toEqual([2, 1]);
  });
});
