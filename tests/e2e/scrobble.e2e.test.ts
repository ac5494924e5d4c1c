/**
 * Netflix scrobbling: the fixture player with a real <video> (the repo's VP8 WebM plays in headless
 * Chromium and Firefox ESR), time moved by seeking. The scenarios live in scenarios/scrobble-flows.ts
 * and run at once (scenarios/scrobble-run.ts): those that only play share one browser, each in its
 * own tab on its own episodes; those that change the world for everyone in it (a fault, the network
 * cut, the settings) or assert that nothing at all was sent have a browser and world of their own.
 * Each prints the scrobble requests it made.
 */
import { describeInBrowsers } from './harness/suite';
import { questionInsideThePlayer } from './scenarios/consent-in-player';
import {
  autoplayScrobblesTheNextEpisode,
  billboardSendsNothing,
  browseThenWatchStartsTracking,
  closeTabAt90,
  leaveAt40,
  offlineAtTheEndLandsOnceOnline,
  pauseResumeThenLeaveAt85,
  refusedStopsBecomeOneHistoryWrite,
} from './scenarios/scrobble-flows';
import { scrobbleScenariosAtOnce } from './scenarios/scrobble-run';

describeInBrowsers('Netflix scrobbling', { scenario: 'scrobble' }, (suite) => {
  const atOnce = scrobbleScenariosAtOnce(suite, { trackNetflix: 'on' });
  // The longest first: the file lasts as long as its slowest scenario.
  atOnce.alone(
    'offline (the network gone) when the episode ends: nothing lost, lands once back online',
    offlineAtTheEndLandsOnceOnline,
    180_000,
  );
  atOnce.shared(
    'autoplay of the next episode stops the first and scrobbles the next separately',
    [21, 22],
    autoplayScrobblesTheNextEpisode,
    150_000,
  );
  atOnce.alone(
    'plays to the end while Simkl fails the stop: ✓ at once, then one history write at the finish time',
    refusedStopsBecomeOneHistoryWrite,
    120_000,
  );
  atOnce.shared(
    'start, pause, resume, then leaving at 85 % marks the episode watched',
    [5],
    pauseResumeThenLeaveAt85,
    120_000,
  );
  atOnce.shared('a stop at 40 % marks nothing', [6], leaveAt40, 120_000);
  atOnce.shared('a tab closed at 90 % still lands', [7], closeTabAt90, 120_000);
  // Alone: its player still asks the one-time question, which the shared session has answered.
  atOnce.alone(
    'the one-time question is seen in the player: over its controls, and inside the full-screen player',
    questionInsideThePlayer,
    120_000,
  );
  // Alone: its episode is the one Netflix's browse page links to, which the autoplay scenario plays too.
  atOnce.alone(
    "browse, then the episode by the site's own navigation: tracking starts as on a page opened there",
    browseThenWatchStartsTracking,
    120_000,
  );
  atOnce.alone(
    'a billboard preview on the browse page sends nothing, even with tracking on',
    billboardSendsNothing,
    120_000,
  );
});
