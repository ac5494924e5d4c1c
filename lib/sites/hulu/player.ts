import type { NowPlaying, PlayerAdapter } from '../../player/adapter';
import { pageFetch } from '../page-fetch';
import { HULU_ENTITY_ORIGIN, HULU_ID, huluEntityPath, parseHuluEntity } from './entity';

/**
 * Hulu's player (docs/sites.md, Hulu). A programme plays at `www.hulu.com/watch/<id>`, the id a UUID;
 * what it is comes from the site's own entity JSON, asked with the page's cookies as the site's web
 * app asks it. Hulu's ads play in a video of their own beside the programme's: while it plays, nothing
 * counts. The two videos' markers are this project's reading (unverified); the fixture carries them.
 */
const SELECTORS = {
  /** The programme's video, on https://www.hulu.com/watch/<uuid> (unverified: this project's reading) */
  video: 'video#content-video-player',
  /** The ad break's video, playing while the programme's waits (unverified: this project's reading) */
  adVideo: 'video#ad-video-player',
} as const;

/** How long the site's JSON may take before the playback counts as not identified (asked again next tick). */
const ENTITY_TIMEOUT_MS = 5000;

const WATCH_PATH = new RegExp(`^/watch/(?:[a-z0-9-]*-)?(${HULU_ID.source})/?$`);

/** The id a /watch URL names, lower-cased, or null on any other page. */
export function huluWatchIdOf(location: Pick<Location, 'hostname' | 'pathname'>): string | null {
  if (location.hostname !== 'www.hulu.com') return null;
  return WATCH_PATH.exec(location.pathname.toLowerCase())?.[1] ?? null;
}

export const huluPlayer: PlayerAdapter = {
  service: 'hulu',
  playingKey: (location) => huluWatchIdOf(location),
  video: (doc) => doc.querySelector<HTMLVideoElement>(SELECTORS.video),
  async nowPlaying(key): Promise<NowPlaying | null> {
    try {
      const response = await pageFetch(new URL(huluEntityPath(key), HULU_ENTITY_ORIGIN).href, {
        credentials: 'include',
        signal: AbortSignal.timeout(ENTITY_TIMEOUT_MS),
      });
      const media = response.ok ? parseHuluEntity(await response.text(), key) : null;
      return media ? { key, media } : null;
    } catch {
      return null;
    }
  },
  isAd(doc) {
    const ad = doc.querySelector<HTMLVideoElement>(SELECTORS.adVideo);
    return ad !== null && !ad.paused && !ad.ended;
  },
};
