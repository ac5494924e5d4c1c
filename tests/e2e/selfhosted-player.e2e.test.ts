/**
 * Plex and Jellyfin on the user's own servers (docs/architecture.md, Self-hosted servers), one session
 * per browser: both addresses added in the options (the permission granted as a user would), then on
 * each fixture player a real WebM plays and the scrobbles Simkl received are checked and printed. The
 * scenarios share one tab in turn: Firefox plays media only in the foreground tab.
 */
import { beforeAll, expect, it } from 'vitest';
import {
  JELLYFIN_HOST,
  JELLYFIN_ORIGIN,
  JELLYFIN_PLAYER_URL,
  PLEX_HOST,
  PLEX_ORIGIN,
  PLEX_PLAYER_URL,
  PLEX_TOKEN,
} from '../fixtures/sites/selfhosted-servers';
import { chromeSiteAccess } from './harness/chromium-site-access';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, closePage, evaluate, goto, waitForText } from './scenarios/extension-pages';
import { pauseVideo, playbackLine, playVideo, seekTo, waitForScrobbles } from './scenarios/scrobble';
import { answeredScrobbles } from './scenarios/scrobble-log';
import {
  addServerAddress,
  BREAKING_BAD,
  GAME_OF_THRONES,
  playToTheEnd,
  titleSearches,
  watchedShowEpisodes,
} from './scenarios/selfhosted-player';
import { eventually, signInFromTheControl } from './scenarios/slice';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The player reports progress every 2 s; a stop uses the last report. */
const letTheBackgroundHear = () => pause(3_000);
const BLANK = 'https://www.imdb.com/title/tt0133093/';

async function waitForLine(page: AnyPage, ready: RegExp, timeoutMs = 20_000): Promise<void> {
  const line = await eventually(
    () => playbackLine(page).catch(() => ''),
    (text) => ready.test(text),
    timeoutMs,
  );
  expect(line).toMatch(ready);
}

