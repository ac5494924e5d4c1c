/**
 * Netflix's scrobbling as a part of its control script (docs/architecture.md, Loading code on demand):
 * the player engine, its line and Netflix's adapter, loaded on a /watch page only
 * (lib/page/control/player-on-watch-pages.ts), from `entrypoints/part-netflix-player.ts`. What plays is
 * what the page runner identified: its metadata lookup is shared, so a /watch id is fetched once.
 */
import type { PlayerPart } from '../page/control/player-on-watch-pages';
import { netflixPlayerWith } from '../sites/netflix/player';
import { playbackView } from './playback-line';
import { trackServicePlayer } from './track-service';

export const NETFLIX_PLAYER_PART: PlayerPart = {
  start(ctx, site) {
    site.setPlaybackView(playbackView);
    return trackServicePlayer(
      ctx,
      site,
      netflixPlayerWith(() => site.media()),
    );
  },
};
