import type { DetectedMedia } from '../../media';
import type { NowPlaying, PlayerAdapter, PlayerFrameAdapter } from '../../player/adapter';
import { cmsObjectPath, parseCmsEpisode } from './cms';
import { episodeOnPage } from './index';
import { watchIdOf } from './paths';

/**
 * Crunchyroll's two players (docs/sites.md, Crunchyroll: the player). The newer one puts its
 * <video> in the watch page; the older vilos player keeps it in a frame of static.crunchyroll.com,
 * where the frame adapter below finds it. What plays comes from the watch page's JSON-LD, else from
 * the site's own `cms/objects` JSON, asked with the page's cookies. How either player shows an ad is
 * unverified: the markers below are this project's reading, and each player's fixture carries them.
 */
const PLAYER = {
  /** The newer player's video, in the page: https://www.crunchyroll.com/watch/GX9UQE5P1/phantoms-of-the-dead */
  pageVideo: '.video-player video, .erc-watch-episode video',
  /** Its ad label, shown while an ad plays: https://www.crunchyroll.com/watch/GX9UQE5P1/phantoms-of-the-dead */
  pageAdLabel: '.bmpui-ui-ads-status-overlay:not(.bmpui-hidden)',
  /** The vilos frame's programme video: https://static.crunchyroll.com/vilos-v2/web/vilos/player.html */
  frameVideo: '#vilos video:not(.ad-video)',
  /** The vilos frame's ad player, 'is-playing' during an ad: https://static.crunchyroll.com/vilos-v2/web/vilos/player.html */
  frameAdContainer: '#velocity-ad-container',
  frameAdPlaying: '#velocity-ad-container.is-playing',
} as const;

/** How long the site's JSON may take before the page's own data is all there is. */
const CMS_TIMEOUT_MS = 5000;

/** Whether the page told everything a scrobble needs: the series, the season and the episode's number. */
const isComplete = (media: DetectedMedia) =>
  Boolean(media.show?.ids.crunchyroll && media.season !== undefined && media.episode !== undefined);

/** The episode from the site's own JSON, or null when it cannot be had (signed out, offline, changed). */
async function episodeFromCms(key: string, location: Location, doc: Document): Promise<DetectedMedia | null> {
  const locale = doc.documentElement.lang || 'en-US';
  try {
    const response = await fetch(new URL(cmsObjectPath(key, locale), location.origin), {
      credentials: 'include',
      signal: AbortSignal.timeout(CMS_TIMEOUT_MS),
    });
    return response.ok ? parseCmsEpisode(await response.text(), key) : null;
  } catch {
    return null;
  }
}

export const crunchyrollPlayer: PlayerAdapter = {
  service: 'crunchyroll',
  playingKey: (location) => watchIdOf(location.href),
  video: (doc) => doc.querySelector<HTMLVideoElement>(PLAYER.pageVideo),
  async nowPlaying(key, location, doc): Promise<NowPlaying | null> {
    // Client-side navigation can leave the page on another episode than the key: its data is not this one's.
    const onPage = watchIdOf(location.href) === key ? episodeOnPage(key, location.href, doc) : null;
    if (onPage && isComplete(onPage)) return { key, media: onPage };
    const fromCms = await episodeFromCms(key, location, doc);
    if (fromCms) return { key, media: fromCms };
    // A series without the episode's number still names what plays (the scrobble counts the series).
    return onPage?.show ? { key, media: onPage } : null;
  },
  isAd: (doc) => doc.querySelector(PLAYER.pageAdLabel) !== null,
};

export const crunchyrollPlayerFrame: PlayerFrameAdapter = {
  service: 'crunchyroll',
  video: (doc) => doc.querySelector<HTMLVideoElement>(PLAYER.frameVideo),
  isAd: (doc, video) =>
    video.closest(PLAYER.frameAdContainer) !== null || doc.querySelector(PLAYER.frameAdPlaying) !== null,
};
