/**
 * Netflix scrobbling in Firefox ESR (the firefox-mv2 build, driven over BiDi): the
 * fixture player with a real <video> (the repo's VP8 WebM plays in headless ESR), time moved by
 * seeking. The scenarios live in scenarios/scrobble-flows.ts, shared with Chromium; each gets its
 * own world, and prints the scrobble requests it made.
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
import { type ScrobbleRun, startFirefoxScrobbleRun } from './scenarios/scrobble-run';

let run: ScrobbleRun | undefined;

afterEach(async () => {
  await run?.close();
  run = undefined;
});

const inFirefox = (scenario: (run: ScrobbleRun) => Promise<void>) => async () => {
  run = await startFirefoxScrobbleRun();
  await scenario(run);
};

describe('Netflix scrobbling in Firefox', () => {
  it(
    'start, pause, resume, then leaving at 85 % marks the episode watched',
    inFirefox(pauseResumeThenLeaveAt85),
    120_000,
  );
  it('a stop at 40 % marks nothing', inFirefox(leaveAt40), 120_000);
  it('a tab closed at 90 % still lands', inFirefox(closeTabAt90), 120_000);
  it(
    'plays to the end while Simkl fails the stop: ✓ at once, then one history write at the finish time',
    inFirefox(refusedStopsBecomeOneHistoryWrite),
    120_000,
  );
  it(
    'a billboard preview on the browse page sends nothing, even with tracking on',
    inFirefox(billboardSendsNothing),
    120_000,
  );
  it(
    'autoplay of the next episode stops the first and scrobbles the next separately',
    inFirefox(autoplayScrobblesTheNextEpisode),
    150_000,
  );
  it(
    'the network gone when the episode ends: nothing lost, lands once when it is back',
    inFirefox(offlineAtTheEndLandsOnceOnline),
    180_000,
  );
});
