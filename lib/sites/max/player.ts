import type { NowPlaying, PlayerAdapter } from '../../player/adapter';
import { pageFetch } from '../page-fetch';
import { MAX_API_ORIGIN, maxRoutePath, parseMaxRoute } from './route';

/**
 * Max's player (docs/sites.md, Max). A programme plays at `play.max.com/video/watch/<video id>/<edit
 * id>`; what it is comes from the site's own route JSON, asked with the page's cookies as its web app
 * asks it (a trailer's route says so, and never counts). The <video> is plain and its time is the
 * programme's. Max's ad marker is this project's reading (unverified); the fixture carries it.
 */
const SELECTORS = {
  /** The player's video, on https://play.max.com/video/watch/<video id>/<edit id> (docs/sites.md, Max: URLs) */
  video: 'div[data-testid="playerContainer"] video',
  /** The ad break's countdown, shown while an ad plays (unverified: this project's reading) */
  adBreak: '[data-testid="ad-break-countdown"]',
} as const;

/** How long the site's JSON may take before the playback counts as not identified (asked again next tick). */
const ROUTE_TIMEOUT_MS = 5000;

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const WATCH_PATH = new RegExp(`^/video/watch/(${UUID})/(${UUID})/?$`);

/** The `<video id>/<edit id>` a watch URL names, or null on any other page. */
export function maxWatchKeyOf(location: Pick<Location, 'hostname' | 'pathname'>): string | null {
  if (location.hostname !== 'play.max.com') return null;
  const match = WATCH_PATH.exec(location.pathname.toLowerCase());
  return match ? `${match[1]}/${match[2]}` : null;
}

export const maxPlayer: PlayerAdapter = {
  service: 'max',
  playingKey: (location) => maxWatchKeyOf(location),
  video: (doc) => doc.querySelector<HTMLVideoElement>(SELECTORS.video),
  async nowPlaying(key): Promise<NowPlaying | null> {
    const [videoId = '', editId = ''] = key.split('/');
    try {
      const response = await pageFetch(new URL(maxRoutePath(videoId, editId), MAX_API_ORIGIN).href, {
        credentials: 'include',
        signal: AbortSignal.timeout(ROUTE_TIMEOUT_MS),
      });
      const media = response.ok ? parseMaxRoute(await response.text(), videoId) : null;
      return media ? { key, media } : null;
    } catch {
      return null;
    }
  },
  isAd: (doc) => doc.querySelector(SELECTORS.adBreak) !== null,
};
