import type { SitePlayer } from '../adapter';
import { watchIdOf } from './paths';

/**
 * Netflix's player: the video id is in the path of /watch/{id} pages only (the browse page's
 * billboard and previews play `<video>`s too, never with a player path, so they never count), and
 * the real `<video>` is inside the player's own box: https://www.netflix.com/watch/81649856
 */
const VIDEO = '[data-uia="player"] video, video';

export const netflixPlayer: SitePlayer = {
  playingId: (location) => watchIdOf(location.pathname),
  video: (doc) => doc.querySelector<HTMLVideoElement>(VIDEO),
};
