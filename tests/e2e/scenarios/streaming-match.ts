/**
 * The player-only services' scenarios that change what every playback of the series does, so they run
 * after the concurrent ones: "Mark as watched at" moved to 90 %, and Not this? on a title-only match,
 * from the popup's list of what is tracked (docs/architecture.md, A playback).
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import { type Browserish, click, closePage, evaluate, fill, goto } from './extension-pages';
import { eventually } from './slice';
import {
  driverFor,
  printRecords,
  recordsOf,
  type StreamingCase,
  type StreamingRun,
  waitForEpisode,
  watchedEpisodes,
} from './streaming-flows';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until no element matches `selector` in the page. */
const waitForGone = (page: AnyPage, selector: string) =>
  eventually(
    () => evaluate(page, (css) => document.querySelector(css) === null, selector),
    (gone) => gone,
  );

interface LocalArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
interface StorageGlobal {
  browser?: { storage: { local: LocalArea } };
  chrome?: { storage: { local: LocalArea } };
}

/** Moves the user's "Mark as watched at", as the options page's setting does (the rest kept). */
export const setWatchedAt = (extensionPage: AnyPage, percent: number) =>
  evaluate(
    extensionPage,
    async (value) => {
      const scope = globalThis as unknown as StorageGlobal;
      const local = (scope.browser ?? scope.chrome)?.storage.local;
      const { settings } = ((await local?.get('settings')) ?? {}) as { settings?: object };
      await local?.set({ settings: { ...settings, watchedAtPercent: value } });
    },
    percent,
  );

async function leftAt(run: StreamingRun, service: StreamingCase, episode: number, percent: number) {
  const page = await run.newTab();
  await goto(page, service.episodeUrl(episode));
  await driverFor(service).play(page);
  await waitForEpisode(run.world, service, episode, 1);
  await driverFor(service).seek(page, percent);
  await wait(3_000);
  await goto(page, service.leaveUrl);
  const records = await waitForEpisode(run.world, service, episode, 2);
  await closePage(page);
  return records;
}

/** With "Mark as watched at" at 90 %: E7 left at 85 % is no stop (a pause), E8 left at 92 % is watched. */
export async function thresholdAt90(run: StreamingRun, service: StreamingCase, options: AnyPage) {
  await setWatchedAt(options, 90);
  // E7 is moved to 80 %: the 3 s it plays on before the viewer leaves bring it to about 85 %, where 85 %
  // itself came within a hair of 90 % on a loaded machine (89.9 % seen).
  const [at85, at92] = await Promise.all([leftAt(run, service, 7, 80), leftAt(run, service, 8, 92)]);
  printRecords(run, 'threshold 90 %: E7 left at 85 %', at85);
  printRecords(run, 'threshold 90 %: E8 left at 92 %', at92);
  expect(at85.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/pause']);
  expect(at92.map((record) => record.path)).toEqual(['/scrobble/start', '/scrobble/stop']);
  await eventually(
    () => watchedEpisodes(run.world, service),
    (episodes) => episodes.includes(8),
  );
  expect(watchedEpisodes(run.world, service)).not.toContain(7);
  await setWatchedAt(options, 80);
}

export interface NotThisCase {
  /** The episode played, and the series' title-only match it starts on. */
  service: StreamingCase;
  episode: number;
  /** What the user types in the match search, and the series they pick. */
  query: string;
  chosenSimkl: number;
  /**
   * The words the popup's line names this playback by (its series' title), where other playbacks are
   * tracked at the same time; without them, the list's first line is the one corrected.
   */
  playing?: string;
}

/** The popup's Not this? of the tracked playback whose line names `playing` (the first line without it). */
async function notThisOf(popup: AnyPage, playing: string | undefined): Promise<string> {
  if (playing === undefined) return '.tracking [data-action="not-this"]';
  const place = await eventually(
    () =>
      evaluate(
        popup,
        (words) =>
          [...document.querySelectorAll('.tracking > li')].findIndex((line) =>
            line.textContent?.includes(words),
          ),
        playing,
      ),
    (index) => index >= 0,
    30_000,
  );
  return `.tracking > li:nth-child(${place + 1}) [data-action="not-this"]`;
}

/** Not this? from the popup while a title-only match plays: the stop lands on the chosen series. */
export async function notThisMovesTheScrobble(run: StreamingRun, pages: Browserish, match: NotThisCase) {
  const { service, episode } = match;
  const page = await run.newTab();
  await goto(page, service.episodeUrl(episode));
  await driverFor(service).play(page);
  const started = await waitForEpisode(run.world, service, episode, 1);
  const popup = await pages.openPage('popup.html');
  await click(popup, await notThisOf(popup, match.playing), 30_000);
  await fill(popup, '[data-testid="match-search"] input[type="search"]', match.query);
  await click(popup, '[data-testid="match-search"] button[type="submit"]');
  const kind = service.library === 'anime' ? 'anime' : 'show';
  const pick = `[data-match="${kind}:${match.chosenSimkl}"]`;
  // Waited for from here, not by the click: other scenarios' tabs come to the front while the answer is
  // awaited, and Firefox withholds animation frames (which Puppeteer's click waits on) from a tab behind.
  await eventually(
    () => evaluate(popup, (css) => document.querySelector(css) !== null, pick),
    (found) => found,
    30_000,
  );
  await click(popup, pick, 30_000);
  // The choice closes the search: the list shows the playback again, now matched as the pick.
  await waitForGone(popup, '[data-testid="match-search"]');
  await closePage(popup);
  await driverFor(service).seek(page, 90);
  await wait(3_000);
  await goto(page, service.leaveUrl);
  const moved = { ...service, showSimkl: match.chosenSimkl };
  const landed = await waitForEpisode(run.world, moved, episode, 1);
  printRecords(run, `Not this? on E${episode}, the series corrected`, [...started, ...landed]);
  expect(landed.map((record) => record.path)).toEqual(['/scrobble/stop']);
  const chosen = () =>
    run.world.control
      .library(DEMO_USER.id)
      [service.library ?? 'shows'].find((entry) => entry.simkl === match.chosenSimkl)
      ?.watchedEpisodes.map((watched) => watched.episode) ?? [];
  expect(await eventually(chosen, (episodes) => episodes.includes(episode))).toContain(episode);
  // The first match kept only its start: nothing of the episode was marked on it.
  expect(recordsOf(run.world, service, episode).map((record) => record.path)).toEqual(['/scrobble/start']);
  expect(watchedEpisodes(run.world, service)).not.toContain(episode);
  await closePage(page);
}
