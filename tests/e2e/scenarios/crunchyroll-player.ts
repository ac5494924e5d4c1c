/**
 * Crunchyroll's two players through the player engine (docs/architecture.md, A playback): the newer
 * one's <video> in the watch page, driven like Netflix's (scrobble.ts), and the older one's in
 * static.crunchyroll.com's frame, driven in that frame. Time moves by seeking, never by fired events.
 */
import { readFileSync } from 'node:fs';
import { DEMO_USER } from '../../simkl-service/index';
import { type AnyPage, bringForward } from '../harness/pages';
import type { World } from '../harness/world';
import { evaluate } from './extension-pages';
import { eventually } from './slice';

/** Frieren on the local service: the series the newer player's watch page (S1E5) names. */
export const FRIEREN = 9300005;

/**
 * The repo's WebM (60 s) as a data: URL, as the Netflix scenarios play it: Chromium cannot seek a
 * file the fixture server sends without byte ranges, so the players' own src is replaced.
 */
const MEDIA = readFileSync(new URL('../../fixtures/sites/netflix/media/player-60s.webm', import.meta.url));
const MEDIA_URL = `data:video/webm;base64,${MEDIA.toString('base64')}`;

/** Plays the newer player's video, in the watch page (muted, like an autoplay). */
export async function playInPage(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async (src) => {
      const video = document.querySelector('video') as HTMLVideoElement;
      video.src = src;
      await video.play();
    },
    MEDIA_URL,
  );
}

interface FrameLike {
  url(): string;
  evaluate<A, R>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

/** The older player's frame of static.crunchyroll.com in `page`, once it is there. */
async function playerFrame(page: AnyPage): Promise<FrameLike> {
  const frames = () => (page as unknown as { frames(): FrameLike[] }).frames();
  const found = await eventually(
    () => frames().find((frame) => frame.url().startsWith('https://static.crunchyroll.com/')),
    (frame) => frame !== undefined,
  );
  if (!found) throw new Error('no static.crunchyroll.com frame');
  return found;
}

/** Plays the programme's video in the older player's frame (muted, like an autoplay). */
export async function playInFrame(page: AnyPage): Promise<void> {
  await bringForward(page);
  const frame = await playerFrame(page);
  await frame.evaluate(async (src) => {
    const video = document.querySelector('#player0') as HTMLVideoElement;
    video.src = src;
    await video.play();
  }, MEDIA_URL);
}

/** Jumps the frame's programme video to `percent` of its length (a user dragging the scrubber). */
export async function seekInFrame(page: AnyPage, percent: number): Promise<void> {
  await bringForward(page);
  const frame = await playerFrame(page);
  await frame.evaluate((at) => {
    const video = document.querySelector('#player0') as HTMLVideoElement;
    video.currentTime = (video.duration * at) / 100;
  }, percent);
}

/** Every anime episode the user has watched on the service, as "<simkl id> E<n>". */
export function watchedAnimeEpisodes(world: World): string[] {
  return world.control
    .library(DEMO_USER.id)
    .anime.flatMap((entry) =>
      (entry.watchedEpisodes ?? []).map((watched) => `${entry.simkl} E${watched.episode}`),
    );
}

/** Attack on Titan on the local service, found by its Crunchyroll series id. */
export const ATTACK_ON_TITAN = 39687;
/** Steins;Gate, found by its title (its Crunchyroll id unknown to the service), and Code Geass, the pick. */
export const STEINS_GATE = 9300012;
export const CODE_GEASS = 9300015;
/** Hunter x Hunter, the older player's series, found by its title. */
export const HUNTER_X_HUNTER = 40398;

/** Plays the newer player's ad: its label shown over the playing <video>, as while an ad runs. */
export async function playPageAd(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async (src) => {
      document.querySelector('.bmpui-ui-ads-status-overlay')?.classList.remove('bmpui-hidden');
      const video = document.querySelector('.video-player video') as HTMLVideoElement;
      video.src = src;
      await video.play();
    },
    MEDIA_URL,
  );
}

/** Plays the older player's ad in its frame: the ad player marked playing, its video and the programme's running. */
export async function playFrameAd(page: AnyPage): Promise<void> {
  await bringForward(page);
  const frame = await playerFrame(page);
  await frame.evaluate(async (src) => {
    document.querySelector('#velocity-ad-container')?.classList.add('is-playing');
    for (const video of document.querySelectorAll('video')) {
      video.src = src;
      await video.play();
    }
  }, MEDIA_URL);
}
