/**
 * Scrobbling on the Netflix fixture player (issue 9 §3): a real <video> plays a small WebM the repo
 * carries, and time moves by seeking, never by fired events. What reached Simkl is read from the
 * service's request log and its library.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { DEMO_USER } from '../../simkl-service/index';
import type { LogEntry } from '../../simkl-service/types';
import { clickInControl, textInControl } from '../harness/pages';
import type { World } from '../harness/world';
import { eventually } from './slice';

export const PLAYER_URL = 'https://www.netflix.com/watch/81649856';
/** Delicious in Dungeon (Dungeon Meshi) on the service; the player shows S1E21. */
export const DUNGEON_MESHI = 9300003;
export const EPISODE = 21;

const MEDIA = readFileSync(new URL('../../fixtures/sites/netflix/media/player-60s.webm', import.meta.url));
const MEDIA_URL = `data:video/webm;base64,${MEDIA.toString('base64')}`;

/** The player's video: loads the repo's WebM (60 s) and plays it, muted like an autoplay. */
export async function playVideo(page: Page): Promise<void> {
  await page.evaluate(async (src) => {
    const video = document.querySelector('video') as HTMLVideoElement;
    if (!video.src) video.src = src;
    await video.play();
  }, MEDIA_URL);
}

export const pauseVideo = (page: Page) =>
  page.evaluate(() => (document.querySelector('video') as HTMLVideoElement).pause());

/** The browse page's billboard: Netflix autoplays a muted trailer in a <video> off the player. */
export async function playBillboard(page: Page): Promise<void> {
  await page.evaluate(async (src) => {
    const video = document.createElement('video');
    video.muted = true;
    video.className = 'billboard-motion';
    video.src = src;
    document.querySelector('.bd-browse')?.prepend(video);
    await video.play();
  }, MEDIA_URL);
}

/** Jumps to `percent` of the video (a user dragging the scrubber). */
export const seekTo = (page: Page, percent: number) =>
  page.evaluate((at) => {
    const video = document.querySelector('video') as HTMLVideoElement;
    video.currentTime = (video.duration * at) / 100;
  }, percent);

export const scrobbles = (world: World): LogEntry[] =>
  world.control.requestLog().filter((entry) => entry.path.startsWith('/scrobble/'));

/** "POST /scrobble/start 201 22.5 %": one line per scrobble request. */
export function describeScrobbles(world: World): string[] {
  return scrobbles(world).map((entry) => {
    const progress = (entry.body as { progress?: number } | undefined)?.progress;
    return `${entry.method} ${entry.path} ${entry.status} ${progress ?? '?'} %`;
  });
}

export function waitForScrobbles(world: World, count: number, timeoutMs = 30_000): Promise<LogEntry[]> {
  return eventually(
    () => scrobbles(world),
    (seen) => seen.length >= count,
    timeoutMs,
  );
}

/** Opens the player, plays, answers Yes to the one-time question, and waits for the first start. */
export async function startWatching(world: World, page: Page): Promise<void> {
  await page.goto(PLAYER_URL);
  await playVideo(page);
  await clickInControl(page, '[data-k="track-yes"]');
  const seen = await waitForScrobbles(world, 1);
  if (seen[0]?.path !== '/scrobble/start') throw new Error(`expected a start, saw ${seen[0]?.path}`);
}

export const playbackLine = (page: Page) => textInControl(page, '[data-testid="simkl-playback"]');

export function watchedEpisodes(world: World): number[] {
  const anime = world.control.library(DEMO_USER.id).anime.find((entry) => entry.simkl === DUNGEON_MESHI);
  return (anime?.watchedEpisodes ?? []).map((watched) => watched.episode);
}
