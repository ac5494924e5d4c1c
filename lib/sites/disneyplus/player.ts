import type { PlayerAdapter } from '../../player/adapter';
import { disneyplusNowPlaying } from './now-playing';
import { playIdOf } from './paths';

/**
 * Disney+'s player (docs/sites.md, Disney+: the player). The real programme plays in
 * `video#hivePlayer1`, beside a hidden media-client <video>; its currentTime is the buffer's (MSE), not
 * the programme's, so the position comes from the player's own progress bar (its thumb's aria values,
 * in seconds, inside the bar's shadow root). How an ad break shows is unverified: the markers below are
 * this project's reading, and the fixture carries them. Previews and the "up next" card play in other
 * <video>s, never the one read here.
 */
const SELECTORS = {
  /** https://www.disneyplus.com/play/<id> */
  video: 'disney-web-player video#hivePlayer1, video.hive-video',
  progressBar: 'progress-bar',
  thumb: '.progress-bar__thumb',
  /** Shown while an ad plays in the programme's video (ad-supported plans). */
  adBadge: '.ad-badge-overlay:not([hidden]), [data-testid="ad-badge"]:not([hidden])',
} as const;

function progressBarPosition(doc: Document): { currentTime: number; duration: number } | null {
  const thumb = doc.querySelector(SELECTORS.progressBar)?.shadowRoot?.querySelector(SELECTORS.thumb);
  const currentTime = Number(thumb?.getAttribute('aria-valuenow'));
  const duration = Number(thumb?.getAttribute('aria-valuemax'));
  return thumb && Number.isFinite(currentTime) && duration > 0 ? { currentTime, duration } : null;
}

export const disneyplusPlayer: PlayerAdapter = {
  service: 'disneyplus',
  playingKey: (location) => playIdOf(location.pathname),
  video: (doc) => doc.querySelector<HTMLVideoElement>(SELECTORS.video),
  async nowPlaying(key, location, doc) {
    // After a client-side step to the next episode the page may still show the last one's data.
    if (playIdOf(location.pathname) !== key) return null;
    const media = disneyplusNowPlaying(doc);
    return media ? { key, media } : null;
  },
  isAd: (doc) => doc.querySelector(SELECTORS.adBadge) !== null,
  // No bar (yet, or hidden in an ad break): no programme position to count.
  position: (doc) => progressBarPosition(doc) ?? { currentTime: 0, duration: Number.NaN },
};
