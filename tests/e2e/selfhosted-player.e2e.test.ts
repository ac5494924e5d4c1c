/**
 * Plex and Jellyfin on the user's own servers (docs/architecture.md, Self-hosted servers), one session
 * per browser: both addresses added in the options and Plex's hosted app (app.plex.tv) turned on, the
 * permissions granted as a user would. Then at once, each in its own tab on an item of its own
 * (scenarios/selfhosted-flows.ts): Plex's start, pause, resume and 85 %, its autoplay, a playback on
 * app.plex.tv, a trailer on each server, Jellyfin's 40 % and its tab closed at 90 %, and Not this? on a
 * show each server names without ids (streaming-match.ts). Last, "Mark as watched at" at 90 % on Plex
 * beside an address removed. Each prints the scrobble requests it saw.
 */
import { beforeAll, expect, it } from 'vitest';
import {
  JELLYFIN_HOST,
  JELLYFIN_ORIGIN,
  PLEX_HOST,
  PLEX_ORIGIN,
  PLEX_TOKEN,
} from '../fixtures/sites/selfhosted-servers';
import { chromeSiteAccess } from './harness/chromium-site-access';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import { click, closePage, evaluate, goto, waitFor, waitForText } from './scenarios/extension-pages';
import { playVideo } from './scenarios/scrobble';
import { scrobbleRecords } from './scenarios/scrobble-log';
import {
  BLANK,
  JELLYFIN_ITEMS,
  jellyfinCloseAt90,
  jellyfinLeaveAt40,
  jellyfinUrl,
  OWN_SOURCE,
  PLEX_KEYS,
  plexAutoplay,
  plexOnTheHostedApp,
  plexPauseResumeAt85,
  plexThresholdAt90,
  plexUrl,
  trailerSendsNothing,
} from './scenarios/selfhosted-flows';
import {
  addServerAddress,
  BREAKING_BAD,
  GAME_OF_THRONES,
  titleSearches,
  watchedShowEpisodes,
} from './scenarios/selfhosted-player';
import { eventually, signInFromTheControl } from './scenarios/slice';
import { printRecords, type StreamingCase, type StreamingRun } from './scenarios/streaming-flows';
import { notThisMovesTheScrobble, setWatchedAt } from './scenarios/streaming-match';
import { FIREFOX_PREFS } from './scenarios/streaming-suite';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The shows each server names by their titles alone (no Guids, no ProviderIds), and the user's picks. */
const THE_WIRE = 9200011;
const THE_SOPRANOS = 9200012;
const SHERLOCK = 9200008;
const DOCTOR_WHO = 9200001;
const SHERLOCK_E1 = 'e5f6a7b8c9d00718293a4b5c6d7e8f93';

const titleOnly = (service: 'plex' | 'jellyfin', showSimkl: number, url: string): StreamingCase => ({
  service,
  showSimkl,
  episodeUrl: () => url,
  leaveUrl: BLANK,
  player: OWN_SOURCE,
  playNoProgramme: () => Promise.reject(new Error('no trailer in this case')),
});

