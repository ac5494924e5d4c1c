/**
 * A finished Netflix episode while Simkl has not yet said who the signed-in user is (offline at sign-in):
 * the stop is stored for that session and goes once the user is known; a session that ends first never
 * hands it to the next account. A stop the outbox cannot store is said on the console and tried live.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Accounts, ANA, BEN, createAccounts } from '../library/accounts';
import { freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';
import { GOT_EPISODE as EPISODE, playerSays, scrobblerUnderTest } from './scrobbler-under-test';

const say = (kind: 'start' | 'stop', progress: number, media = EPISODE) =>
  playerSays(kind, progress, { media });

let users: Accounts;
let h: Harness;

function scrobbler(outbox: Harness['outbox'] = h.outbox) {
  const isSignedIn = async () => (await users.currentSession()) !== undefined;
  return scrobblerUnderTest(h, { api: users.api, outbox, isSignedIn });
}

/** What an account heard from the player, as "kind Simkl-id Eepisode". */
function scrobblesOf(user: typeof ANA): string[] {
  return users
    .of(user)
    .callsOf('scrobble')
    .map((call) => {
      const [kind, target] = call.args as [string, { ids: { simkl?: number }; episode?: number }];
      return `${kind} ${target.ids.simkl ?? '?'} E${target.episode}`;
    });
}

async function watchToTheEnd(): Promise<void> {
  const s = scrobbler();
  await s.message(1, say('start', 2));
  await s.message(1, say('stop', 93));
}

beforeEach(() => {
  freshIndexedDb();
  users = createAccounts();
  h = createHarness({ accounts: users });
  users.signIn(ANA, { named: false });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a stop while the signed-in user is not known yet', () => {
  it('is stored, and sent once the user is known', async () => {
    await watchToTheEnd();
    expect((await h.outbox.pending()).writes.map((write) => write.label)).toEqual([
      'Game of Thrones (2011): watched S01E03',
    ]);
    await h.outbox.flush();
    expect(scrobblesOf(ANA)).toEqual([`start ${GOT.ids.simkl} E3`]);

    users.nameUser();
    await h.outbox.flush();
    expect(scrobblesOf(ANA)).toEqual([`start ${GOT.ids.simkl} E3`, `stop ${GOT.ids.simkl} E3`]);
    expect((await h.outbox.pending()).pending).toBe(0);
  });

  it('is never sent under the next account when the session ends first', async () => {
    await watchToTheEnd();
    users.signIn(undefined);
    users.signIn(BEN);
    await h.outbox.flush();
    expect(scrobblesOf(BEN)).toEqual([]);
    expect(users.of(BEN).callsOf('addToHistory')).toEqual([]);
    expect(await h.outbox.pending()).toMatchObject({ pending: 0, writes: [], unclaimed: 1 });
  });
});

describe('a stop the outbox cannot store', () => {
  it('is said on the console with the title, tried live, and the next playback still counts', async () => {
    users.nameUser();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken = { enqueue: () => Promise.reject(new Error('QuotaExceededError')) };
    const s = scrobbler(broken as unknown as Harness['outbox']);
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 95));
    expect(errors).toHaveBeenCalledWith(
      'Simkl: could not store a finished playback; sending it live',
      expect.objectContaining({ tabId: 1, title: 'Game of Thrones', season: 1, episode: 3, progress: 95 }),
      expect.any(Error),
    );
    expect(scrobblesOf(ANA)).toEqual([`start ${GOT.ids.simkl} E3`, `stop ${GOT.ids.simkl} E3`]);
    await s.message(1, say('start', 1, { ...EPISODE, ids: { netflix: '70216941' }, episode: 4 }));
    expect(scrobblesOf(ANA).at(-1)).toBe(`start ${GOT.ids.simkl} E4`);
  });
});
