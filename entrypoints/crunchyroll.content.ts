import { defineContentScript } from 'wxt/utils/define-content-script';
import { episodePart } from '../lib/page/control/episode-part';
import { runSiteScript } from '../lib/page/control/run-site-script';
import { listenForRelayedVideo } from '../lib/player/frame-relay';
import { playbackView } from '../lib/player/playback-line';
import { trackServicePlayer } from '../lib/player/track-service';
import { crunchyroll } from '../lib/sites/crunchyroll';
import { crunchyrollPlayer } from '../lib/sites/crunchyroll/player';

/**
 * An optional site, registered at runtime once the user turns it on (docs/architecture.md, Optional
 * sites). Crunchyroll navigates client-side between episodes: the runner follows it.
 */
export default defineContentScript({
  registration: 'runtime',
  main: async (ctx) => {
    const site = await runSiteScript(ctx, crunchyroll, { playbackView, episodes: episodePart });
    // Scrobbling through the player engine (docs/architecture.md, A playback). The newer player's video
    // is in the page; the older one's is in its frame, whose samples the background relays here.
    await trackServicePlayer(ctx, site, crunchyrollPlayer, (signal) =>
      listenForRelayedVideo('crunchyroll', signal),
    );
  },
});
