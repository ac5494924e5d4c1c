/**
 * The user's "Mark as watched at" (docs/architecture.md, A playback): below it a stop never marks the
 * episode watched, even past Simkl's own 80 %; at or above a threshold under 80 % the finished playback
 * goes through the outbox as a history write, since /scrobble/stop would not mark it.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { createScrobbler } from '../../../lib/background/scrobble/scrobbler';
import type { DetectedMedia } from '../../../lib/media';
import type { PlayerMessage } from '../../../lib/messaging';
import { freshIndexedDb, GOT } from '../library/fixtures';
import { createHarness, type Harness } from '../outbox/harness';

const EPISODE: DetectedMedia = {
  site: 'netflix',
  kind: 'episode',
  ids: { netflix: '70216940' },
  show: { ids: { netflix: '70305903' }, title: 'Game of Thrones' },
  season: 1,
  episode: 3,
};

let h: Harness;

beforeEach(() => {
  freshIndexedDb();
  h = createHarness();
});

/** A playback started at 2 % and stopped at `progress`, under the threshold `watchedAt`. */
async function finish(watchedAt: number, progress: number) {
  const s = createScrobbler({
    api: h.simkl.api,
    resolver: h.resolver,
    outbox: h.outbox,
    isSignedIn: async () => true,
    clock: h.clock,
    watchedAtPercent: async () => watchedAt,
  });
  const say = (kind: PlayerMessage['kind'], at: number): PlayerMessage => ({
    kind,
    service: 'netflix',
    key: '70216940',
    media: EPISODE,
    progress: at,
  });
  await s.message(1, say('start', 2));
  await s.message(1, say('stop', progress));
  await h.outbox.flush();
  return {
    scrobbles: h.simkl.callsOf('scrobble').map((call) => {
      const [kind, target] = call.args as [string, { progress: number }];
      return `${kind} ${Math.round(target.progress)}`;
    }),
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
