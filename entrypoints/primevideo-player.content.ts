import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPlayerOnlyScript } from '../lib/player/run-player-only';
import { primevideoPlayer } from '../lib/sites/primevideo/player';

/**
 * Prime Video's player, a player-only service (docs/architecture.md, Player-only services): registered by
 * the background while its switch is on and its hosts are granted, so it declares no matches.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => runPlayerOnlyScript(ctx, primevideoPlayer),
});
