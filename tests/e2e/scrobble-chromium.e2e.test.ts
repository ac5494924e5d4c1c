/**
 * Netflix scrobbling in Chromium (docs/architecture.md, A playback): the fixture player with a real <video>, time moved by
 * seeking. The scenarios live in scenarios/scrobble-flows.ts, shared with Firefox; each gets its own
 * world, and prints the scrobble requests it made.
 */
import { afterEach, describe, it } from 'vitest';
import {
  autoplayScrobblesTheNextEpisode,
  billboardSendsNothing,
  closeTabAt90,
  leaveAt40,
  offlineAtTheEndLandsOnceOnline,
  pauseResumeThenLeaveAt85,
  refusedStopsBecomeOneHistoryWrite,
} from './scenarios/scrobble-flows';
import { type ScrobbleRun, startChromiumScrobbleRun } from './scenarios/scrobble-run';

let run: ScrobbleRun | undefined;

afterEach(async () => {
  await run?.close();
  run = undefined;
});

const inChromium = (scenario: (run: ScrobbleRun) => Promise<void>) => async () => {
  run = await startChromiumScrobbleRun();
  await scenario(run);
};

describe('Netflix scrobbling in Chromium', () => {
  it(
    'start, pause, resume, then leaving at 85 % marks the episode watched',
    inChromium(pauseResumeThenLeaveAt85),
    120_000,
  );
  it('a stop at 40 % marks nothing', inChromium(leaveAt40), 120_000);
  it('a tab closed at 90 % still lands', inChromium(closeTabAt90), 120_000);
  it(
    'plays to the end while Simkl fails the stop: ✓ at once, then one history write at the finish time',
    inChromium(refusedStopsBecomeOneHistoryWrite),
    120_000,
  );
  it(
    'a billboard preview on the browse page sends nothing, even with tracking on',
    inChromium(billboardSendsNothing),
    120_000,
  );
  it(
    'autoplay of the next episode stops the first and scrobbles the next separately',
    inChromium(autoplayScrobblesTheNextEpisode),
    150_000,
  );
  it(
    'offline when the episode ends: nothing lost, lands once back online',
    inChromium(offlineAtTheEndLandsOnceOnline),
    180_000,
  );
});
