import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerPart } from '../lib/page/parts/part-registry';
import { NETFLIX_PLAYER_PART } from '../lib/player/netflix-player-part';

/** Netflix's scrobbling, put into its control script's isolated world on a /watch page (lib/page/parts/). */
export default defineUnlistedScript(() => registerPart('netflix-player', NETFLIX_PLAYER_PART));
