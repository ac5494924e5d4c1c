/**
 * Driving the Max, Hulu, Apple TV+, Prime Video, Disney+ and Crunchyroll (its newer player) fixture players as a
 * viewer does: the programme's <video> plays the repo's WebM, time moves by seeking, an ad break plays in
 * the service's own way, and the page's own script steps to the next episode when one ends. Each
 * service's selectors are the ones its adapter reads (docs/sites.md).
 */
import { readFileSync } from 'node:fs';
import { type AnyPage, bringForward } from '../harness/pages';
import { evaluate } from './extension-pages';

export type StreamingService =
  | 'max'
  | 'hulu'
  | 'appletv'
  | 'primevideo'
  | 'disneyplus'
  | 'crunchyroll'
  | 'plex'
  | 'jellyfin';

/** The programme's video on each service's player page. */
export const PROGRAMME_VIDEO: Record<StreamingService, string> = {
  max: '[data-testid="playerContainer"] video',
  hulu: 'video#content-video-player',
  appletv: '[data-testid="video-container"] video',
  disneyplus: '#hivePlayer1',
  crunchyroll: '.video-player video',
  plex: 'video',
  jellyfin: 'video',
  // Only once the player is open over the detail page (not the page's hero preview).
  primevideo: '#dv-web-player.dv-player-fullscreen video',
};

/** Where the player opens over its page first, as a viewer's click on Play opens it (Prime Video). */
const PLAY_BUTTON: Partial<Record<StreamingService, string>> = {
  primevideo: '[data-testid="play-button"]',
};

/**
 * The repo's WebM (60 s) as a data: URL, as the Netflix scenarios play it: Chromium cannot seek a file
 * the fixture server sends without byte ranges, so the players' own src is replaced.
 */
const MEDIA = readFileSync(new URL('../../fixtures/sites/netflix/media/player-60s.webm', import.meta.url));
export const MEDIA_URL = `data:video/webm;base64,${MEDIA.toString('base64')}`;

/** Plays the programme (muted, like an autoplay). */
export async function play(page: AnyPage, service: StreamingService): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async ({ selector, button, src }) => {
      if (button && !document.querySelector(selector)) document.querySelector<HTMLElement>(button)?.click();
      const video = document.querySelector(selector) as HTMLVideoElement;
      if (!video.src.startsWith('data:')) video.src = src;
      await video.play();
    },
    { selector: PROGRAMME_VIDEO[service], button: PLAY_BUTTON[service] ?? null, src: MEDIA_URL },
  );
}

/**
 * Pausing and seeking bring the tab to the front first, as a viewer's click does: Firefox throttles the
 * timers of a tab behind (the engine's progress reports among them), and the scenarios that run at once
 * in one browser bring their own tabs to the front meanwhile.
 */
export async function pause(page: AnyPage, service: StreamingService): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    (selector) => (document.querySelector(selector) as HTMLVideoElement).pause(),
    PROGRAMME_VIDEO[service],
  );
}

/** Jumps to `percent` of the programme (a viewer dragging the scrubber). */
export async function seek(page: AnyPage, service: StreamingService, percent: number): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    ({ selector, at }) => {
      const video = document.querySelector(selector) as HTMLVideoElement;
      video.currentTime = (video.duration * at) / 100;
    },
    { selector: PROGRAMME_VIDEO[service], at: percent },
  );
}

/**
 * An ad break as each service plays one: Max's countdown over its playing video, Hulu's ad video
 * playing while the programme's waits. (Apple TV+ plays no ads: its preview is the show page's trailer.)
 */
export async function playAdBreak(page: AnyPage, service: 'max' | 'hulu'): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async ({ service, src }) => {
      if (service === 'max') {
        const countdown = document.createElement('div');
        countdown.dataset.testid = 'ad-break-countdown';
        countdown.textContent = 'Ad · 0:30';
        document.querySelector('[data-testid="playerContainer"]')?.append(countdown);
        const video = document.querySelector('[data-testid="playerContainer"] video') as HTMLVideoElement;
        video.src = src;
        await video.play();
        return;
      }
      const ad = document.getElementById('ad-video-player') as HTMLVideoElement;
      ad.classList.add('is-playing');
      ad.src = src;
      await ad.play();
    },
    { service, src: MEDIA_URL },
  );
}

/**
 * Prime Video's no-programmes at once: the detail page's hero preview plays, and the player opened over
 * it plays an ad break (its timer shown) in the programme's own video.
 */
export async function playPrimeAdBreak(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async (src) => {
      const preview = document.querySelector('.tst-video-overlay-player-html5') as HTMLVideoElement;
      preview.src = src;
      await preview.play();
      document.querySelector<HTMLElement>('[data-testid="play-button"]')?.click();
      const player = document.getElementById('dv-web-player') as HTMLElement;
      const timer = document.createElement('div');
      timer.className = 'atvwebplayersdk-ad-timer-text';
      timer.textContent = 'Ad 0:30';
      player.append(timer);
      const video = player.querySelector('video') as HTMLVideoElement;
      video.src = src;
      await video.play();
    },
    MEDIA_URL,
  );
}

/** Plays the Apple TV+ show page's hero trailer, a promotion that is no programme. */
export async function playShowTrailer(page: AnyPage): Promise<void> {
  await bringForward(page);
  await evaluate(
    page,
    async (src) => {
      const video = document.querySelector('.hero-video') as HTMLVideoElement;
      video.src = src;
      await video.play();
    },
    MEDIA_URL,
  );
}

/** How a scenario plays, pauses and moves a player's programme (a fixture whose <video> must keep its own source brings its own). */
export interface PlayerDriver {
  play(page: AnyPage): Promise<void>;
  pause(page: AnyPage): Promise<unknown>;
  seek(page: AnyPage, percent: number): Promise<unknown>;
}

/** The driver of a service's programme video above. */
export const driverOf = (service: StreamingService): PlayerDriver => ({
  play: (page) => play(page, service),
  pause: (page) => pause(page, service),
  seek: (page, percent) => seek(page, service, percent),
});
