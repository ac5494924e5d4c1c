/**
 * The user's "Mark as watched at" (docs/architecture.md, A playback): below it a stop never marks the
 * episode watched, even past Simkl's own 80 %; at or above a threshold under 80 % the finished playback
 * goes through the outbox as a history write, since /scrobble/stop would not mark it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';
import { playerSays, scrobblerUnderTest, scrobblesSent } from './scrobbler-under-test';

let h: Harness;

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

/** A playback started at 2 % and stopped at `progress`, under the threshold `watchedAt`. */
async function finish(watchedAt: number, progress: number) {
  const s = scrobblerUnderTest(h, { watchedAtPercent: async () => watchedAt });
  await s.message(1, playerSays('start', 2, { key: '70216940' }));
  await s.message(1, playerSays('stop', progress, { key: '70216940' }));
  await h.outbox.flush();
  return {
    scrobbles: scrobblesSent(h),
    history: h.simkl.callsOf('addToHistory').map((call) => call.args[0]),
  };
}

describe('Mark as watched at', () => {
  it('at 90 %, ends a playback stopped at 85 % as a pause: nothing is marked', async () => {
    expect(await finish(90, 85)).toEqual({ scrobbles: ['start 2', 'pause 85'], history: [] });
  });

  it('at 90 %, marks a playback stopped at 92 % once, as a live stop', async () => {
    expect(await finish(90, 92)).toEqual({ scrobbles: ['start 2', 'stop 92'], history: [] });
  });

  it('at 70 %, lands a playback stopped at 75 % as one history write (a live stop would not mark it)', async () => {
    const { scrobbles, history } = await finish(70, 75);
    expect(scrobbles).toEqual(['start 2']);
    expect(history).toEqual([
      [
        expect.objectContaining({
          ids: expect.objectContaining({ simkl: GOT.ids.simkl }),
          seasons: [{ number: 1, episodes: [{ number: 3 }] }],
        }),
      ],
    ]);
  });

  it('at 70 %, sends a playback stopped at 40 % as a stop that marks nothing', async () => {
    expect(await finish(70, 40)).toEqual({ scrobbles: ['start 2', 'stop 40'], history: [] });
  });

  it('by default (80 %), keeps Simkl’s own rule: 85 % is a live stop', async () => {
    expect(await finish(80, 85)).toEqual({ scrobbles: ['start 2', 'stop 85'], history: [] });
  });
});
