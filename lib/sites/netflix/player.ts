import type { DetectedMedia } from '../../media';
import type { PlayerAdapter } from '../../player/adapter';
import { watchIdOf } from './paths';

/**
 * Netflix's player: the video id is in the path of /watch/{id} pages only (the browse page's
 * billboard and previews play `<video>`s too, never with a player path, so they never count), and
 * the real `<video>` is inside the player's own box: https://www.netflix.com/watch/81649856
 */
const VIDEO = '[data-uia="player"] video, video';

/**
 * Netflix's adapter over a way to tell what a /watch id plays. Site folders stay pure (no network), so
 * the same-origin metadata is read by the page runner (lib/page/control/netflix-resolver.ts): the
 * content script passes its lookup, and an id's metadata is fetched once for the control and the player.
 */
export function netflixPlayerWith(
  identify: (key: string, location: Location) => Promise<DetectedMedia | null>,
): PlayerAdapter {
  return {
    service: 'netflix',
    playingKey: (location) => watchIdOf(location.pathname),
    video: (doc) => doc.querySelector<HTMLVideoElement>(VIDEO),
    async nowPlaying(key, location) {
      const media = await identify(key, location);
      return media?.ids.netflix === key ? { key, media } : null;
    },
  };
}
