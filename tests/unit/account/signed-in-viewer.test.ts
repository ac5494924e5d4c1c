import { set } from 'idb-keyval';
import { beforeEach, describe, expect, it } from 'vitest';
import { createSessionStore } from '../../../lib/account/session-store';
import { openSessionDb, readSignedInViewer, VIEWER_KEY } from '../../../lib/account/signed-in-viewer';
import { freshIndexedDb } from '../library/fixtures';
import { sessionOf } from '../read-model/fixtures';

const ANA = { id: 1, name: 'Ana' };

beforeEach(() => {
  freshIndexedDb();
});

describe('who is signed in, kept beside the session without the token', () => {
  it('is saved with the session and gone with it', async () => {
    const store = createSessionStore();
    expect(await readSignedInViewer()).toBeUndefined();
    await store.save(sessionOf(ANA));
    expect(await readSignedInViewer()).toEqual(ANA);
    expect(JSON.stringify(await readSignedInViewer())).not.toContain('token');
    await store.clear();
    expect(await readSignedInViewer()).toBeUndefined();
  });

  it('is nobody while the user id is not known, even if an earlier user was', async () => {
    const store = createSessionStore();
    await store.save(sessionOf(ANA));
    await store.save({ ...sessionOf(ANA), user: { name: 'Ana' } });
    expect(await readSignedInViewer()).toBeUndefined();
  });

  it('is written for a session saved before it existed (an update), on its first load', async () => {
    await set('session', sessionOf(ANA), openSessionDb());
    expect(await readSignedInViewer()).toBeUndefined();
    expect(await createSessionStore().load()).toEqual(sessionOf(ANA));
    expect(await readSignedInViewer()).toEqual(ANA);
  });

  it('ignores a record of the wrong shape', async () => {
    await set(VIEWER_KEY, { id: '1', name: 'Ana' }, openSessionDb());
    expect(await readSignedInViewer()).toBeUndefined();
  });
});
