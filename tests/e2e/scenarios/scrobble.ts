/**
 * Scrobbling on the Netflix fixture player (docs/architecture.md, A playback): a real <video> plays a small WebM the repo
 * carries, and time moves by seeking, never by fired events. What reached Simkl is read from the
 * service's request log and its library. The same steps drive Chromium (Playwright) and Firefox
 * (Puppeteer).
 */
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { DEMO_USER } from '../../simkl-service/index';
import type { LogEntry } from '../../simkl-service/types';
import { type AnyPage, bringForward, clickInControl, textInControl } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate, goto } from './extension-pages';
import type { RequestLog } from './scrobble-log';
import { eventually } from './slice';

/**
 * Dungeon's episodes that have a player page (tests/fixtures/sites/netflix-episodes.ts), by number:
 * scenarios that share a browser each play their own.
 */
export const DUNGEON_EPISODE_IDS: Readonly<Record<number, string>> = {
  5: '81649840',
  6: '81649841',
  7: '81649842',
  21: '81649856',
  22: '81649857',
};
export const playerUrlOf = (episode: number) => {
  const id = DUNGEON_EPISODE_IDS[episode];
  if (!id) throw new Error(`Dungeon's E${episode} has no player page`);
  return `https://www.netflix.com/watch/${id}`;
};
export const PLAYER_URL = playerUrlOf(21);
/** Delicious in Dungeon (Dungeon Meshi) on the service; the player shows S1E21. */
export const DUNGEON_MESHI = 9300003;
export const EPISODE = 21;

const MEDIA = readFileSync(new URL('../../fixtures/sites/netflix/media/player-60s.webm', import.meta.url));
const MEDIA_URL = `data:video/webm;base64,${MEDIA.toString('base64')}`;

/** Firefox plays media only in the foreground tab (media.block-autoplay-until-in-foreground). */

/** The player's video: loads the repo's WebM (60 s) and plays it, muted like an autoplay. */
export async function playVideo(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async (src) => {
      const video = document.querySelector('video') as HTMLVideoElement;
      if (!video.src) video.src = src;
      await video.play();
    },
    MEDIA_URL,
  );
}

/** Pausing and seeking bring the tab to the front first, as a viewer's click does (harness/pages.ts, bringForward). */
export async function pauseVideo(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(page, () => (document.querySelector('video') as HTMLVideoElement).pause(), null);
}

/**
 * Netflix's autoplay of the next episode: the URL becomes /watch/<next id> without a reload (the
 * player is a single-page app) and the same <video> gets the next episode's source.
 */
export const autoplayNextEpisode = (page: AnyPage, episode: number) =>
  evaluate(
    page,
    async ({ src, next }) => {
      history.pushState(null, '', `/watch/${next}`);
      document.querySelector<HTMLElement>('[data-uia="player"]')?.setAttribute('data-videoid', next);
      const video = document.querySelector('video') as HTMLVideoElement;
      video.src = src;
      await video.play();
    },
    { src: MEDIA_URL, next: DUNGEON_EPISODE_IDS[episode] ?? '' },
  );

/** The browse page's billboard: Netflix autoplays a muted trailer in a <video> off the player. */
export async function playBillboard(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async (src) => {
      const video = document.createElement('video');
      video.muted = true;
      video.className = 'billboard-motion';
      video.src = src;
      document.querySelector('.bd-browse')?.prepend(video);
      await video.play();
    },
    MEDIA_URL,
  );
}

/** Jumps to `percent` of the video (a user dragging the scrubber). */
export async function seekTo(page: AnyPage, percent: number): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    (at) => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.currentTime = (video.duration * at) / 100;
    },
    percent,
  );
}

export const videoTime = (page: AnyPage) =>
  evaluate(page, () => (document.querySelector('video') as HTMLVideoElement).currentTime, null);

export const scrobbles = (log: RequestLog): LogEntry[] =>
  log.requestLog().filter((entry) => entry.path.startsWith('/scrobble/'));

export function waitForScrobbles(log: RequestLog, count: number, timeoutMs = 30_000): Promise<LogEntry[]> {
  return eventually(
    () => scrobbles(log),
    (seen) => seen.length >= count,
    timeoutMs,
  );
}

/** What `startWatching` needs of a run (scrobble-run.ts). */
export interface Watching {
  /** The scenario's requests (its episodes' only, when it shares its world). */
  log: RequestLog;
  /** The episode its player opens. */
  episode: number;
  /**
   * Whether the player still asks the one-time question (the setting is 'ask'): Yes is answered
   * there. Where tracking is on already (a shared browser), playback alone leads to the start.
   */
  asks: boolean;
}

/**
 * Opens the player, plays, answers Yes to the one-time question if it is asked, and waits for the
 * first start.
 */
export async function startWatching(run: Watching, page: AnyPage): Promise<void> {
  await goto(page, playerUrlOf(run.episode));
  await playVideo(page);
  if (run.asks) {
    await clickInControl(page, '[data-k="track-yes"]');
    // Yes is answered at once, while the first seconds of playback are counted before the start.
    expect(await playbackLine(page, 2_000)).toBe('Simkl: Tracking…');
  }
  const seen = await waitForScrobbles(run.log, 1);
  if (seen[0]?.path === '/scrobble/start') return;
  const video = await evaluate(
    page,
    () => {
      const { currentTime, paused, readyState } = document.querySelector('video') as HTMLVideoElement;
      return { currentTime, paused, readyState, visibility: document.visibilityState };
    },
    null,
  );
  const line = await playbackLine(page, 1_000).catch(() => '(no playback line)');
  throw new Error(`expected a start, saw ${seen[0]?.path}; video ${JSON.stringify(video)}; "${line}"`);
}

export const playbackLine = (page: AnyPage, timeoutMs?: number) =>
  textInControl(page, '[data-testid="simkl-playback"]', timeoutMs);

export function watchedEpisodes(world: World): number[] {
  const anime = world.control.library(DEMO_USER.id).anime.find((entry) => entry.simkl === DUNGEON_MESHI);
  return (anime?.watchedEpisodes ?? []).map((watched) => watched.episode);
}
