/**
 * The scrobbler as the player engine feeds it (docs/architecture.md, A playback): sessions are a tab's
 * service and key, and a message names its service (checked against the tab's host) and may name a title
 * by its words alone.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { validatePlayerMessage } from '../../../lib/background/intents/validate-scrobble';
import type { PlayerMessage } from '../../../lib/messaging';
import { freshIndexedDb } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';
import { GOT_EPISODE as EPISODE, playerSays, scrobblerUnderTest } from './scrobbler-under-test';

let h: Harness;

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

const scrobbler = () => scrobblerUnderTest(h);
const say = (kind: PlayerMessage['kind'], progress: number, key: string) =>
  playerSays(kind, progress, { key });

describe('the scrobbler keyed by service and key', () => {
  it('ends the old playback when the same tab names a new key, even for the same media', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2, 'a'));
    await s.message(1, say('progress', 30, 'a'));
    await s.message(1, say('start', 1, 'b'));
    const kinds = h.simkl.callsOf('scrobble').map((call) => (call.args as [string])[0]);
    expect(kinds).toEqual(['start', 'stop', 'start']);
    expect(s.tracking()).toEqual([{ tabId: 1, service: 'netflix', media: EPISODE, progress: 1 }]);
  });
});

describe('a player message', () => {
  const titleOnly = {
    kind: 'start',
    service: 'netflix',
    key: '81649856',
    media: {
      site: 'netflix',
      kind: 'episode',
      ids: {},
      show: { ids: {}, title: 'Frieren' },
      season: 1,
      episode: 5,
    },
    progress: 5,
  };

  it('keeps the service and key it names', () => {
    expect(validatePlayerMessage(say('pause', 40, '81649856'))).toEqual(say('pause', 40, '81649856'));
  });

  it('refuses an unknown service, a key out of bounds, and a site that is not the service’s', () => {
    expect(() => validatePlayerMessage({ ...say('start', 5, 'a'), service: 'vimeo' })).toThrow();
    expect(() => validatePlayerMessage({ ...say('start', 5, 'a'), key: 'x'.repeat(201) })).toThrow();
    expect(() =>
      validatePlayerMessage({ ...say('start', 5, 'a'), service: 'hulu', media: { ...EPISODE } }),
    ).toThrow();
  });

  it('refuses a Netflix title without its id: only a service without ids may name one by words', () => {
    expect(() => validatePlayerMessage(titleOnly)).toThrow();
  });
});
