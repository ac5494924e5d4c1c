/**
 * Crunchyroll's players scrobbled through the player engine (scenarios/crunchyroll-player.ts), in one
 * session per browser: the site turned on from the options, the newer player's question answered Yes and
 * Frieren's episode finished at 85 %; then at once, each in its own tab on its own episode, the newer
 * player's scenarios on Attack on Titan (streaming-flows.ts: pause and resume, 40 %, an ad, autoplay, the
 * tab closed at 90 %) and the older player's in static.crunchyroll.com's frame on Hunter x Hunter
 * (crunchyroll-frame-flows.ts); last, "Mark as watched at" at 90 % and Not this? on Steins;Gate, matched
 * by its title (streaming-match.ts). Each prints the scrobble requests it saw.
 */
import { beforeAll, expect, it } from 'vitest';
import { CRUNCHYROLL_SERIES, crunchyrollWatchUrl } from '../fixtures/sites/crunchyroll-episodes';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, clickInControl } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  crunchyrollFootprintBecomes,
  ON,
  SEARCH_PAGE,
  SITE_HOSTS,
  WATCH_PAGE,
} from './scenarios/crunchyroll';
import { FRAME_NAMED, frameScenarios, HUNTER_X_HUNTER_FRAME } from './scenarios/crunchyroll-frame-flows';
import {
  ATTACK_ON_TITAN,
  CODE_GEASS,
  FRIEREN,
  playInPage,
  playPageAd,
  STEINS_GATE,
  watchedAnimeEpisodes,
} from './scenarios/crunchyroll-player';
import { click, closePage, goto, waitForText } from './scenarios/extension-pages';
import { playbackLine, seekTo, waitForScrobbles } from './scenarios/scrobble';
import { answeredScrobbles } from './scenarios/scrobble-log';
import { eventually, signInFromTheControl } from './scenarios/slice';
import {
  expectTheScenariosOutcome,
  type StreamingCase,
  type StreamingRun,
  streamingScenarios,
  watchedEpisodes,
} from './scenarios/streaming-flows';
import { notThisMovesTheScrobble, thresholdAt90 } from './scenarios/streaming-match';
import { FIREFOX_PREFS } from './scenarios/streaming-suite';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The player reports progress to the background every 2 s; a stop uses the last report. */
const letTheBackgroundHear = () => pause(3_000);
async function waitForLine(page: AnyPage, ready: RegExp, timeoutMs = 20_000): Promise<void> {
  const line = await eventually(
    () => playbackLine(page).catch(() => ''),
    (text) => ready.test(text),
    timeoutMs,
  );
  expect(line).toMatch(ready);
}

/** The newer player on Attack on Titan, found by its series id; its ad on E3. */
const attackOnTitan: StreamingCase = {
  service: 'crunchyroll',
  showSimkl: ATTACK_ON_TITAN,
  library: 'anime',
  episodeUrl: (episode) => crunchyrollWatchUrl('attackOnTitan', episode),
  leaveUrl: SEARCH_PAGE,
  async playNoProgramme(page) {
    await goto(page, crunchyrollWatchUrl('attackOnTitan', 3));
    await playPageAd(page);
  },
};
const steinsGate: StreamingCase = {
  ...attackOnTitan,
  showSimkl: STEINS_GATE,
  episodeUrl: (episode) => crunchyrollWatchUrl('steinsGate', episode),
};

describeInBrowsers(
  'Crunchyroll playback, through the player engine',
  { scenario: 'crunchyroll-player', browsersAtOnce: true },
  (suite) => {
    let session: Session;
    let page: AnyPage;

    beforeAll(async () => {
      // Several playbacks at once are no one viewer's pace: the service's per-user POST limit would answer
      // 429 to whichever came second (its limits have e2e tests of their own).
      session = await suite.start({ firefoxPrefs: FIREFOX_PREFS, world: { rateLimits: false } });
      page = await session.newPage();
      await signInFromTheControl(session.world, page);
      if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', SITE_HOSTS);
      const options = await session.openExtensionPage('options.html');
      await waitForText(options, '[data-testid="more-sites"] h2', /More sites/);
      await click(options, 'input[data-optional-site="crunchyroll"]');
      await crunchyrollFootprintBecomes(options, ON);
      await closePage(options);
    });

    it('the newer player: Yes, played to 85 % then left → /scrobble/start then /scrobble/stop, one watched episode', async () => {
      session.world.control.clearLog();
      await goto(page, WATCH_PAGE);
      await playInPage(page);
      await clickInControl(page, '[data-k="track-yes"]');
      await waitForScrobbles(session.world.control, 1);
      await waitForLine(page, /^Simkl: Watching now · .*S1E5 · \d+ %$/);
      await seekTo(page, 85);
      await waitForLine(page, /· 8[5-9] %$/);
      await letTheBackgroundHear();
      await goto(page, SEARCH_PAGE);
      await eventually(
        () => watchedAnimeEpisodes(session.world),
        (episodes) => episodes.length > 0,
      );
      const records = await answeredScrobbles(
        session.world.control,
        session.browser,
        'Crunchyroll newer player, leave at 85 %',
      );
      expect(records.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
      expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(85);
      expect(watchedAnimeEpisodes(session.world)).toEqual([`${FRIEREN} E5`]);
    });

    it('at once: the newer player on Attack on Titan (start, pause, resume and 85 %; 40 %; an ad; autoplay; the tab closed at 90 %) and the older player in its frame (40 %; an ad; the tab closed at 90 %)', async () => {
      session.world.control.clearLog();
      const run: StreamingRun = {
        browser: session.browser,
        world: session.world,
        newTab: () => session.newPage(),
      };
      await Promise.all([...streamingScenarios(run, attackOnTitan), ...frameScenarios(run)]);
      await expectTheScenariosOutcome(run, attackOnTitan, FRAME_NAMED);
      expect(watchedEpisodes(session.world, HUNTER_X_HUNTER_FRAME)).toEqual([3]);
    }, 150_000);

    it('"Mark as watched at" at 90 % is honoured, and Not this? on Steins;Gate (matched by its title) moves its scrobble', async () => {
      const run: StreamingRun = {
        browser: session.browser,
        world: session.world,
        newTab: () => session.newPage(),
      };
      const options = await session.openExtensionPage('options.html');
      // Not this? leaves its episode at 90 % or more: a stop under either threshold.
      await Promise.all([
        thresholdAt90(run, attackOnTitan, options),
        notThisMovesTheScrobble(run, session.pages, {
          service: steinsGate,
          episode: 1,
          query: 'Code Geass',
          chosenSimkl: CODE_GEASS,
          playing: CRUNCHYROLL_SERIES.steinsGate.name,
        }),
      ]);
      await closePage(options);
    }, 120_000);
  },
);
