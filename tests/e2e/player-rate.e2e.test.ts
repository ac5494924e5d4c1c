/**
 * Rate it after a finish on Max's player line, in Chromium and Firefox ESR: one browser session per
 * browser, signed in, Max turned on from its switch; the scenarios at once, each in a tab of its own
 * (scenarios/player-rate.ts).
 */
import { beforeAll, it } from 'vitest';
import { PLAYER_ONLY_SERVICE_HOSTS } from '../../lib/hosts';
import { maxWatchUrl } from '../fixtures/sites/max-player';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { findExtensionWindow } from './harness/extension-windows';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, waitFor } from './scenarios/extension-pages';
import { findWhatCouldNotBeTold, rateAfterTheFinish } from './scenarios/player-rate';
import { signInFromTheControl } from './scenarios/slice';

const THE_LAST_OF_US = 9200021;

/** Firefox plays media in background tabs only with these (the scenarios' tabs play at once). */
const FIREFOX_PREFS = {
  'extensions.webextOptionalPermissionPrompts': false,
  'media.block-autoplay-until-in-foreground': false,
  'media.suspend-bkgnd-video.enabled': false,
};

describeInBrowsers(
  'Rate it after a finish, on a player-only line',
  { scenario: 'player-rate', browsersAtOnce: true },
  (suite) => {
    let session: Session;

    beforeAll(async () => {
      session = await suite.start({ firefoxPrefs: FIREFOX_PREFS, world: { rateLimits: false } });
      const page = await session.newPage();
      await signInFromTheControl(session.world, page);
      if (session.browser === 'chromium') {
        await chromeSiteAccess(session.chrome, 'grant', PLAYER_ONLY_SERVICE_HOSTS.max ?? []);
      }
      const options = await session.openExtensionPage('options.html');
      await click(options, 'input[data-service="max"]');
      await waitFor(options, 'input[data-service="max"]:checked');
      session.world.control.clearLog();
    }, 120_000);

    /** The window the background opened (windows.create), among the browser's pages. */
    const findWindow = (pathPart: string) => findExtensionWindow(session, pathPart);

    it('Rate it after the last episode (8: one /sync/ratings write of the show) and, at once, a playback Simkl could not tell found through its search', async () => {
      const [rating, finding] = [await session.newPage(), await session.newPage()];
      await Promise.all([
        rateAfterTheFinish(session.browser, session.world, rating, {
          service: 'max',
          showSimkl: THE_LAST_OF_US,
          lastEpisodeUrl: maxWatchUrl(9),
        }),
        findWhatCouldNotBeTold(session.browser, session.world, finding, maxWatchUrl('unlisted'), findWindow),
      ]);
      // About 15 s alone; with two other e2e files on the two cores it ran past 60 s once (real playback,
      // a finish and a window), so it gets the players' own 120 s, as the streaming suite does.
    }, 120_000);
  },
);
