import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPlayerOnlyScript } from '../lib/player/run-player-only';
import { maxPlayer } from '../lib/sites/max/player';

/**
 * Max's player (docs/sites.md, Max): registered at runtime on the service's hosts while its switch is
 * on and the browser grants them (docs/architecture.md, Player-only services).
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => runPlayerOnlyScript(ctx, maxPlayer),
});
