/**
 * The playback scenarios every player-only service runs (Max, Hulu, Apple TV+, Prime Video), each in a tab of its own
 * on an episode of its own, so that they run at once in one browser: start, pause, resume and leave at
 * 85 %; leave at 40 %; an ad break or a preview; autoplay to the next episode; the tab closed at 90 %.
 * What each sent is told apart by its episode, and printed.
 */
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { AnyPage } from '../harness/pages';
import type { World } from '../harness/world';
import { closePage, goto } from './extension-pages';
import { describeRecord, type ScrobbleRecord, scrobbleRecords } from './scrobble-log';
import { eventually } from './slice';
import { driverOf, type PlayerDriver, type StreamingService } from './streaming-player';

export interface StreamingCase {
  service: StreamingService;
  /** The series on the local Simkl service that the fixture's episodes belong to. */
  showSimkl: number;
  episodeUrl(episode: number): string;
  /** A page of the service with no playback, where a viewer goes when leaving the player. */
  leaveUrl: string;
  /** Opens what plays instead of a programme (an ad break on episode 3, a trailer) and plays it. */
  playNoProgramme(page: AnyPage): Promise<void>;
  /** Where the user's library keeps the series: 'shows' unless it is an anime (Crunchyroll's). */
  library?: 'shows' | 'anime';
  /** How its programme is played, where the service's video must keep its own source (Plex, Jellyfin). */
  player?: PlayerDriver;
}

/** The case's player: its own driver, else its service's. */
export const driverFor = (service: StreamingCase): PlayerDriver =>
  service.player ?? driverOf(service.service);

