/**
 * Crunchyroll's scrobbling as a part of its control script (docs/architecture.md, Loading code on
 * demand), loaded on a /watch page only (lib/page/control/player-on-watch-pages.ts), from
 * `entrypoints/part-crunchyroll-player.ts`. The newer player's video is in the page; the older one's
 * is in its frame, whose samples the background relays here (frame-relay.ts).
 */
import type { PlayerPart } from '../page/control/player-on-watch-pages';
import { crunchyrollPlayer } from '../sites/crunchyroll/player';
import { listenForRelayedVideo } from './frame-relay';
import { playbackView } from './playback-line';
import { trackServicePlayer } from './track-service';

export const CRUNCHYROLL_PLAYER_PART: PlayerPart = {
  start(ctx, site) {
    site.setPlaybackView(playbackView);
    return trackServicePlayer(ctx, site, crunchyrollPlayer, (signal) =>
      listenForRelayedVideo('crunchyroll', signal),
    );
  },
};
