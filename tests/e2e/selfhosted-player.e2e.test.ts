/**
 * Plex and Jellyfin on the user's own servers (docs/architecture.md, Self-hosted servers), one session
 * per browser: both addresses added in the options and Plex's hosted app (app.plex.tv) turned on, the
 * permissions granted as a user would. Then at once, each in its own tab on an item of its own
 * (scenarios/selfhosted-flows.ts), on each server: start, pause, resume and 85 %, autoplay, 40 %, the
 * tab closed at 90 %, a trailer, and Not this? on a show it names without ids (streaming-match.ts);
 * and a playback on app.plex.tv. Last, "Mark as watched at" at 90 % on each server, then a Jellyfin
 * address removed. Each prints the scrobble requests it saw.
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
  autoplay,
  BLANK,
  closeAt90,
  JELLYFIN_ITEMS,
  jellyfinUrl,
  leaveAt40,
  OWN_SOURCE,
  PLEX_KEYS,
  pauseResumeAt85,
  plexOnTheHostedApp,
  plexUrl,
  thresholdAt90,
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
  { scenario: 'selfhosted-player', browsersAtOnce: true },
  (suite) => {
    let session: Session;
    let run: StreamingRun;
    let options: AnyPage;

    beforeAll(async () => {
      // Fifteen playbacks at once are no one viewer's pace: Simkl's per-user POST limit is left out (it has its own e2e).
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

    it('at once on Plex and Jellyfin: pause and resume, autoplay, 40 %, the tab closed at 90 %, a trailer, Not this?; app.plex.tv', async () => {
      await Promise.all([
        pauseResumeAt85(run, 'plex'),
        pauseResumeAt85(run, 'jellyfin'),
        autoplay(run, 'plex'),
        autoplay(run, 'jellyfin'),
        leaveAt40(run, 'plex'),
        leaveAt40(run, 'jellyfin'),
        closeAt90(run, 'plex'),
        closeAt90(run, 'jellyfin'),
        plexOnTheHostedApp(run),
        trailerSendsNothing(run, plexUrl(PLEX_KEYS.trailer), 'Plex'),
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
        (episodes) => episodes.length >= 4,
      );
      expect(watchedBreakingBad).toEqual(['S1E1', 'S1E3', 'S1E4', 'S2E1']);
      expect(watchedShowEpisodes(session.world, GAME_OF_THRONES).sort()).toEqual(['S1E3', 'S1E4', 'S1E5']);
      // Every request named one scenario's episode: the trailers named nothing.
      const named = new Set(scrobbleRecords(session.world.control).map((r) => `${r.simkl} ${r.episode}`));
      expect([...named].sort()).toEqual(
        [
          ...['S1E1', 'S1E2', 'S1E3', 'S1E4', 'S1E5', 'S2E1'].map((episode) => `${BREAKING_BAD} ${episode}`),
          ...['S1E2', 'S1E3', 'S1E4', 'S1E5', 'S1E6'].map((episode) => `${GAME_OF_THRONES} ${episode}`),
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

    it('"Mark as watched at" at 90 % is honoured on Plex and Jellyfin; then a Jellyfin address removed → nothing is tracked there any more', async () => {
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
      // The address goes once Jellyfin's threshold episodes are done: they play on the server it removes.
      await Promise.all([thresholdAt90(run, 'plex'), thresholdAt90(run, 'jellyfin').then(addressRemoved)]);
      expect(watchedShowEpisodes(session.world, BREAKING_BAD)).toContain('S1E7');
      expect(watchedShowEpisodes(session.world, BREAKING_BAD)).not.toContain('S1E6');
      expect(watchedShowEpisodes(session.world, GAME_OF_THRONES)).toContain('S1E8');
      expect(watchedShowEpisodes(session.world, GAME_OF_THRONES)).not.toContain('S1E7');
      await setWatchedAt(options, 80);
    }, 90_000);
  },
);
