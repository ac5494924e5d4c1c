import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../lib/page/parts/part-registry';
import { CRUNCHYROLL_PLAYER_PART } from '../lib/player/crunchyroll-player-part';

/** Crunchyroll's scrobbling, put into its control script's isolated world on a /watch page (lib/page/parts/). */
export default defineUnlistedScript(() => registerPart('crunchyroll-player', CRUNCHYROLL_PLAYER_PART));
