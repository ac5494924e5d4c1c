/**
 * Rate it after a finish, the background's half (lib/background/scrobble/rate-finished.ts, scrobbler.ts):
 * only the playback a tab just finished is rated, as ONE outbox write to its show, and the answer says
 * what really became of it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createFinishedRating } from '../../../lib/background/scrobble/rate-finished';
import { SimklError } from '../../../lib/errors';
import type { PlayerMessage } from '../../../lib/messaging';
import { freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness, writeCalls } from '../outbox/harness';
import { playerSays, scrobblerUnderTest } from './scrobbler-under-test';

let h: Harness;

const scrobbler = () =>
  scrobblerUnderTest(h, { rateFinished: createFinishedRating({ resolver: h.resolver, outbox: h.outbox }) });
const say = (kind: PlayerMessage['kind'], progress: number) =>
  playerSays(kind, progress, { key: '70216940' });
const rating = (value: number, key = '70216940') => ({
  kind: 'rate' as const,
  service: 'netflix' as const,
  key,
  rating: value,
});

/** What each /sync/ratings write named: the title's Simkl id and the rating. */
function ratingWrites(): string[] {
  return h.simkl.callsOf('addRatings').map((call) => JSON.stringify(call.args[0]));
}

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

describe('Rate it after a finish', () => {
  it('rates the show of the episode the tab just finished: one write, said saved once Simkl took it', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 96));
    expect(await s.rate(1, rating(8))).toBe('saved');
    expect(writeCalls(h).filter((method) => method === 'addRatings')).toEqual(['addRatings']);
    expect(ratingWrites()[0]).toContain(`"simkl":${GOT.ids.simkl}`);
    // Landed on the show itself: Simkl rates shows, not episodes.
    expect(h.simkl.entry('show', GOT.ids.simkl)?.rating).toBe(8);
  });

  it('says "waiting" when the write is kept for later (offline), and sends it once after', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 96));
    await h.outbox.flush();
    h.simkl.fail('addRatings', new SimklError('offline', 'Failed to fetch'));
    expect(await s.rate(1, rating(7))).toBe('waiting');
    expect((await h.outbox.pending()).writes.map((write) => write.label).join()).toContain('7');
  });

  it('refuses a rating for a playback the tab did not finish, or that was never counted watched', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    expect(await s.rate(1, rating(8))).toBe('failed');
    await s.message(1, say('stop', 40));
    expect(await s.rate(1, rating(8))).toBe('failed');
    expect(await s.rate(2, rating(8))).toBe('failed');
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 96));
    expect(await s.rate(1, rating(8, 'another key'))).toBe('failed');
    expect(h.simkl.callsOf('addRatings')).toEqual([]);
  });

  it('forgets the finished playback when its tab closes', async () => {
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(1, say('stop', 96));
    await s.disconnected(1);
    expect(await s.rate(1, rating(8))).toBe('failed');
  });
});
