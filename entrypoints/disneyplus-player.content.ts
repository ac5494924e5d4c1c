import { defineContentScript } from 'wxt/utils/define-content-script';
import { runPlayerOnlyScript } from '../lib/player/run-player-only';
import { disneyplusPlayer } from '../lib/sites/disneyplus/player';

/**
 * Disney+'s player, a player-only service (docs/architecture.md, Player-only services): registered by
 * the background while its switch is on and its hosts are granted, so it declares no matches.
 */
export default defineContentScript({
  registration: 'runtime',
  main: (ctx) => runPlayerOnlyScript(ctx, disneyplusPlayer),
});
