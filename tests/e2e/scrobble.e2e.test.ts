/**
 * Netflix scrobbling: the fixture player with a real <video> (the repo's VP8 WebM plays in headless
 * Chromium and Firefox ESR), time moved by seeking. The scenarios live in scenarios/scrobble-flows.ts;
 * each gets its own world, and prints the scrobble requests it made.
 */
import { it } from 'vitest';
import { describeInBrowsers } from './harness/suite';
import {
  autoplayScrobblesTheNextEpisode,
  billboardSendsNothing,
  closeTabAt90,
  leaveAt40,
  offlineAtTheEndLandsOnceOnline,
  pauseResumeThenLeaveAt85,
  refusedStopsBecomeOneHistoryWrite,
} from './scenarios/scrobble-flows';
import { type ScrobbleRun, startScrobbleRun } from './scenarios/scrobble-run';

describeInBrowsers('Netflix scrobbling', { scenario: 'scrobble' }, (suite) => {
  /** A fresh world and browser for the test, closed when it ends (the service refuses a second stop). */
  const fresh = (scenario: (run: ScrobbleRun) => Promise<void>) => async () => {
    await scenario(await startScrobbleRun(suite));
  };

  it(
    'start, pause, resume, then leaving at 85 % marks the episode watched',
    fresh(pauseResumeThenLeaveAt85),
    120_000,
  );
  it('a stop at 40 % marks nothing', fresh(leaveAt40), 120_000);
  it('a tab closed at 90 % still lands', fresh(closeTabAt90), 120_000);
  it(
    'plays to the end while Simkl fails the stop: ✓ at once, then one history write at the finish time',
    fresh(refusedStopsBecomeOneHistoryWrite),
    120_000,
  );
  it(
    'a billboard preview on the browse page sends nothing, even with tracking on',
    fresh(billboardSendsNothing),
    120_000,
  );
  it(
    'autoplay of the next episode stops the first and scrobbles the next separately',
    fresh(autoplayScrobblesTheNextEpisode),
    150_000,
  );
  it(
    'offline (the network gone) when the episode ends: nothing lost, lands once back online',
    fresh(offlineAtTheEndLandsOnceOnline),
    180_000,
  );
});
