import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPlayerOnlyScript } from '../lib/player/run-player-only';
import { appleTvPlayer } from '../lib/sites/appletv/player';

/**
 * Apple TV+'s player (docs/sites.md, Apple TV+): registered at runtime on the service's hosts while its switch is
 * on and the browser grants them (docs/architecture.md, Player-only services).
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => runPlayerOnlyScript(ctx, appleTvPlayer),
});
