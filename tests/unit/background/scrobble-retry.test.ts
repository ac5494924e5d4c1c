import { beforeEach, describe, expect, it, vi } from 'vitest';
import { LIVE_RETRIES, liveRetryDelay } from '../../../lib/background/scrobble/live-retry';
import { SimklError } from '../../../lib/errors';
import { freshIndexedDb } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';
import { playerSays, scrobblerUnderTest, scrobblesSent } from './scrobbler-under-test';

/** Simkl's per-second refusal of a POST, as the transport throws it. */
const limited = (retryAfter?: number) =>
  new SimklError('rate-limit', 'rate_limit', { status: 429, retryAfter, uncertain: true });

let h: Harness;
let waits: Array<{ delay: number; wake: () => void }>;

const scrobbler = () => scrobblerUnderTest(h, { schedule: (delay, wake) => waits.push({ delay, wake }) });
const say = playerSays;
const sent = () => scrobblesSent(h);

/** Runs the next waiting retry and waits until it was sent, or until it was plainly dropped. */
async function wakeNext(): Promise<void> {
  const before = sent().length;
  const next = waits.shift();
  next?.wake();
  // A dropped retry sends nothing: a few turns of the event loop are all it could take.
  await vi.waitFor(() => expect(sent().length).toBeGreaterThan(before), { timeout: 200 }).catch(() => {});
}

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
  waits = [];
});

describe('when a refused start or pause is sent again', () => {
  it('waits Simkl’s Retry-After when it is longer than the backoff, and gives up after the last try', () => {
    expect(liveRetryDelay(limited(), 1)).toBe(2_000);
    expect(liveRetryDelay(limited(), 2)).toBe(4_000);
    expect(liveRetryDelay(limited(9), 1)).toBe(9_000);
    expect(liveRetryDelay(limited(), LIVE_RETRIES + 1)).toBeNull();
  });

  it('never retries what waiting will not fix', () => {
    expect(liveRetryDelay(new SimklError('app-limit', 'app_limit_exceeded', { status: 429 }), 1)).toBeNull();
    expect(liveRetryDelay(new SimklError('offline', 'offline', { uncertain: true }), 1)).toBeNull();
    expect(liveRetryDelay(new SimklError('bad-request', 'bad', { status: 400 }), 1)).toBeNull();
    expect(liveRetryDelay(new Error('boom'), 1)).toBeNull();
  });
});

describe('a start answered 429', () => {
  it('is sent again after the wait, once, with where playback is by then', async () => {
    h.simkl.fail('scrobble', limited(1));
    const s = scrobbler();
    await s.message(1, say('start', 2));
    expect(waits.map((wait) => wait.delay)).toEqual([2_000]);
    await s.message(1, say('progress', 3));
    await wakeNext();
    // The refused one is counted by the fake too: the first went out and was refused, the second landed.
    expect(sent()).toEqual(['start 2', 'start 3']);
    expect(waits).toEqual([]);
  });

  it('keeps trying while Simkl keeps refusing, then gives it up', async () => {
    h.simkl.fail('scrobble', limited(), { times: LIVE_RETRIES + 1 });
    const s = scrobbler();
    await s.message(1, say('start', 2));
    for (let i = 0; i < LIVE_RETRIES; i++) await wakeNext();
    expect(sent()).toHaveLength(LIVE_RETRIES + 1);
    expect(waits).toEqual([]);
  });

  it('is dropped when a later pause of the same playback came first', async () => {
    h.simkl.fail('scrobble', limited());
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(1, say('pause', 30));
    await wakeNext();
    expect(sent()).toEqual(['start 2', 'pause 30']);
  });

  it('is dropped when the playback stopped or was no longer tracked', async () => {
    h.simkl.fail('scrobble', limited(), { times: 2 });
    const s = scrobbler();
    await s.message(1, say('start', 2));
    await s.message(2, say('start', 2));
    await s.message(1, say('stop', 30));
    await s.ignore(2);
    const before = sent().length;
    await wakeNext();
    await wakeNext();
    expect(sent()).toHaveLength(before);
  });
});
