import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPlayerOnlyScript } from '../lib/player/run-player-only';
import { createPlexPlayer } from '../lib/sites/plex/player';

/**
 * Plex Web's player (docs/sites.md, Plex: the player), registered at runtime on app.plex.tv while its
 * switch is on, and on each Plex address the user added (docs/architecture.md, Self-hosted servers).
 * The page's own storage is handed to the adapter, which reads the server's token there and sends it
 * only back to that server.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => runPlayerOnlyScript(ctx, createPlexPlayer(localStorage)),
});
