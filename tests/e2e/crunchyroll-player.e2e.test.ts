/**
 * Crunchyroll's players scrobbled through the player engine (scenarios/crunchyroll-player.ts), in one
 * session per browser, scenarios in order: the site turned on from the options, the newer player's
 * question answered Yes and the episode finished at 85 %, then the older player (its video in
 * static.crunchyroll.com's frame) left at 40 %. Each prints the scrobble requests it saw.
 */
import { beforeAll, expect, it } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import { type AnyPage, clickInControl } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  crunchyrollFootprintBecomes,
  OLDER_PLAYER_PAGE,
  ON,
  SEARCH_PAGE,
  SITE_HOSTS,
  WATCH_PAGE,
} from './scenarios/crunchyroll';
import {
  FRIEREN,
  playInFrame,
  playInPage,
  seekInFrame,
  watchedAnimeEpisodes,
} from './scenarios/crunchyroll-player';
import { click, closePage, goto, waitForText } from './scenarios/extension-pages';
import { playbackLine, seekTo, waitForScrobbles } from './scenarios/scrobble';
import { answeredScrobbles } from './scenarios/scrobble-log';
import { eventually, signInFromTheControl } from './scenarios/slice';

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

describeInBrowsers(
  'Crunchyroll playback, through the player engine',
  { scenario: 'crunchyroll-player' },
  (suite) => {
    let session: Session;
    let page: AnyPage;

    beforeAll(async () => {
      session = await suite.start({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
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

    it("the older player's frame: the line says Watching now, and leaving at 40 % marks nothing watched", async () => {
      session.world.control.clearLog();
      await goto(page, OLDER_PLAYER_PAGE);
      await playInFrame(page);
      await waitForLine(page, /^Simkl: Watching now · .+ · \d+ %$/);
      await seekInFrame(page, 40);
      await waitForLine(page, /· (39|4\d) %$/);
      await letTheBackgroundHear();
      await goto(page, SEARCH_PAGE);
      await waitForScrobbles(session.world.control, 2);
      const records = await answeredScrobbles(
        session.world.control,
        session.browser,
        'Crunchyroll older player, leave at 40 %',
      );
      expect(records.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
      expect(records.at(-1)?.progress).toBeLessThan(80);
      expect(watchedAnimeEpisodes(session.world)).toEqual([`${FRIEREN} E5`]);
    });
  },
);
