import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createSessionStore, type StoredSession } from '../../../lib/account/session-store';

const SESSION: StoredSession = {
  authVersion: 'v2',
  mode: 'oauth2',
  accessToken: 'simkl_at_1',
  refreshToken: 'simkl_rt_1',
  expiresAt: 1_800_000_000_000,
  clientId: 'cid',
  signedInAt: 1_700_000_000_000,
};

describe('the session store (IndexedDB)', () => {
  it('saves, loads and clears the session in simkl-extension/session', async () => {
    const store = createSessionStore(createStore('test-db-1', 'session'));
    expect(await store.load()).toBeUndefined();
    await store.save(SESSION);
    // Another handle on the same database sees it: it is really in IndexedDB.
    expect(await createSessionStore(createStore('test-db-1', 'session')).load()).toEqual(SESSION);
    await store.clear();
    expect(await store.load()).toBeUndefined();
  });

  it('uses the database the extension names by default', async () => {
    const store = createSessionStore();
    await store.save(SESSION);
    expect(await createSessionStore(createStore('simkl-extension', 'session')).load()).toEqual(SESSION);
    await store.clear();
  });

  it('ignores a stored value that is not a session', async () => {
    const raw = createStore('test-db-2', 'session');
    await set('session', { accessToken: '', clientId: 'x', authVersion: 'v9' }, raw);
    expect(await createSessionStore(raw).load()).toBeUndefined();
  });

  it('keeps the signed-out reason until it is cleared', async () => {
    const store = createSessionStore(createStore('test-db-3', 'session'));
    await store.saveSignedOutReason('revoked');
    expect(await store.loadSignedOutReason()).toBe('revoked');
    await store.saveSignedOutReason(undefined);
    expect(await store.loadSignedOutReason()).toBeUndefined();
  });
});