describeInBrowsers(
  'Plex and Jellyfin on the user’s own servers',
  { scenario: 'selfhosted-player' },
  (suite) => {
    let session: Session;
    let page: AnyPage;

    beforeAll(async () => {
      session = await suite.start({ firefoxPrefs: { 'extensions.webextOptionalPermissionPrompts': false } });
      page = await session.newPage();
      await signInFromTheControl(session.world, page);
      // Chromium's permission prompt is browser UI no test reaches: the hosts are granted the way its own
      // site access controls do, and the Add click's request then answers at once.
      if (session.browser === 'chromium')
        await chromeSiteAccess(session.chrome, 'grant', [PLEX_HOST, JELLYFIN_HOST]);
      const options = await session.openExtensionPage('options.html');
      await waitForText(options, '#servers-heading', /Your Plex, Jellyfin or Emby server/);
      await addServerAddress(options, 'plex', PLEX_ORIGIN);
      await addServerAddress(options, 'jellyfin', JELLYFIN_ORIGIN);
      await closePage(options);
    });

    it('Plex: start, pause, resume, left at 85 % → one watched episode, matched by the show’s Guids with no title search', async () => {
      session.world.control.clearLog();
      await goto(page, PLEX_PLAYER_URL);
      await playVideo(page);
      await waitForLine(page, /^Simkl: Watching now · Breaking Bad S1E3 · \d+ %$/);
      await waitForScrobbles(session.world.control, 1);
      await pauseVideo(page);
      await waitForScrobbles(session.world.control, 2);
      await playVideo(page);
      await waitForScrobbles(session.world.control, 3);
      await seekTo(page, 85);
      await waitForLine(page, /· 8[5-9] %$/);
      await letTheBackgroundHear();
      await goto(page, BLANK);
      await eventually(
        () => watchedShowEpisodes(session.world, BREAKING_BAD),
        (episodes) => episodes.length > 0,
      );
      const records = await answeredScrobbles(
        session.world.control,
        session.browser,
        'Plex, pause, resume, leave at 85 %',
      );
      expect(records.map((record) => record.path)).toEqual([
        '/scrobble/start',
        '/scrobble/pause',
        '/scrobble/start',
        '/scrobble/stop',
      ]);
      expect(records.every((record) => record.simkl === BREAKING_BAD && record.episode === 'S1E3')).toBe(
        true,
      );
      expect(watchedShowEpisodes(session.world, BREAKING_BAD)).toEqual(['S1E3']);
      expect(titleSearches(session.world)).toEqual([]);
      // The server's token went to the Plex server alone, in its header.
      expect(
        session.world.serverRequests
          .filter((request) => request.host === PLEX_HOST)
          .every((r) => r.token === PLEX_TOKEN),
      ).toBe(true);
    });

    it('Plex: autoplay → the old episode stops and the next episode starts on its own', async () => {
      session.world.control.clearLog();
      await goto(page, PLEX_PLAYER_URL);
      await playVideo(page);
      await waitForLine(page, /^Simkl: Watching now · Breaking Bad S1E3 · \d+ %$/);
      await waitForScrobbles(session.world.control, 1);
      await playToTheEnd(page);
      await waitForLine(page, /^Simkl: Watching now · Breaking Bad S1E4 · \d+ %$/, 30_000);
      const seen = await waitForScrobbles(session.world.control, 3);
      const records = await answeredScrobbles(
        session.world.control,
        session.browser,
        'Plex, autoplay to the next episode',
      );
      expect(records.map((record) => `${record.path} ${record.episode}`)).toEqual([
        '/scrobble/start S1E3',
        '/scrobble/stop S1E3',
        '/scrobble/start S1E4',
      ]);
      expect(seen.length).toBe(3);
      // Leaving stops the next episode too; its stop is waited for, so the next scenario starts clean.
      await goto(page, BLANK);
      await waitForScrobbles(session.world.control, 4);
    });

    it('Jellyfin: left at 40 % → nothing watched', async () => {
      session.world.control.clearLog();
      await goto(page, JELLYFIN_PLAYER_URL);
      await playVideo(page);
      await waitForLine(page, /^Simkl: Watching now · Game of Thrones S1E2 · \d+ %$/);
      await waitForScrobbles(session.world.control, 1);
      await seekTo(page, 40);
      await waitForLine(page, /· (39|4\d) %$/);
      await letTheBackgroundHear();
      await goto(page, BLANK);
      await waitForScrobbles(session.world.control, 2);
      const records = await answeredScrobbles(
        session.world.control,
        session.browser,
        'Jellyfin, leave at 40 %',
      );
      expect(records.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
      expect(records.at(-1)?.progress).toBeLessThan(80);
      expect(watchedShowEpisodes(session.world, GAME_OF_THRONES)).toEqual([]);
      expect(titleSearches(session.world)).toEqual([]);
    });

    it('Jellyfin: the tab closed at 90 % → watched', async () => {
      session.world.control.clearLog();
      const tab = await session.newPage();
      await goto(tab, JELLYFIN_PLAYER_URL);
      await playVideo(tab);
      await waitForLine(tab, /^Simkl: Watching now · Game of Thrones S1E2 · \d+ %$/);
      await waitForScrobbles(session.world.control, 1);
      await seekTo(tab, 90);
      await waitForLine(tab, /· (89|9\d) %$/);
      await letTheBackgroundHear();
      await closePage(tab);
      await eventually(
        () => watchedShowEpisodes(session.world, GAME_OF_THRONES),
        (episodes) => episodes.length > 0,
      );
      await answeredScrobbles(session.world.control, session.browser, 'Jellyfin, tab closed at 90 %');
      expect(watchedShowEpisodes(session.world, GAME_OF_THRONES)).toEqual(['S1E2']);
    });

    it('an address removed → nothing is tracked there any more', async () => {
      const options = await session.openExtensionPage('options.html');
      await click(options, `[data-server="${JELLYFIN_ORIGIN}"] button`);
      await eventually(
        () =>
          evaluate(
            options,
            (origin) => document.querySelector(`[data-server="${origin}"]`) === null,
            JELLYFIN_ORIGIN,
          ),
        (gone) => gone,
      );
      await closePage(options);
      session.world.control.clearLog();
      await goto(page, JELLYFIN_PLAYER_URL);
      await playVideo(page);
      await pause(6_000);
      await goto(page, BLANK);
      const records = await answeredScrobbles(
        session.world.control,
        session.browser,
        'Jellyfin, after its address was removed',
      );
      expect(records).toEqual([]);
    });
  },
);