describeInBrowsers(
  'Plex and Jellyfin on the user’s own servers',
  { scenario: 'selfhosted-player' },
  (suite) => {
    let session: Session;
    let run: StreamingRun;
    let options: AnyPage;

    beforeAll(async () => {
      // Nine playbacks at once are no one viewer's pace: Simkl's per-user POST limit is left out (it has its own e2e).
      session = await suite.start({ firefoxPrefs: FIREFOX_PREFS, world: { rateLimits: false } });
      const page = await session.newPage();
      await signInFromTheControl(session.world, page);
      // Chromium's permission prompt is browser UI no test reaches: the hosts are granted the way its own
      // site access controls do, and the Add click's and the switch's requests then answer at once.
      if (session.browser === 'chromium')
        await chromeSiteAccess(session.chrome, 'grant', [PLEX_HOST, JELLYFIN_HOST, 'app.plex.tv']);
      options = await session.openExtensionPage('options.html');
      await waitForText(options, '#servers-heading', /Your Plex, Jellyfin or Emby server/);
      await addServerAddress(options, 'plex', PLEX_ORIGIN);
      await addServerAddress(options, 'jellyfin', JELLYFIN_ORIGIN);
      await click(options, 'input[data-service="plex"]');
      await waitFor(options, 'input[data-service="plex"]:checked');
      await closePage(page);
      session.world.control.clearLog();
      run = { browser: session.browser, world: session.world, newTab: () => session.newPage() };
    }, 120_000);

    it('at once: Plex (pause and resume, autoplay, app.plex.tv, a trailer), Jellyfin (40 %, the tab closed at 90 %, a trailer), Not this? on each', async () => {
      await Promise.all([
        plexPauseResumeAt85(run),
        plexAutoplay(run),
        plexOnTheHostedApp(run),
        trailerSendsNothing(run, plexUrl(PLEX_KEYS.trailer), 'Plex'),
        jellyfinLeaveAt40(run),
        jellyfinCloseAt90(run),
        trailerSendsNothing(run, jellyfinUrl(JELLYFIN_ITEMS.trailer), 'Jellyfin'),
        notThisMovesTheScrobble(run, session.pages, {
          service: titleOnly('plex', THE_WIRE, plexUrl('6001')),
          episode: 1,
          query: 'The Sopranos',
          chosenSimkl: THE_SOPRANOS,
          playing: 'The Wire',
        }),
        notThisMovesTheScrobble(run, session.pages, {
          service: titleOnly('jellyfin', SHERLOCK, jellyfinUrl(SHERLOCK_E1)),
          episode: 1,
          query: 'Doctor Who',
          chosenSimkl: DOCTOR_WHO,
          playing: 'Sherlock',
        }),
      ]);
      const watchedBreakingBad = await eventually(
        () => watchedShowEpisodes(session.world, BREAKING_BAD).sort(),
        (episodes) => episodes.length >= 3,
      );
      expect(watchedBreakingBad).toEqual(['S1E1', 'S1E3', 'S1E4']);
      expect(watchedShowEpisodes(session.world, GAME_OF_THRONES)).toEqual(['S1E3']);
      // Every request named one scenario's episode: the trailers named nothing.
      const named = new Set(scrobbleRecords(session.world.control).map((r) => `${r.simkl} ${r.episode}`));
      expect([...named].sort()).toEqual(
        [
          ...['S1E1', 'S1E3', 'S1E4', 'S1E5'].map((episode) => `${BREAKING_BAD} ${episode}`),
          ...['S1E2', 'S1E3'].map((episode) => `${GAME_OF_THRONES} ${episode}`),
          ...[THE_WIRE, THE_SOPRANOS, SHERLOCK, DOCTOR_WHO].map((simkl) => `${simkl} S1E1`),
        ].sort(),
      );
      // Ids matched the rest: only the shows without them were searched by title.
      const searched = titleSearches(session.world).map((entry) => JSON.stringify(entry.query));
      expect(searched.every((query) => /Wire|Sherlock|Sopranos|Doctor/i.test(query))).toBe(true);
      // The server's token went to the Plex server alone, in its header.
      const plexRequests = session.world.serverRequests.filter((request) => request.host === PLEX_HOST);
      expect(plexRequests.length).toBeGreaterThan(0);
      expect(plexRequests.every((request) => request.token === PLEX_TOKEN)).toBe(true);
    }, 150_000);

    it('"Mark as watched at" at 90 % is honoured on Plex; beside it, a Jellyfin address removed → nothing is tracked there any more', async () => {
      const addressRemoved = async () => {
        const page = await session.openExtensionPage('options.html');
        await click(page, `[data-server="${JELLYFIN_ORIGIN}"] button`);
        await eventually(
          () =>
            evaluate(
              page,
              (origin) => document.querySelector(`[data-server="${origin}"]`) === null,
              JELLYFIN_ORIGIN,
            ),
          (gone) => gone,
        );
        await closePage(page);
        const before = scrobbleRecords(session.world.control).filter(
          (r) => r.simkl === GAME_OF_THRONES,
        ).length;
        const tab = await run.newTab();
        await goto(tab, jellyfinUrl(JELLYFIN_ITEMS.e2));
        await playVideo(tab);
        await pause(6_000);
        await goto(tab, BLANK);
        await pause(2_000);
        const after = scrobbleRecords(session.world.control).filter((r) => r.simkl === GAME_OF_THRONES);
        printRecords(run, 'Jellyfin, after its address was removed (new requests)', after.slice(before));
        expect(after.length).toBe(before);
        await closePage(tab);
      };
      await setWatchedAt(options, 90);
      await Promise.all([plexThresholdAt90(run), addressRemoved()]);
      expect(watchedShowEpisodes(session.world, BREAKING_BAD)).not.toContain('S1E6');
      await setWatchedAt(options, 80);
    }, 90_000);
  },
);
