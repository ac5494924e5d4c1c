/**
 * Crunchyroll's older player, whose <video> plays in static.crunchyroll.com's frame and reaches the
 * engine through the extension's relay (docs/architecture.md, A playback): left at 40 %, an ad in the
 * frame, the tab closed at 90 %. Each on its own episode of Hunter x Hunter in a tab of its own, so they
 * run at once beside the newer player's scenarios (streaming-flows.ts).
 */
import { expect } from 'vitest';
import { crunchyrollWatchUrl } from '../../fixtures/sites/crunchyroll-episodes';
import type { AnyPage } from '../harness/pages';
import { OLDER_PLAYER_PAGE, SEARCH_PAGE } from './crunchyroll';
import { HUNTER_X_HUNTER, playFrameAd, playInFrame, seekInFrame } from './crunchyroll-player';
import { closePage, goto } from './extension-pages';
import { playbackLine } from './scrobble';
import { eventually } from './slice';
import {
  printRecords,
  recordsOf,
  type StreamingCase,
  type StreamingRun,
  waitForEpisode,
} from './streaming-flows';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Hunter x Hunter with the older player: E1 the German watch page, E2 and E3 generated ones. */
export const HUNTER_X_HUNTER_FRAME: StreamingCase = {
  service: 'crunchyroll',
  showSimkl: HUNTER_X_HUNTER,
  library: 'anime',
  episodeUrl: (episode) =>
    episode === 1 ? OLDER_PLAYER_PAGE : crunchyrollWatchUrl('hunterXHunter', episode),
  leaveUrl: SEARCH_PAGE,
  async playNoProgramme(page) {
    await goto(page, crunchyrollWatchUrl('hunterXHunter', 2));
    await playFrameAd(page);
  },
};
const paths = (run: StreamingRun, episode: number) =>
  recordsOf(run.world, HUNTER_X_HUNTER_FRAME, episode).map((record) => record.path);

/**
 * Waits until the page's line shows the frame's video at `shown` (the relayed sample reached the
 * engine, which can lag on a loaded machine), then for the engine's next report to the background.
 */
async function lineReaches(page: AnyPage, shown: RegExp): Promise<void> {
  const line = await eventually(
    () => playbackLine(page, 1_000).catch(() => ''),
    (text) => shown.test(text),
    20_000,
  );
  expect(line).toMatch(shown);
  await wait(3_000);
}

async function startedInFrame(run: StreamingRun, episode: number): Promise<AnyPage> {
  const page = await run.newTab();
  await goto(page, HUNTER_X_HUNTER_FRAME.episodeUrl(episode));
  await playInFrame(page);
  await waitForEpisode(run.world, HUNTER_X_HUNTER_FRAME, episode, 1);
  return page;
}

/** E1 in the frame: the page's line says Watching now; left at 40 %, a stop that marks nothing. */
export async function frameLeaveAt40(run: StreamingRun): Promise<void> {
  const page = await startedInFrame(run, 1);
  // Under the site's control the line names the episode; the series is the control's own title.
  const ready = /^Simkl: Watching now · S1E1 · \d+ %$/;
  const line = await eventually(
    () => playbackLine(page, 1_000).catch(() => ''),
    (text) => ready.test(text),
    20_000,
  );
  expect(line).toMatch(ready);
  await seekInFrame(page, 40);
  await lineReaches(page, /· (39|4\d) %$/);
  await goto(page, SEARCH_PAGE);
  const records = await waitForEpisode(run.world, HUNTER_X_HUNTER_FRAME, 1, 2);
  printRecords(run, 'older player (frame) E1: leave at 40 %', records);
  expect(paths(run, 1)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeLessThan(80);
  await closePage(page);
}

/** E2: an ad in the frame for 12 s, the programme's video running under it: nothing sent. */
export async function frameAdSendsNothing(run: StreamingRun): Promise<void> {
  const page = await run.newTab();
  await HUNTER_X_HUNTER_FRAME.playNoProgramme(page);
  await wait(12_000);
  printRecords(run, 'older player (frame) E2: an ad, 12 s', recordsOf(run.world, HUNTER_X_HUNTER_FRAME, 2));
  expect(paths(run, 2)).toEqual([]);
  await closePage(page);
}

/** E3 in the frame: the tab closed at 90 %, watched. */
export async function frameCloseTabAt90(run: StreamingRun): Promise<void> {
  const page = await startedInFrame(run, 3);
  await seekInFrame(page, 90);
  await lineReaches(page, /· (89|9\d) %$/);
  await closePage(page);
  const records = await waitForEpisode(run.world, HUNTER_X_HUNTER_FRAME, 3, 2);
  printRecords(run, 'older player (frame) E3: tab closed at 90 %', records);
  expect(paths(run, 3)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(90);
}

export const frameScenarios = (run: StreamingRun) => [
  frameLeaveAt40(run),
  frameAdSendsNothing(run),
  frameCloseTabAt90(run),
];
/** What the frame scenarios named: E1 and E3 (the ad's E2 nothing). */
export const FRAME_NAMED = [`${HUNTER_X_HUNTER} S1E1`, `${HUNTER_X_HUNTER} S1E3`];
