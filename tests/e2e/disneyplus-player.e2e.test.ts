/**
 * Disney+, a player-only service, scrobbled through the player engine (docs/architecture.md, Player-only
 * services), in one session per browser: "Track Disney+ playback" turned on in the options (which asks for
 * the host), then the independent scenarios at once, each in its own tab on its own episode. Each prints
 * the scrobble requests it saw.
 */
import { beforeAll, expect, it } from 'vitest';
import { chromeSiteAccess } from './harness/chromium-site-access';
import type { AnyPage } from './harness/pages';
import { describeInBrowsers, type Session } from './harness/suite';
import {
  DISNEYPLUS_HOSTS,
  describeRecords,
  episodeRecords,
  notThisOnLost,
  pauseProgramme,
  playProgramme,
  playUrl,
  seekProgramme,
  watchedMandalorian,
} from './scenarios/disneyplus-player';
import { click, closePage, evaluate, goto } from './scenarios/extension-pages';
import { playbackLine } from './scenarios/scrobble';
import { eventually, signInFromTheControl } from './scenarios/slice';
import { notThisMovesTheScrobble } from './scenarios/streaming-match';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The player reports progress to the background every 2 s; a stop uses the last report. */
const letTheBackgroundHear = () => pause(3_000);
/** A Disney+ page that plays nothing: leaving the player for it stops the playback. */
const HOME = 'https://www.disneyplus.com/home';

async function waitForLine(page: AnyPage, ready: RegExp, timeoutMs = 25_000): Promise<string> {
  const line = await eventually(
    () => playbackLine(page, 1_000).catch(() => ''),
    (text) => ready.test(text),
    timeoutMs,
  );
  expect(line).toMatch(ready);
  return line;
}

