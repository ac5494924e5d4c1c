/**
 * Rate it after a finish on Max's player line, in Chromium and Firefox ESR: one browser session per
 * browser, signed in, Max turned on from its switch; the scenarios at once, each in a tab of its own
 * (scenarios/player-rate.ts).
 */
import { beforeAll, it } from 'vitest';
import { PLAYER_ONLY_SERVICE_HOSTS } from '../../lib/hosts';
import { maxWatchUrl } from '../fixtures/sites/max-player';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, waitFor } from './scenarios/extension-pages';
import { rateAfterTheFinish } from './scenarios/player-rate';
import { signInFromTheControl } from './scenarios/slice';

const THE_LAST_OF_US = 9200021;

/** Firefox plays media in background tabs only with these (the scenarios' tabs play at once). */
const FIREFOX_PREFS = {
  'extensions.webextOptionalPermissionPrompts': false,
  'media.block-autoplay-until-in-foreground': false,
  'media.suspend-bkgnd-video.enabled': false,
};

describeInBrowsers('Rate it after a finish, on a player-only line', { scenario: 'player-rate' }, (suite) => {
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

  it('the last episode finished, the line offers Rate it: 8 is one /sync/ratings write of the show', async () => {
    await Promise.all([
      rateAfterTheFinish(session.browser, session.world, await session.newPage(), {
        service: 'max',
        showSimkl: THE_LAST_OF_US,
        lastEpisodeUrl: maxWatchUrl(9),
      }),
    ]);
  }, 60_000);
});
