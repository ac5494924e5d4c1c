import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPlayerOnlyScript } from '../lib/player/run-player-only';
import { createJellyfinPlayer } from '../lib/sites/jellyfin/player';

/**
 * Jellyfin's and Emby's web player (docs/sites.md, Jellyfin and Emby: the player), registered at runtime
 * on each Jellyfin or Emby address the user added (docs/architecture.md, Self-hosted servers). The
 * page's own storage holds its sign-in, which goes only back to the page's own server.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => runPlayerOnlyScript(ctx, createJellyfinPlayer(localStorage)),
});