describeInBrowsers(
  'Disney+ playback, a player-only service',
  { scenario: 'disneyplus-player', browsersAtOnce: true },
  (suite) => {
    let session: Session;
    /** The episode's requests once each has its answer, printed one per line under the scenario's name. */
    const print = async (scenario: string, episode: number) => {
      const records = await eventually(
        () => episodeRecords(session.world, episode),
        (seen) => seen.every((record) => record.status !== 0),
      );
      console.log(
        `[scrobble ${session.browser}] Disney+ ${scenario}:\n  ${describeRecords(records).join('\n  ') || '(none)'}`,
      );
      return records;
    };
    const opened = async (url: string) => {
      const page = await session.newPage();
      await goto(page, url);
      return page;
    };

    beforeAll(async () => {
      // Firefox holds media back in a tab never shown until it is: the scenarios' tabs play side by side.
      // Six playbacks at once are no one viewer's pace: Simkl's per-user POST limit is left out (it has its own e2e).
      session = await suite.start({
        firefoxPrefs: {
          'extensions.webextOptionalPermissionPrompts': false,
          'media.block-autoplay-until-in-foreground': false,
        },
        world: { rateLimits: false },
      });
      const page = await session.newPage();
      await signInFromTheControl(session.world, page);
      // Chromium's permission dialog is browser UI no test can answer: the host is granted as a user
      // would from the site access controls, and the switch's request then finds it granted.
      if (session.browser === 'chromium') await chromeSiteAccess(session.chrome, 'grant', DISNEYPLUS_HOSTS);
      const options = await session.openExtensionPage('options.html');
      await click(options, 'input[data-service="disneyplus"]');
      await eventually(
        () =>
          evaluate(
            options,
            () => document.querySelector<HTMLInputElement>('input[data-service="disneyplus"]')?.checked,
            null,
          ),
        (checked) => checked === true,
      );
      await closePage(options);
      session.world.control.clearLog();
    });

    it('scrobbles each playback by its own rule, and Not this? on a title-only match moves its scrobble, at once in separate tabs', async () => {
      const finishAt85 = async () => {
        const page = await opened(playUrl(1));
        await playProgramme(page);
        await waitForLine(page, /^Simkl: Watching now · The Mandalorian S1E1 · \d+ %$/);
        // A pause is sent once it lasted 3 s and 10 s after the start (player-rules.ts).
        await pause(9_000);
        await pauseProgramme(page);
        await waitForLine(page, /^Simkl: Paused · The Mandalorian S1E1/);
        await eventually(
          () => episodeRecords(session.world, 1),
          (records) => records.length >= 2,
        );
        await playProgramme(page);
        // The resume is a start again, 10 s after the pause at the soonest.
        await eventually(
          () => episodeRecords(session.world, 1),
          (records) => records.length >= 3,
          20_000,
        );
        await seekProgramme(page, 85);
        await pauseProgramme(page);
        await waitForLine(page, /S1E1 · 8[5-9] %$/);
        await letTheBackgroundHear();
        await goto(page, HOME);
        await eventually(
          () => watchedMandalorian(session.world),
          (watched) => watched.includes('S1E1'),
        );
      };
      const leaveAt40 = async () => {
        const page = await opened(playUrl(2));
        await playProgramme(page);
        await waitForLine(page, /^Simkl: Watching now · The Mandalorian S1E2 · \d+ %$/);
        await seekProgramme(page, 40);
        await pauseProgramme(page);
        await waitForLine(page, /S1E2 · (39|4\d) %$/);
        await letTheBackgroundHear();
        await goto(page, HOME);
        await eventually(
          () => episodeRecords(session.world, 2),
          (records) => records.at(-1)?.path === '/scrobble/stop',
        );
      };
      const adBreak = async () => {
        const page = await opened(playUrl(3, '?ad=1'));
        await playProgramme(page);
        await pause(15_000);
        expect(await playbackLine(page, 500).catch(() => '')).toBe('');
        await goto(page, HOME);
      };
      const autoplay = async () => {
        const page = await opened(playUrl(4));
        await playProgramme(page);
        await waitForLine(page, /^Simkl: Watching now · The Mandalorian S1E4 · \d+ %$/);
        await seekProgramme(page, 96);
        await waitForLine(page, /^Simkl: Watching now · The Mandalorian S1E5 · \d+ %$/, 40_000);
        await eventually(
          () => episodeRecords(session.world, 5),
          (records) => records.length > 0,
        );
        await goto(page, HOME);
      };
      const closeAt90 = async () => {
        const page = await opened(playUrl(6));
        await playProgramme(page);
        await waitForLine(page, /^Simkl: Watching now · The Mandalorian S1E6 · \d+ %$/);
        await seekProgramme(page, 90);
        await pauseProgramme(page);
        await waitForLine(page, /S1E6 · 9\d %$/);
        await letTheBackgroundHear();
        await closePage(page);
        await eventually(
          () => watchedMandalorian(session.world),
          (watched) => watched.includes('S1E6'),
        );
      };
      // Not this? on Lost, found by its title: its own series, so the correction moves no other playback.
      const run = { browser: session.browser, world: session.world, newTab: () => session.newPage() };
      const notThis = () => notThisMovesTheScrobble(run, session.pages, notThisOnLost(HOME));
      // Started 2 s apart: six scrobble calls in the same second are a burst Simkl's limits refuse.
      const staggered = (run: () => Promise<void>, index: number) => pause(index * 2_000).then(run);
      await Promise.all([finishAt85, leaveAt40, adBreak, autoplay, closeAt90, notThis].map(staggered));

      const at85 = await print('finish at 85 %', 1);
      const closed = await print('tab closed at 90 %', 6);
      expect(at85.map((record) => record.path)).toEqual([
        '/scrobble/start',
        '/scrobble/pause',
        '/scrobble/start',
        '/scrobble/stop',
      ]);
      expect(at85.at(-1)?.progress).toBeGreaterThanOrEqual(85);
      const at40 = await print('leave at 40 %', 2);
      expect(at40.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
      expect(at40.at(-1)?.progress).toBeLessThan(80);
      expect(await print('an ad break', 3)).toEqual([]);
      const ended = await print('autoplay: the episode that ended', 4);
      expect(ended.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
      expect((await print('autoplay: the next episode', 5))[0]?.path).toBe('/scrobble/start');
      expect(closed.at(-1)?.progress).toBeGreaterThanOrEqual(90);
      // Exactly one watched mark per finished episode: nothing for 40 %, the ad, or the next one's start.
      expect(watchedMandalorian(session.world)).toEqual(['S1E1', 'S1E4', 'S1E6']);
    });

    it('honours "Mark as watched at" moved to 90 %: 85 % marks nothing', async () => {
      const options = await session.openExtensionPage('options.html');
      await eventually(
        () => evaluate(options, () => document.querySelector('select[name="watched-at"]') !== null, null),
        (shown) => shown,
      );
      await evaluate(
        options,
        () => {
          const select = document.querySelector<HTMLSelectElement>('select[name="watched-at"]');
          if (!select) throw new Error('no threshold');
          select.value = '90';
          select.dispatchEvent(new Event('change', { bubbles: true }));
        },
        null,
      );
      // The choice is saved before the options close: a page closed at once may take its write with it.
      const saved = await eventually(
        () =>
          evaluate(
            options,
            async () => {
              const scope = globalThis as unknown as {
                browser: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
              };
              const stored = (await scope.browser.storage.local.get('settings')).settings as
                | { watchedAtPercent?: number }
                | undefined;
              return stored?.watchedAtPercent;
            },
            null,
          ),
        (percent) => percent === 90,
      );
      expect(saved).toBe(90);
      await closePage(options);
      const page = await opened(playUrl(7));
      await playProgramme(page);
      await waitForLine(page, /^Simkl: Watching now · The Mandalorian S1E7 · \d+ %$/);
      await seekProgramme(page, 85);
      await pauseProgramme(page);
      await waitForLine(page, /S1E7 · 8[5-9] %$/);
      await letTheBackgroundHear();
      await goto(page, HOME);
      await eventually(
        () => episodeRecords(session.world, 7),
        (records) => records.length >= 2,
      );
      await pause(2_000);
      await print('85 % with the threshold at 90 %', 7);
      expect(watchedMandalorian(session.world)).not.toContain('S1E7');
    });
  },
);