export interface StreamingRun {
  browser: string;
  world: World;
  newTab(): Promise<AnyPage>;
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The engine reports progress every 2 s; a stop uses the last report. */
const letTheBackgroundHear = () => wait(3_000);

/** The requests naming one episode of the case's series, oldest first. */
export const recordsOf = (world: World, run: StreamingCase, episode: number): ScrobbleRecord[] =>
  scrobbleRecords(world.control).filter(
    (record) => record.simkl === run.showSimkl && record.episode === `S1E${episode}`,
  );

const paths = (records: ScrobbleRecord[]) => records.map((record) => record.path);

/** Waits until the episode's requests reach `count` and each has its answer. */
export function waitForEpisode(world: World, run: StreamingCase, episode: number, count: number) {
  return eventually(
    () => recordsOf(world, run, episode),
    (seen) => seen.length >= count && seen.every((record) => record.status !== 0),
    40_000,
  );
}

/** The episodes of the case's series the user has watched. */
export const watchedEpisodes = (world: World, run: StreamingCase): number[] =>
  (
    world.control.library(DEMO_USER.id)[run.library ?? 'shows'].find((entry) => entry.simkl === run.showSimkl)
      ?.watchedEpisodes ?? []
  )
    .map((watched) => watched.episode)
    .sort((a, b) => a - b);

export function printRecords(run: StreamingRun, scenario: string, records: ScrobbleRecord[]): void {
  console.log(
    `[scrobble ${run.browser}] ${scenario}:\n  ${records.map(describeRecord).join('\n  ') || '(none)'}`,
  );
}

async function startedOn(run: StreamingRun, service: StreamingCase, episode: number): Promise<AnyPage> {
  const page = await run.newTab();
  await goto(page, service.episodeUrl(episode));
  await driverFor(service).play(page);
  await waitForEpisode(run.world, service, episode, 1);
  return page;
}

/** E1: start, pause, resume, then left at 85 %: one watched episode. */
export async function pauseResumeLeaveAt85(run: StreamingRun, service: StreamingCase): Promise<void> {
  const page = await startedOn(run, service, 1);
  await driverFor(service).pause(page);
  await waitForEpisode(run.world, service, 1, 2);
  await driverFor(service).play(page);
  await waitForEpisode(run.world, service, 1, 3);
  await driverFor(service).seek(page, 85);
  await letTheBackgroundHear();
  await goto(page, service.leaveUrl);
  const records = await waitForEpisode(run.world, service, 1, 4);
  printRecords(run, 'E1: start, pause, resume, leave at 85 %', records);
  expect(paths(records)).toEqual(['/scrobble/start', '/scrobble/pause', '/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(85);
  await closePage(page);
}

/** E2: left at 40 %: a stop that marks nothing. */
export async function leaveAt40(run: StreamingRun, service: StreamingCase): Promise<void> {
  const page = await startedOn(run, service, 2);
  await driverFor(service).seek(page, 40);
  await letTheBackgroundHear();
  await goto(page, service.leaveUrl);
  const records = await waitForEpisode(run.world, service, 2, 2);
  printRecords(run, 'E2: leave at 40 %', records);
  expect(paths(records)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeLessThan(80);
  await closePage(page);
}

/** An ad break (or a trailer) played for 12 s sends nothing at all. */
export async function noProgrammeSendsNothing(run: StreamingRun, service: StreamingCase): Promise<void> {
  const page = await run.newTab();
  await service.playNoProgramme(page);
  await wait(12_000);
  printRecords(run, 'an ad break or a trailer, 12 s', recordsOf(run.world, service, 3));
  expect(recordsOf(run.world, service, 3)).toEqual([]);
  await closePage(page);
}

/** E4 played to its end: the page steps to E5 by itself; E4 is watched and E5 starts on its own. */
export async function autoplayToTheNext(run: StreamingRun, service: StreamingCase): Promise<void> {
  const page = await startedOn(run, service, 4);
  // The credits: the last seconds play, so the engine sees them before the page moves on.
  await driverFor(service).seek(page, 92);
  const next = await waitForEpisode(run.world, service, 5, 1);
  const records = recordsOf(run.world, service, 4);
  printRecords(run, 'E4 played to its end, autoplay to E5', [...records, ...next]);
  expect(paths(records)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(92);
  expect(paths(next)).toEqual(['/scrobble/start']);
  expect(next[0]?.progress).toBeLessThan(50);
  await closePage(page);
}

/** E6: the tab closed at 90 %: the port's end is the stop, and the episode is watched. */
export async function closeTabAt90(run: StreamingRun, service: StreamingCase): Promise<void> {
  const page = await startedOn(run, service, 6);
  await driverFor(service).seek(page, 90);
  await letTheBackgroundHear();
  await closePage(page);
  const records = await waitForEpisode(run.world, service, 6, 2);
  printRecords(run, 'E6: tab closed at 90 %', records);
  expect(paths(records)).toEqual(['/scrobble/start', '/scrobble/stop']);
  expect(records.at(-1)?.progress).toBeGreaterThanOrEqual(90);
}

/** Every scenario above, started at once (each on its own episode, in its own tab). */
export const streamingScenarios = (run: StreamingRun, service: StreamingCase): Promise<void>[] => [
  pauseResumeLeaveAt85(run, service),
  leaveAt40(run, service),
  noProgrammeSendsNothing(run, service),
  autoplayToTheNext(run, service),
  closeTabAt90(run, service),
];

/**
 * What the user's library holds after the scenarios: E1, E4 and E6 watched, nothing else; and every
 * request named one of the scenarios' episodes (`alsoNamed`: "<simkl> S1E<n>" of other scenarios that
 * ran alongside in the same browser).
 */
export async function expectTheScenariosOutcome(
  run: StreamingRun,
  service: StreamingCase,
  alsoNamed: readonly string[] = [],
): Promise<void> {
  await eventually(
    () => watchedEpisodes(run.world, service),
    (episodes) => episodes.length >= 3,
  );
  expect(watchedEpisodes(run.world, service)).toEqual([1, 4, 6]);
  // The ad break or trailer named nothing: every request is one of the other scenarios' episodes.
  const named = new Set(
    scrobbleRecords(run.world.control).map((record) => `${record.simkl} ${record.episode}`),
  );
  expect([...named].sort()).toEqual(
    [...[1, 2, 4, 5, 6].map((episode) => `${service.showSimkl} S1E${episode}`), ...alsoNamed].sort(),
  );
}

/** Every scenario above at once, then what the user's library holds: E1, E4 and E6 watched, nothing else. */
export async function runConcurrently(run: StreamingRun, service: StreamingCase): Promise<void> {
  await Promise.all(streamingScenarios(run, service));
  await expectTheScenariosOutcome(run, service);
}
